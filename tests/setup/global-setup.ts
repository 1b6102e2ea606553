import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { startEmbeddedNeo4j } from '../../src/db/embedded/embedded-neo4j';

/**
 * One real Neo4j for the integration and e2e tests: the built-in one (fresh data folder, free port) unless NEO4J_URI
 * points at a server. Tests read the address from the environment this sets.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  // One folder per run, so that two test runs on one machine never share (or wipe) each other's store.
  const dataDir = path.join(PROJECT_ROOT, '.neo4j', `test-data-${process.pid}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.env.POLICY_GRAPH_TEST_DATA_DIR = dataDir;
  const base = loadConfig({ ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: process.env.NEO4J_HEAP ?? '1g' });
  if (base.neo4j.mode !== 'embedded') throw new Error('unreachable');
  // A free port rather than 7687, so tests run beside a developer's `npm start`.
  const neo4j = await startEmbeddedNeo4j({ ...base.neo4j, boltPort: 0, boltPortExplicit: false }, base.txTimeoutMs, (m) => process.stderr.write(`${m}\n`), {
    shortLived: true,
  });
  process.env.NEO4J_URI = neo4j.uri;
  process.env.POLICY_GRAPH_TEST_EMBEDDED = '1';
  (globalThis as { __neo4j__?: typeof neo4j }).__neo4j__ = neo4j;
}
