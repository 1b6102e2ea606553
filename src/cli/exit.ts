import { ErrorCode, isAppError } from '../errors';

/** Exit codes of every command: 0 done, 1 bad input (nothing of it written), 2 usage, 3 database or environment. */
export const EXIT = { ok: 0, input: 1, usage: 2, database: 3 } as const;

/** Failures of the database or the machine rather than of what the user asked for. */
const ENVIRONMENT_CODES: ReadonlySet<string> = new Set([
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.DATABASE_AUTH_FAILED,
  ErrorCode.DATABASE_TIMEOUT,
  ErrorCode.NEO4J_START_FAILED,
  ErrorCode.JAVA_MISSING,
  ErrorCode.MAVEN_MISSING,
  ErrorCode.PORT_IN_USE,
  ErrorCode.CONFIG_INVALID,
  ErrorCode.CONFLICT,
]);

/**
 * Exits once stdout and stderr have flushed. A bare process.exit() right after writing to a pipe cuts the output
 * (Node writes to pipes asynchronously), which truncated large `--dry-run` JSON. Callers return right after it.
 */
export function exitAfterFlush(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}

/** Reports an error as `[CODE] message` and exits with the code's class; unexpected errors show their stack. */
export function failAndExit(e: unknown): void {
  if (isAppError(e)) {
    process.stderr.write(`[${e.code}] ${e.message}\n`);
    return exitAfterFlush(ENVIRONMENT_CODES.has(e.code) ? EXIT.database : EXIT.input);
  }
  process.stderr.write(`[${ErrorCode.INTERNAL_SERVER_ERROR}] ${(e as Error).stack ?? String(e)}\n`);
  return exitAfterFlush(EXIT.database);
}
