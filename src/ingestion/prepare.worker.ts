import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors';
import { loadable, prepareFile, prepareText } from './pipeline';
import type { PrepareReply, PrepareRequest } from './prepare-ahead';

/** The thread that prepare-ahead.ts starts: reads, parses and resolves one document per message, in order. */
function answer(request: PrepareRequest): PrepareReply {
  try {
    const doc = request.text === undefined ? prepareFile(request.file) : prepareText(request.text, request.file);
    return { ok: true, doc: loadable(doc) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message, details: { ...e.details } } };
    return { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
}

parentPort?.on('message', (request: PrepareRequest) => parentPort?.postMessage(answer(request)));
