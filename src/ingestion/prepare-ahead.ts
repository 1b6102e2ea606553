import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../config';
import { AppError, ErrorCode } from '../errors';
import type { LoadableDocument } from './pipeline';

/** A document to prepare: a file to read, or text already read (`file` then only names it). */
export interface PrepareRequest {
  file: string;
  text?: string;
}

export type PrepareReply =
  | { ok: true; doc: LoadableDocument }
  | { ok: false; error: { code: ErrorCode; message: string; details: Record<string, unknown> } }
  | { ok: false; crash: string };

/**
 * The compiled worker. Under ts-jest this module runs from src/, where there is no JavaScript to start a thread
 * with: the build's copy is used (`npm test` builds first).
 */
function workerScript(): string {
  const beside = path.join(__dirname, 'prepare.worker.js');
  return fs.existsSync(beside) ? beside : path.join(PROJECT_ROOT, 'dist', 'src', 'ingestion', 'prepare.worker.js');
}

/**
 * Prepares documents in a worker thread, up to `ahead` documents in front of the caller, and yields them in order: a
 * load of many documents parses the next ones while Neo4j writes this one (on 2 cores, 1,000 generated documents
 * loaded in 58–60 s instead of 67; docs/benchmarks.md, eighth session). A document the parser rejects is yielded as
 * its AppError, so that the caller reports it and goes on; anything else (a bug) stops the run with its stack.
 */
export async function* prepareAhead(requests: Iterable<PrepareRequest>, { ahead = 4 }: { ahead?: number } = {}): AsyncGenerator<LoadableDocument | AppError> {
  const pending = requests[Symbol.iterator]();
  const firstRequest = pending.next();
  if (firstRequest.done) return;
  let upcoming: IteratorResult<PrepareRequest> | undefined = firstRequest;
  const worker = new Worker(workerScript());
  // The worker answers in the order it was asked: each reply settles the oldest request still waiting.
  const waiting: { resolve: (r: PrepareReply) => void; reject: (e: unknown) => void }[] = [];
  // Once the thread has failed, every request, waiting or still to come, fails with it rather than waiting forever.
  let failed: { error: unknown } | undefined;
  const failAll = (e: unknown): void => {
    failed ??= { error: e };
    for (const w of waiting.splice(0)) w.reject(e);
  };
  worker.on('message', (reply: PrepareReply) => waiting.shift()?.resolve(reply));
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the document preparation thread stopped (exit code ${code})`)));

  const inFlight: { file: string; reply: Promise<PrepareReply> }[] = [];
  // The source is asked for a request only when there is room to send it (a generated text is built only then).
  const sendNext = (): boolean => {
    const next = upcoming ?? pending.next();
    upcoming = undefined;
    if (next.done) return false;
    const request = next.value;
    const reply = new Promise<PrepareReply>((resolve, reject) => (failed ? reject(failed.error) : waiting.push({ resolve, reject })));
    // A reply rejected while an earlier one is being consumed must not count as unhandled: it is awaited in its turn.
    reply.catch(() => undefined);
    worker.postMessage(request);
    inFlight.push({ file: request.file, reply });
    return true;
  };
  try {
    while (inFlight.length < Math.max(1, ahead) && sendNext());
    for (let current = inFlight.shift(); current !== undefined; current = inFlight.shift()) {
      const reply = await current.reply;
      sendNext();
      if (reply.ok) yield reply.doc;
      else if ('error' in reply) yield new AppError(reply.error.code, reply.error.message, reply.error.details);
      else throw new Error(`preparing ${current.file} failed in its thread: ${reply.crash}`);
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
