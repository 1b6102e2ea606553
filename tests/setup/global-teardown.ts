import fs from 'node:fs';
import type { RunningNeo4j } from '../../src/db/embedded/embedded-neo4j';

export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __neo4j__?: RunningNeo4j }).__neo4j__;
  await neo4j?.stop();
  const dataDir = process.env.POLICY_GRAPH_TEST_DATA_DIR;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}
