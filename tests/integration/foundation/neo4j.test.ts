import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../../../src/config';
import { connect } from '../../../src/db';
import { applySchema } from '../../../src/db/schema';
import { startEmbeddedNeo4j } from '../../../src/db/embedded/embedded-neo4j';
import { ErrorCode } from '../../../src/errors';
import { isAlive } from '../../helpers/processes';
import { openTestConnection } from '../../helpers/test-db';

function embeddedConfig(dataDir: string) {
  const c = loadConfig({ NEO4J_DATA_DIR: dataDir, NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' });
  if (c.neo4j.mode !== 'embedded') throw new Error('expected embedded');
  return { ...c.neo4j, boltPort: 0, boltPortExplicit: false };
}

describe('the real Neo4j', () => {
  it('has the schema applied, and applying it again changes nothing', async () => {
    const conn = await openTestConnection();
    try {
      const count = async (): Promise<number> => (await conn.db.driver.executeQuery('SHOW INDEXES YIELD name RETURN count(*) AS n', {}, { database: conn.db.databaseName })).records[0]?.get('n') as number;
      const before = await count();
      const writes: string[] = [];
      const stop = conn.db.onStatement((e) => e.mode === 'WRITE' && writes.push(e.name));
      await applySchema(conn.db);
      stop();
      expect(await count()).toBe(before);
      expect(writes).toEqual([]); // a restart finds every constraint and index and creates none
      const fulltext = await conn.db.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, options RETURN name, options.indexConfig['fulltext.analyzer'] AS analyzer", {}, { database: conn.db.databaseName });
      expect(fulltext.records.map((r) => [r.get('name'), r.get('analyzer')])).toContainEqual(['measure_text', 'cjk']);
    } finally {
      await conn.close();
    }
  });

  it('reports a server that cannot start with the tail of its log and leaves no Java process', async () => {
    // The test server holds the lock on its data folder, so a second server on the same folder must fail.
    const dataDir = process.env.POLICY_GRAPH_TEST_DATA_DIR ?? path.join(PROJECT_ROOT, '.neo4j', 'none');
    let error: { code?: string; message?: string } = {};
    try {
      const running = await startEmbeddedNeo4j(embeddedConfig(dataDir), 5000);
      await running.stop();
    } catch (e) {
      error = e as typeof error;
    }
    if (process.env.POLICY_GRAPH_TEST_EMBEDDED !== '1') return; // with NEO4J_URI there is no local lock to collide with
    expect(error.code).toBe(ErrorCode.NEO4J_START_FAILED);
    expect(error.message).toMatch(/exited \(code \d+\) before it was ready/);
    expect(error.message).toMatch(/lock/i);
  });

  it('says clearly when Neo4j refuses the credentials', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-auth-'));
    const server = await startEmbeddedNeo4j(embeddedConfig(dataDir), 5000, () => undefined, { requireAuth: true });
    try {
      const cfg = loadConfig({ NEO4J_URI: server.uri, NEO4J_USERNAME: 'neo4j', NEO4J_PASSWORD: 'not-the-password', LOG_LEVEL: 'silent' });
      await expect(connect(cfg)).rejects.toMatchObject({ code: ErrorCode.DATABASE_AUTH_FAILED, message: expect.stringContaining('NEO4J_PASSWORD') });
    } finally {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    expect(isAlive(server.pid)).toBe(false);
  });

  it('says clearly when nothing answers at NEO4J_URI', async () => {
    const cfg = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', LOG_LEVEL: 'silent' });
    await expect(connect(cfg)).rejects.toMatchObject({ code: ErrorCode.DATABASE_UNAVAILABLE });
  });

  it('runs reads through executeRead against the configured database', async () => {
    const conn = await openTestConnection();
    try {
      const session = conn.db.driver.session({ database: conn.db.databaseName, defaultAccessMode: neo4j.session.READ });
      await session.close();
      expect(await conn.db.read('get-documents')).toEqual(expect.any(Array));
    } finally {
      await conn.close();
    }
  });
});
