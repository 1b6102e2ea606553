import fs from 'node:fs';
import http from 'node:http';
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import neo4j, { Driver } from 'neo4j-driver';
import { Config, loadConfig } from '../src/config';
import { connect } from '../src/db';
import { loadSeedIfMissing } from '../src/ingestion/seed';
import { postGraphQL, quantile, startServer } from './api-server';

/**
 * `npm run bench`: a mix of API queries over real HTTP at concurrency 1, 4 and 16, beside the same answers fetched
 * with hand-written Cypher through neo4j-driver in the same run, against the same Neo4j with both seed documents.
 * Localhost only; each level runs for a bounded time and number of requests. Prints p50/p95, throughput and the ratio
 * of API p50 to raw p50, and where each side's CPU time went (bench client, API server, Neo4j).
 */

const JOINT = 'doc:渝府办发〔2023〕51号';
const LEVELS = [1, 4, 16];
const MAX_REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1200);
const MAX_MS = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
// Seconds of the mix, API and raw side by side at concurrency 4, before measuring: the figures are for a warm server.
// The API's statements and its Node process take longer to reach their steady speed than the raw Cypher (the JVM keeps
// compiling the bigger plans, V8 the resolvers): after 1,000 requests the API's p50 was still falling by a third.
const WARMUP_MS = Number(process.env.BENCH_WARMUP_SECONDS ?? 40) * 1000;

interface Case {
  name: string;
  api: { query: string; variables?: Record<string, unknown> };
  raw: { cypher: string; params?: Record<string, unknown> };
  /** Both answers reduced to the same comparable form, to show they are the same answer. */
  apiAnswer: (data: Record<string, unknown>) => unknown;
  rawAnswer: (rows: Record<string, unknown>[]) => unknown;
}

type Json = Record<string, unknown>;
const arr = (v: unknown): Json[] => v as Json[];
const obj = (v: unknown): Json => v as Json;

const CASES: Case[] = [
  {
    name: 'unit by alias',
    api: { query: '{ unit(name: "市商务委") { name jurisdiction { name } functionalLine { key } } }' },
    raw: {
      cypher: `MATCH (:Alias {name: $name})-[:ALIAS_OF]->(u:Unit) OPTIONAL MATCH (u)-[:ON_LINE]->(l:FunctionalLine)
               RETURN u.name AS name, u.jurisdiction AS jurisdiction, l.key AS line`,
      params: { name: '市商务委' },
    },
    apiAnswer: (d) => [obj(d.unit).name, obj(obj(d.unit).jurisdiction).name, obj(obj(d.unit).functionalLine).key],
    rawAnswer: (r) => [r[0]?.name, r[0]?.jurisdiction, r[0]?.line],
  },
  {
    name: 'counterparts on a measure',
    api: { query: 'query($m: ID!) { counterparts(measure: $m, unit: "重庆海关") { unit { name } basis } }', variables: { m: `${JOINT}/二/（一）` } },
    raw: {
      cypher: `MATCH (u:Unit {name: $unit})-[c:COUNTERPART {measureId: $m}]-(o:Unit) RETURN o.name AS name, c.basis AS basis`,
      params: { unit: '重庆海关', m: `${JOINT}/二/（一）` },
    },
    apiAnswer: (d) => arr(d.counterparts).map((c) => `${String(obj(c.unit).name)}/${String(c.basis)}`).sort(),
    rawAnswer: (r) => r.map((c) => `${String(c.name)}/${String(c.basis)}`).sort(),
  },
  {
    name: 'measure with responsible units',
    api: { query: 'query($id: ID!) { measure(id: $id) { number title responsibilities { asWritten unit { name } } } }', variables: { id: `${JOINT}/二/（四）` } },
    raw: {
      cypher: `MATCH (m:Item {id: $id}) OPTIONAL MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(m)
               WITH m, r, u ORDER BY r.listIndex, r.position
               RETURN m.number AS number, m.title AS title, collect({asWritten: r.asWritten, unit: u.name}) AS units`,
      params: { id: `${JOINT}/二/（四）` },
    },
    apiAnswer: (d) => arr(obj(d.measure).responsibilities).map((r) => `${String(r.asWritten)}=${String(obj(r.unit).name)}`),
    rawAnswer: (r) => arr(r[0]?.units).map((u) => `${String(u.asWritten)}=${String(u.unit)}`),
  },
  {
    name: 'shared measures',
    api: { query: '{ sharedMeasures(unitA: "重庆海关", unitB: "重庆市政府口岸物流办") { id number } }' },
    raw: {
      cypher: `MATCH (:Unit {name: $a})-[:RESPONSIBLE_FOR]->(i:Item)<-[:RESPONSIBLE_FOR]-(:Unit {name: $b})
               RETURN DISTINCT i.id AS id, i.number AS number, i.documentId AS d, i.order AS o ORDER BY d, o`,
      params: { a: '重庆海关', b: '重庆市政府口岸物流办' },
    },
    apiAnswer: (d) => arr(d.sharedMeasures).map((m) => m.id),
    rawAnswer: (r) => r.map((m) => m.id),
  },
  {
    name: 'full-text search',
    api: { query: '{ search(text: "单一窗口", first: 10) { measure { id } score } }' },
    raw: {
      cypher: `CALL db.index.fulltext.queryNodes('measure_text', $q, {limit: 10}) YIELD node, score RETURN node.id AS id, score`,
      params: { q: '"单一窗口"' },
    },
    apiAnswer: (d) => arr(d.search).map((h) => obj(h.measure).id).sort(),
    rawAnswer: (r) => r.map((h) => h.id).sort(),
  },
  {
    name: 'measures page with units',
    api: {
      query: `{ measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 24) { totalCount edges { node { id number responsibilities { unit { name } } } } } }`,
    },
    // The page asks for totalCount too, so the raw Cypher counts the document's measures as well as listing 24.
    raw: {
      cypher: `MATCH (m:Measure {documentId: $doc})
               OPTIONAL MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(m)
               WITH m, u, r ORDER BY m.order, r.listIndex, r.position
               WITH m, collect(u.name) AS units ORDER BY m.order
               WITH collect({id: m.id, number: m.number, units: units}) AS measures
               RETURN size(measures) AS totalCount, measures[0..24] AS page`,
      params: { doc: JOINT },
    },
    apiAnswer: (d) => [
      obj(d.measures).totalCount,
      ...arr(obj(d.measures).edges).map((e) => `${String(obj(e.node).id)}:${arr(obj(e.node).responsibilities).map((r) => obj(r.unit).name).join(',')}`),
    ],
    rawAnswer: (r) => [r[0]?.totalCount, ...arr(r[0]?.page).map((m) => `${String(m.id)}:${(m.units as string[]).join(',')}`)],
  },
];

const agent = new http.Agent({ keepAlive: true, maxSockets: Math.max(...LEVELS) });
const post = (base: URL, body: string): Promise<{ status: number; text: string }> => postGraphQL(base, body, agent);

async function apiCall(base: URL, c: Case): Promise<Json> {
  const res = await post(base, JSON.stringify({ query: c.api.query, variables: c.api.variables ?? {} }));
  const body = JSON.parse(res.text) as { data?: Json; errors?: unknown[] };
  if (res.status !== 200 || body.errors) throw new Error(`${c.name}: ${res.status} ${JSON.stringify(body.errors)}`);
  return body.data ?? {};
}

async function rawCall(driver: Driver, database: string, c: Case): Promise<Json[]> {
  const res = await driver.executeQuery(c.raw.cypher, c.raw.params ?? {}, { database, routing: neo4j.routing.READ });
  return res.records.map((r) => r.toObject() as Json);
}

/**
 * The same Cypher in an auto-commit transaction (one round trip), the way the API now runs its reads: shown beside the
 * executeQuery figures so that the API's gain from its transaction style and its own cost can be told apart.
 */
async function rawAutoCommitCall(driver: Driver, database: string, c: Case): Promise<Json[]> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const res = await session.run(c.raw.cypher, c.raw.params ?? {});
    return res.records.map((r) => r.toObject() as Json);
  } finally {
    await session.close();
  }
}

interface Run {
  p50: number;
  p95: number;
  rps: number;
  n: number;
  /** CPU milliseconds per request, by process. */
  cpuPerRequest: Cpu;
}

/** CPU milliseconds used by the bench process (the HTTP client, or the driver on the raw side), the API server and Neo4j. */
interface Cpu {
  client: number;
  server: number;
  neo4j: number;
}

interface Sample {
  latencies: number[];
  busyMs: number;
  cpu: Cpu;
}

/** The processes whose CPU time is counted: the API server, and Neo4j when the bench started it (NEO4J_URI unset). */
interface Processes {
  server: number;
  neo4j: number | undefined;
}

const newSample = (): Sample => ({ latencies: [], busyMs: 0, cpu: { client: 0, server: 0, neo4j: 0 } });

// Linux reports a process's CPU time in /proc/PID/stat in clock ticks of 1/100 s (USER_HZ, 100 on every architecture).
const TICKS_PER_SECOND = 100;

/** CPU milliseconds a process has used so far, or NaN where /proc is not there (not Linux) or the pid is unknown. */
function cpuMsOf(pid: number | undefined): number {
  if (pid === undefined) return NaN;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may itself hold spaces; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

function cpuNow(processes: Processes): Cpu {
  const own = process.cpuUsage();
  return { client: (own.user + own.system) / 1000, server: cpuMsOf(processes.server), neo4j: cpuMsOf(processes.neo4j) };
}

type Call = (c: Case) => Promise<unknown>;

/**
 * `concurrency` workers cycle through `cases` for `requests` requests; latencies, the slice's wall time and the CPU
 * time of each process are added.
 */
async function slice(cases: Case[], concurrency: number, requests: number, call: Call, into: Sample, offset: number, processes: Processes): Promise<void> {
  let next = 0;
  const started = performance.now();
  const cpuBefore = cpuNow(processes);
  const worker = async (): Promise<void> => {
    for (let i = next++; i < requests; i = next++) {
      const t0 = performance.now();
      await call(cases[(offset + i) % cases.length]!);
      into.latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  into.busyMs += performance.now() - started;
  const cpuAfter = cpuNow(processes);
  into.cpu.client += cpuAfter.client - cpuBefore.client;
  into.cpu.server += cpuAfter.server - cpuBefore.server;
  into.cpu.neo4j += cpuAfter.neo4j - cpuBefore.neo4j;
}

function summary(s: Sample): Run {
  const sorted = [...s.latencies].sort((a, b) => a - b);
  const n = sorted.length;
  return {
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    rps: n / (s.busyMs / 1000),
    n,
    cpuPerRequest: { client: s.cpu.client / n, server: s.cpu.server / n, neo4j: s.cpu.neo4j / n },
  };
}

/**
 * API and raw Cypher in alternating slices until either budget is spent: on a shared machine a burst of other work
 * then falls on both sides alike instead of on whichever side happened to be running, which made the ratio swing by a
 * third between runs.
 */
async function alternate(cases: Case[], concurrency: number, size: number, budget: { requests: number; ms: number }, api: Call, raw: Call, processes: Processes): Promise<{ api: Run; raw: Run }> {
  const a = newSample();
  const r = newSample();
  const started = performance.now();
  for (let done = 0; done < budget.requests && performance.now() - started < budget.ms; done += size) {
    await slice(cases, concurrency, size, api, a, done, processes);
    await slice(cases, concurrency, size, raw, r, done, processes);
  }
  return { api: summary(a), raw: summary(r) };
}

/** The mix at one concurrency, in slices of a few dozen requests. */
function measurePair(concurrency: number, api: Call, raw: Call, processes: Processes): Promise<{ api: Run; raw: Run }> {
  return alternate(CASES, concurrency, CASES.length * Math.max(4, concurrency), { requests: MAX_REQUESTS, ms: 2 * MAX_MS }, api, raw, processes);
}

/** One query alone, sequentially, 200 requests a side in slices of 20, for the per-query table. */
function measureOne(c: Case, api: Call, raw: Call, processes: Processes): Promise<{ api: Run; raw: Run }> {
  return alternate([c], 1, 20, { requests: 200, ms: Infinity }, api, raw, processes);
}

const ms = (v: number): string => (Number.isNaN(v) ? '–' : v.toFixed(2));
const cpuTotal = (c: Cpu): number => c.client + c.server + (Number.isNaN(c.neo4j) ? 0 : c.neo4j);

async function main(): Promise<void> {
  const env = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  let config: Config = loadConfig(env);
  if (config.neo4j.mode === 'embedded') {
    // Its own data folder and a free port, so the bench runs beside `npm start` and the tests.
    config = loadConfig({ ...env, NEO4J_DATA_DIR: process.env.NEO4J_DATA_DIR ?? '.neo4j/bench-data' });
    if (config.neo4j.mode === 'embedded') config = { ...config, neo4j: { ...config.neo4j, boltPort: 0, boltPortExplicit: false } };
  }
  const say = (m: string): void => void process.stderr.write(`${m}\n`);
  const conn = await connect(config, say);
  try {
    await loadSeedIfMissing(conn.db, config.seedDir, say);
    // The API runs in its own process, as `npm start` runs it: the bench's HTTP client must not share the server's
    // event loop, or the API's figures would carry the client's work too.
    const server = await startServer(conn.uri, config);
    const base = server.base;
    const driver = conn.db.driver;
    const database = conn.db.databaseName;
    const processes: Processes = { server: server.pid, neo4j: conn.embedded?.pid };
    try {
      for (const c of CASES) {
        const a = JSON.stringify(c.apiAnswer(await apiCall(base, c)));
        const r = JSON.stringify(c.rawAnswer(await rawCall(driver, database, c)));
        const auto = JSON.stringify(c.rawAnswer(await rawAutoCommitCall(driver, database, c)));
        if (a !== r || r !== auto) throw new Error(`${c.name}: the API and the raw Cypher disagree:\n  api ${a}\n  raw ${r}\n  raw auto-commit ${auto}`);
      }
      say(`${CASES.length} queries, same answers from the API and from raw Cypher. Warm-up ${WARMUP_MS / 1000} s; budget per level and side: ${MAX_REQUESTS} requests or ${MAX_MS / 1000} s.`);
      const warmUntil = performance.now() + WARMUP_MS;
      await Promise.all(
        Array.from({ length: 4 }, async (_, w) => {
          for (let i = w; performance.now() < warmUntil; i += 4) {
            await apiCall(base, CASES[i % CASES.length]!);
            await rawCall(driver, database, CASES[i % CASES.length]!);
          }
        }),
      );
      const lines = ['concurrency | API p50 ms | API p95 ms | API req/s | raw p50 ms | raw p95 ms | raw req/s | API p50 / raw p50', '---|---|---|---|---|---|---|---'];
      // Where the CPU time went, per request: on a machine with few cores, the sides' p50s at high concurrency follow
      // their CPU time per request, and the API side has one process more (the server) than the raw side.
      const cpu = [
        'concurrency | API: client | server | Neo4j | total CPU ms/request | raw: client | Neo4j | total CPU ms/request | API / raw CPU',
        '---|---|---|---|---|---|---|---|---',
      ];
      for (const level of LEVELS) {
        const { api, raw } = await measurePair(
          level,
          (c) => apiCall(base, c),
          (c) => rawCall(driver, database, c),
          processes,
        );
        lines.push(
          `${level} | ${api.p50.toFixed(2)} | ${api.p95.toFixed(2)} | ${api.rps.toFixed(0)} | ${raw.p50.toFixed(2)} | ${raw.p95.toFixed(2)} | ${raw.rps.toFixed(0)} | ${(api.p50 / raw.p50).toFixed(2)}×`,
        );
        const a = api.cpuPerRequest;
        const r = raw.cpuPerRequest;
        cpu.push(
          `${level} | ${ms(a.client)} | ${ms(a.server)} | ${ms(a.neo4j)} | ${ms(cpuTotal(a))} | ${ms(r.client)} | ${ms(r.neo4j)} | ${ms(cpuTotal({ ...r, server: 0 }))} | ${(cpuTotal(a) / cpuTotal({ ...r, server: 0 })).toFixed(2)}×`,
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
      process.stdout.write(`\n${cpu.join('\n')}\n`);
      // Per query at concurrency 1, to show where the difference is; beside it the raw Cypher in an auto-commit
      // transaction, as the API runs its reads, against the API (its own cost without the transaction-style gain).
      const per = [
        'query | API p50 ms | raw p50 ms | ratio | raw auto-commit p50 ms | API / raw auto-commit',
        '---|---|---|---|---|---',
      ];
      for (const c of CASES) {
        const { api, raw } = await measureOne(
          c,
          (x) => apiCall(base, x),
          (x) => rawCall(driver, database, x),
          processes,
        );
        const auto = await measureOne(
          c,
          (x) => apiCall(base, x),
          (x) => rawAutoCommitCall(driver, database, x),
          processes,
        );
        per.push(
          `${c.name} | ${api.p50.toFixed(2)} | ${raw.p50.toFixed(2)} | ${(api.p50 / raw.p50).toFixed(2)}× | ${auto.raw.p50.toFixed(2)} | ${(auto.api.p50 / auto.raw.p50).toFixed(2)}×`,
        );
      }
      process.stdout.write(`\n${per.join('\n')}\n`);
      process.stdout.write(`Mix: ${CASES.map((c) => c.name).join('; ')}.\n`);
    } finally {
      await server.stop();
    }
  } finally {
    await conn.close();
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
