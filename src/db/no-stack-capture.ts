/**
 * neo4j-driver 5 captures and formats a stack trace for every Result it creates (`new Error('').stack` in the Result
 * constructor), so that a server error can later be given the caller's stack. That formatting is the driver's largest
 * single cost on a small statement: measured here about 70 µs of the 0.7–1 ms a one-row read takes from Node, some 5 %
 * of a small API request. The driver has no option for it, so the synchronous part of run(), where the Result is built,
 * runs with stack capture off; the limit is restored before anything else can run. Database.runIn pays for a stack
 * only when a statement fails, capturing it there (with the async callers) instead.
 */
export function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
