import { badInput } from './errors';

/** Page size when the client gives no `first`; also what the complexity estimate assumes then. */
export const DEFAULT_PAGE_SIZE = 50;

/** `first` must be 0…maxPageSize: a negative or oversized page is the client's mistake, named by argument. */
export function pageSize(first: number | null | undefined, maxPageSize: number, argument = 'first'): number {
  if (first === null || first === undefined) return Math.min(DEFAULT_PAGE_SIZE, maxPageSize);
  if (!Number.isInteger(first) || first < 0) throw badInput(argument, `${argument} must be a non-negative integer, got ${first}`);
  if (first > maxPageSize) throw badInput(argument, `${argument} must be at most ${maxPageSize} (MAX_PAGE_SIZE), got ${first}`, { max: maxPageSize });
  return first;
}

/** Cursors are opaque to clients: base64url of the JSON position of the last row seen. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

export function decodeCursor<T>(cursor: string | null | undefined, valid: (v: unknown) => v is T, argument = 'after'): T | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput(argument, `${argument} is not a cursor this API returned`);
  }
  if (!valid(value)) throw badInput(argument, `${argument} is not a cursor this API returned`);
  return value;
}
