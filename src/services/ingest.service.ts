import { timingSafeEqual } from 'node:crypto';
import type { Database } from '../db';
import { AppError, ErrorCode } from '../errors';
import { ingestPrepared, IngestReport, prepareText } from '../ingestion/pipeline';
import { badInput } from './errors';

/** Compares in constant time so the key cannot be guessed byte by byte from response times. */
export function apiKeyMatches(expected: string | undefined, presented: string | undefined): boolean {
  if (!expected || !presented) return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(presented, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export class IngestService {
  constructor(private readonly db: Database) {}

  /** The same pipeline as the CLI: parse, resolve units, load in one write transaction. */
  async ingest(text: string, fileName: string | null | undefined, expectedKey: string | undefined, presentedKey: string | undefined): Promise<IngestReport> {
    if (!apiKeyMatches(expectedKey, presentedKey)) {
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'ingestDocument needs the API key (x-api-key header or Authorization: Bearer).');
    }
    if (text.trim() === '') throw badInput('text', 'text is empty');
    const name = fileName?.trim() || 'api-upload.txt';
    let prepared;
    try {
      prepared = prepareText(text, name);
    } catch (e) {
      // Input problems (not a notice, truncated, …) are the client's: report them as BAD_USER_INPUT with their own code.
      if (e instanceof AppError && e.code.startsWith('INPUT_')) throw badInput('text', e.message, { reason: e.code, ...e.details });
      throw e;
    }
    return ingestPrepared(this.db, prepared);
  }
}
