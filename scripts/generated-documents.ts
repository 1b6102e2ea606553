import { performance } from 'node:perf_hooks';
import type { Database } from '../src/db';
import { isAppError } from '../src/errors';
import { awaitSearchIndex, ingestPrepared } from '../src/ingestion/pipeline';
import { prepareAhead, PrepareRequest } from '../src/ingestion/prepare-ahead';

/**
 * Generated documents of the seeds' shape, for the benchmarks: each with its own number, so that each is a new document
 * in the graph, and in one of four sizes.
 */

/** Cuts text[from..to) out, where both marks must be found in this order (after `after`): a seed that changed fails loudly. */
function cut(text: string, fromMark: string, toMark: string, after = ''): string {
  const from = text.indexOf(fromMark, Math.max(0, text.indexOf(after)));
  const to = text.indexOf(toMark, from);
  if (from < 0 || to <= from) throw new Error(`bench: cannot find "${fromMark.trim()}" before "${toMark.trim()}" in a seed`);
  return text.slice(0, from) + text.slice(to);
}

/**
 * A seed in one of four sizes (0 keeps it whole), so that the lists a load sends fall in different size classes (Neo4j
 * plans per class: 0, 1, up to 10, up to 100, …) as real documents' lists do: the district plan keeps the first 20, 9
 * or 1 rows of its attachment table; the joint plan keeps section 二 only, its first two measures or its first one.
 */
function resized(text: string, size: number): string {
  if (size === 0) return text;
  if (text.includes('序号\t改革事项\t责任单位')) return cut(text, `\n${[20, 9, 1][size - 1]! + 1}\t`, '\n抄送', '序号\t改革事项');
  return cut(text, ['\n三、', '\n（三）', '\n（二）'][size - 1]!, '\n七、', '\n二、');
}

/** A document of the same shape with its own number (so each one is a new document in the graph), cut to `size`. */
export function variant(text: string, i: number, size = 0): string {
  const numbered = text.replace(/(渝府办发|永川府办发)〔(\d{4})〕(\d+)号/, (_m, issuer: string) => `${issuer}〔${2100 + (i % 800)}〕${1000 + i}号`);
  return resized(numbered, size);
}

/**
 * Loads `count` generated documents (numbers first … first+count-1), each in its own transaction, `concurrency` at a
 * time, the seeds taken in turn; waits for the full-text index once at the end. Returns the time and measures loaded.
 */
export async function loadGenerated(
  db: Database,
  seeds: string[],
  { first = 0, count, size = () => 0, concurrency = 1 }: { first?: number; count: number; size?: (i: number) => number; concurrency?: number },
): Promise<{ ms: number; measures: number }> {
  const started = performance.now();
  let measures = 0;
  let loaded = 0;
  // Prepared as `npm run ingest` prepares files: in a worker thread, a few documents ahead of the load.
  function* requests(): Generator<PrepareRequest> {
    for (let i = first; i < first + count; i += 1) yield { file: `generated-${i}.txt`, text: variant(seeds[i % seeds.length] ?? '', i, size(i)) };
  }
  const documents = prepareAhead(requests(), { ahead: 8 });
  const worker = async (): Promise<void> => {
    for (let next = await documents.next(); !next.done; next = await documents.next()) {
      if (isAppError(next.value)) throw next.value;
      const report = await ingestPrepared(db, next.value, { awaitSearch: false });
      measures += report.measures + report.attachmentItems;
      loaded += 1;
      if (loaded % 100 === 0) process.stderr.write(`  ${loaded}/${count} documents\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await awaitSearchIndex(db);
  return { ms: performance.now() - started, measures };
}
