import path from 'node:path';
import { Config, loadConfig, PROJECT_ROOT } from '../../src/config';
import { connect, Connection, Database } from '../../src/db';
import { ingestFile } from '../../src/ingestion/pipeline';
import { App, createApp } from '../../src/server/app';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed');
export const JOINT_PLAN = path.join(SEED_DIR, '000_a6c520428239bded.txt');
export const DISTRICT_PLAN = path.join(SEED_DIR, '004_5a98e9d818adeed0.txt');

/** The configuration tests use: the Neo4j the global setup started (or NEO4J_URI), seeds not auto-loaded. */
export function testConfig(overrides: NodeJS.ProcessEnv = {}): Config {
  if (!process.env.NEO4J_URI) throw new Error('NEO4J_URI is not set: run integration tests through jest (the global setup starts Neo4j)');
  return loadConfig({ ...process.env, LOAD_SEED: 'false', PORT: '0', LOG_LEVEL: 'silent', ...overrides });
}

export async function openTestConnection(overrides: NodeJS.ProcessEnv = {}): Promise<Connection> {
  return connect(testConfig(overrides));
}

/** Empties the graph (tests share one database and run one file at a time). */
export async function resetGraph(db: Database): Promise<void> {
  await db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: db.databaseName });
}

export async function loadSeeds(db: Database): Promise<void> {
  await ingestFile(db, JOINT_PLAN);
  await ingestFile(db, DISTRICT_PLAN);
}

/** Counts of every label and relationship type: equal before and after a reload means the reload changed nothing. */
export async function graphCounts(db: Database): Promise<Record<string, number>> {
  const res = await db.driver.executeQuery(
    `CALL () { MATCH (n) UNWIND labels(n) AS l RETURN 'node:' + l AS k, count(*) AS c
               UNION ALL MATCH ()-[r]->() RETURN 'rel:' + type(r) AS k, count(*) AS c }
     RETURN k, c ORDER BY k`,
    {},
    { database: db.databaseName },
  );
  return Object.fromEntries(res.records.map((r) => [r.get('k') as string, Number(r.get('c'))]));
}

/** A connection to the test Neo4j holding exactly the two seed documents. */
export async function openSeededConnection(): Promise<Connection> {
  const conn = await openTestConnection();
  await resetGraph(conn.db);
  await loadSeeds(conn.db);
  return conn;
}

/** The API on a free port over a graph holding exactly the two seed documents. */
export async function startSeededApi(overrides: NodeJS.ProcessEnv = {}): Promise<{ conn: Connection; app: App; base: string }> {
  const conn = await openSeededConnection();
  const app = await createApp(testConfig(overrides), conn.db);
  return { conn, app, base: await app.listen() };
}

export async function stopSeededApi(api: { conn?: Connection; app?: App }): Promise<void> {
  await api.app?.stop();
  await api.conn?.close();
}

/** Rows of an ad-hoc Cypher query, for assertions about the stored graph. */
export async function cypherRows<T>(conn: Connection, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const res = await conn.db.driver.executeQuery(cypher, params, { database: conn.db.databaseName });
  return res.records.map((r) => r.toObject() as T);
}

/** Removes a document a test loaded beside the seeds: its own nodes, and the counterpart edges of its measures. */
export async function removeDocument(conn: Connection, id: string): Promise<void> {
  await cypherRows(conn, "MATCH ()-[c:COUNTERPART]->() WHERE c.measureId STARTS WITH $id + '/' DELETE c", { id });
  await cypherRows(conn, "MATCH (n) WHERE n.id = $id OR n.documentId = $id OR n.id STARTS WITH 'target:' + $id + '@' DETACH DELETE n", { id });
}
