import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { connect } from '../src/db';
import { loadSeedIfMissing, seedFiles } from '../src/ingestion/seed';
import { postGraphQL, quantile, startServer } from './api-server';
import { loadGenerated } from './generated-documents';

/**
 * `npm run bench:scale`: the API's queries on a graph of the two seeds plus BENCH_DOCUMENTS (1,000) generated
 * documents of their shape, one request at a time, p50 and p95 of each. Shows which queries grow with the graph: the
 * generated documents name the same units as the seeds, so 重庆海关 ends up responsible for thousands of measures.
 * Uses its own Neo4j store (.neo4j/scale-data, wiped) unless NEO4J_URI is set — then it adds the documents there.
 */
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 1000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 30);
const JOINT = 'doc:渝府办发〔2023〕51号';

const QUERIES: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  { name: 'unit by alias', query: '{ unit(name: "市商务委") { name jurisdiction { name } functionalLine { key } } }' },
  { name: 'counterparts on a measure', query: 'query($m: ID!) { counterparts(measure: $m, unit: "重庆海关") { unit { name } basis } }', variables: { m: `${JOINT}/二/（一）` } },
  { name: 'a measure with its units', query: 'query($id: ID!) { measure(id: $id) { number title responsibilities { asWritten unit { name } } } }', variables: { id: `${JOINT}/二/（四）` } },
  { name: 'full-text search', query: '{ search(text: "单一窗口", first: 10) { measure { id } score } }' },
  { name: 'page of a document', query: '{ measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 24) { totalCount edges { node { id number responsibilities { unit { name } } } } } }' },
  { name: 'page, no filter', query: '{ measures(first: 24) { totalCount edges { node { id number } } } }' },
  { name: 'page of a unit', query: '{ measures(filter: { unit: "重庆海关" }, first: 24) { totalCount edges { node { id number } } } }' },
  { name: 'page of a jurisdiction', query: '{ measures(filter: { jurisdiction: "四川省" }, first: 24) { totalCount edges { node { id number } } } }' },
  { name: 'page by text', query: '{ measures(filter: { text: "单一窗口" }, first: 24) { totalCount edges { node { id number } } } }' },
  { name: 'units page', query: '{ units(first: 24) { totalCount edges { node { name } } } }' },
  { name: 'counterparts of a unit', query: '{ unit(name: "重庆海关") { counterparts { unit { name } } } }' },
  { name: 'shared measures', query: '{ sharedMeasures(unitA: "重庆海关", unitB: "重庆市政府口岸物流办") { id } }' },
  { name: 'coordination matrix', query: '{ coordinationMatrix(jurisdictionA: "重庆市", jurisdictionB: "四川省") { count } }' },
  { name: 'neighborhood', query: '{ neighborhood(id: "重庆海关", depth: 1) { nodes { id } edges { id } } }' },
  { name: 'path', query: '{ path(from: "永川海关", to: "成都海关") { nodes { id } } }' },
  { name: 'stats', query: '{ stats { nodes { key count } } }' },
  { name: 'documents', query: '{ documents { docNumber } }' },
];

async function main(): Promise<void> {
  const external = Boolean(process.env.NEO4J_URI);
  const dataDir = path.join(PROJECT_ROOT, '.neo4j', 'scale-data');
  if (!external) fs.rmSync(dataDir, { recursive: true, force: true });
  let config = loadConfig({ ...process.env, NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? dataDir, LOAD_SEED: 'false', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  if (config.neo4j.mode === 'embedded') config = { ...config, neo4j: { ...config.neo4j, boltPort: 0, boltPortExplicit: false } };
  const say = (m: string): void => void process.stderr.write(`${m}\n`);
  const conn = await connect(config, say);
  try {
    await loadSeedIfMissing(conn.db, config.seedDir, say);
    const seeds = seedFiles(config.seedDir).map((f) => fs.readFileSync(f, 'utf8'));
    const loaded = await loadGenerated(conn.db, seeds, { count: DOCUMENTS });
    say(`${DOCUMENTS} generated documents loaded in ${(loaded.ms / 1000).toFixed(1)} s`);

    const [stats] = await conn.db.read<{ nodes: { key: string; count: number }[] }>('get-stats', { topUnits: 1 });
    const documents = stats?.nodes.find((n) => n.key === 'Document')?.count ?? 0;
    const server = await startServer(conn.uri, config);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const call = async (q: (typeof QUERIES)[number]): Promise<string> => {
        const res = await postGraphQL(server.base, JSON.stringify({ query: q.query, variables: q.variables ?? {} }), agent);
        if (res.status !== 200 || res.text.includes('"errors"')) throw new Error(`${q.name}: ${res.status} ${res.text.slice(0, 300)}`);
        return res.text;
      };
      // Every query a few times first, so that plans and the server's JIT are warm.
      for (let round = 0; round < 5; round++) for (const q of QUERIES) await call(q);
      const lines = [`query | p50 ms | p95 ms | answer bytes   (${documents} documents in the graph, ${REQUESTS} requests each, one at a time)`, '---|---|---|---'];
      for (const q of QUERIES) {
        const latencies: number[] = [];
        let bytes = 0;
        for (let i = 0; i < REQUESTS; i++) {
          const t0 = performance.now();
          bytes = Buffer.byteLength(await call(q));
          latencies.push(performance.now() - t0);
        }
        latencies.sort((a, b) => a - b);
        lines.push(`${q.name} | ${quantile(latencies, 0.5).toFixed(2)} | ${quantile(latencies, 0.95).toFixed(2)} | ${bytes}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    } finally {
      agent.destroy();
      await server.stop();
    }
  } finally {
    await conn.close();
    if (!external) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
