import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { connect } from '../src/db';
import { stopsAtC1 } from '../src/db/embedded/embedded-neo4j';
import { awaitSearchIndex, ingestPrepared, isLongLoad, prepareText } from '../src/ingestion/pipeline';
import { parseDocument } from '../src/ingestion/parser';
import { seedFiles } from '../src/ingestion/seed';
import { loadGenerated } from './generated-documents';

/**
 * `npm run bench:ingest`: the three ingestion figures the README quotes. Uses its own Neo4j store (.neo4j/bench-data,
 * wiped) unless NEO4J_URI is set — then it writes generated documents (numbered 基准〔…〕) into that database.
 */
const GENERATED = Number(process.env.BENCH_DOCUMENTS ?? 1000);
/** Documents loading at once, each in its own transaction (BENCH_CONCURRENCY; on 2 cores, 1 is as fast as more). */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 1);

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Documents of four sizes loaded after the full-size ones (BENCH_VARIED). */
const VARIED = Number(process.env.BENCH_VARIED ?? 100);

/** About 1 MB of this genre: the joint plan's measures repeated, renumbered, in more sections. */
function oneMegabyte(joint: string): string {
  const start = joint.indexOf('二、');
  const end = joint.indexOf('七、保障措施');
  const body = joint.slice(start, end);
  const head = joint.slice(0, start);
  const tail = joint.slice(end);
  const numerals = ['二', '三', '四', '五', '六', '七', '八', '九', '十'];
  let out = head;
  let round = 0;
  while (Buffer.byteLength(out) < 1_000_000) {
    out += body.replace(/^([二三四五六])、/gm, (_m, n: string) => `${numerals[(numerals.indexOf(n) + round) % numerals.length]}、`);
    round += 1;
  }
  return out + tail;
}

async function main(): Promise<void> {
  const external = Boolean(process.env.NEO4J_URI);
  const dataDir = path.join(PROJECT_ROOT, '.neo4j', 'bench-data');
  if (!external) fs.rmSync(dataDir, { recursive: true, force: true });
  const config = loadConfig({ ...process.env, NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? dataDir, LOAD_SEED: 'false' });
  const seeds = seedFiles(config.seedDir).map((f) => ({ file: f, text: fs.readFileSync(f, 'utf8') }));
  const joint = seeds.find((s) => s.text.includes('渝府办发'))?.text ?? '';

  // 1. The parser alone on 1 MB.
  const big = oneMegabyte(joint);
  parseDocument(big); // warm-up: regex compilation, JIT
  const t = performance.now();
  const parsed = parseDocument(big);
  const parseMs = performance.now() - t;
  const bigMeasures = parsed.sections.reduce((n, s) => n + s.items.filter((i) => i.kind === 'MEASURE').length, 0);

  // As `npm run ingest` starts it for two documents: a command's Neo4j (C1 only under NEO4J_JIT=auto).
  const log = (m: string): boolean => process.stderr.write(`${m}\n`);
  let conn = await connect(config, log, { shortLived: !isLongLoad(seeds.length) });
  try {
    // 2. Both seed documents, parsed and loaded as `npm run ingest` loads them: one transaction each, then one wait for
    // the full-text index to take them in (first load into an empty graph).
    const loadSeeds = async (): Promise<number> => {
      const start = performance.now();
      for (const s of seeds) await ingestPrepared(conn.db, prepareText(s.text, s.file), { awaitSearch: false });
      await awaitSearchIndex(conn.db);
      return performance.now() - start;
    };
    const seedMs = await loadSeeds();
    // The same two documents again, on a server whose Cypher plans and JIT are warm (a reload replaces them).
    const seedWarmMs = await loadSeeds();

    // 3. Many generated documents of this shape, one transaction each, on a Neo4j started again (same store) as
    // `npm run ingest` starts it for that many files: with C2 from 600 documents on (see isLongLoad).
    if (!external && isLongLoad(GENERATED) !== isLongLoad(seeds.length)) {
      await conn.close();
      conn = await connect(config, log, { shortLived: !isLongLoad(GENERATED) });
    }
    const texts = seeds.map((s) => s.text);
    const many = await loadGenerated(conn.db, texts, { count: GENERATED, concurrency: CONCURRENCY });
    // 4. Then documents of four sizes (the seeds alternate, so the size turns over every second document): with the
    // rows in one map parameter they reuse the plans; as separate lists each new size class was planned again.
    const varied = await loadGenerated(conn.db, texts, { first: GENERATED, count: VARIED, size: (i) => Math.floor(i / 2) % 4, concurrency: CONCURRENCY });

    const jit = (documents: number): string => {
      if (config.neo4j.mode === 'external') return 'external Neo4j';
      return stopsAtC1(config.neo4j, !isLongLoad(documents)) ? 'JIT C1 only' : 'JIT with C2';
    };
    const perDocument = (r: { ms: number }, n: number): string => `${(r.ms / Math.max(1, n)).toFixed(0)} ms a document`;
    const lines = [
      `parser alone, ${(Buffer.byteLength(big) / 1e6).toFixed(2)} MB (${bigMeasures} measures): ${seconds(parseMs)}   (target < 1 s)`,
      `both seed documents parsed and loaded, cold server: ${seconds(seedMs)}   (target < 3 s; includes compiling every load statement; ${jit(seeds.length)})`,
      `both seed documents parsed and loaded, warm server: ${seconds(seedWarmMs)}   (target < 3 s)`,
      `${GENERATED} generated documents parsed and loaded (${many.measures} measures): ${seconds(many.ms)}   (target < 60 s; ${(GENERATED / (many.ms / 1000)).toFixed(0)} documents/s, ${perDocument(many, GENERATED)}, ${CONCURRENCY} at a time, ${jit(GENERATED)})`,
      `then ${VARIED} generated documents in four sizes (${varied.measures} measures): ${seconds(varied.ms)}   (${perDocument(varied, VARIED)})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await conn.close();
    if (!external) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
