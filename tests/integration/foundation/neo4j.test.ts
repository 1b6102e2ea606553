import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Session, SessionConfig } from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { connect } from '../../../src/db';
import { applySchema } from '../../../src/db/schema';
import { startEmbeddedNeo4j } from '../../../src/db/embedded/embedded-neo4j';
import { ErrorCode } from '../../../src/errors';
import { childPids, isAlive } from '../../helpers/processes';
import { openTestConnection, testConfig } from '../../helpers/test-db';

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

  // Only the built-in server has a data folder to lock; against NEO4J_URI there is nothing to collide with.
  (process.env.POLICY_GRAPH_TEST_EMBEDDED === '1' ? it : it.skip)('reports a server that cannot start with the tail of its log and leaves no Java process', async () => {
    // The test server holds the lock on its data folder, so a second server on the same folder must fail.
    const dataDir = process.env.POLICY_GRAPH_TEST_DATA_DIR as string;
    const before = childPids(process.pid);
    const attempt = startEmbeddedNeo4j(embeddedConfig(dataDir), 5000);
    await expect(attempt).rejects.toMatchObject({
      code: ErrorCode.NEO4J_START_FAILED,
      message: expect.stringMatching(/exited \(code \d+\) before it was ready[\s\S]*lock/i),
    });
    for (let i = 0; i < 50 && childPids(process.pid).some((p) => !before.includes(p) && isAlive(p)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(childPids(process.pid).filter((p) => !before.includes(p) && isAlive(p))).toEqual([]);
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

  it('runs a read as one auto-commit statement with a timeout and writes through executeWrite, in sessions on the configured database', async () => {
    const conn = await openTestConnection();
    const driver = conn.db.driver;
    const realSession = driver.session.bind(driver);
    const sessions: { config: SessionConfig; session: Session }[] = [];
    const spy = jest.spyOn(driver, 'session').mockImplementation((config?: SessionConfig) => {
      const session = realSession(config);
      jest.spyOn(session, 'run');
      jest.spyOn(session, 'executeRead');
      jest.spyOn(session, 'executeWrite');
      sessions.push({ config: config ?? {}, session });
      return session;
    });
    try {
      await conn.db.read('get-documents');
      await conn.db.write('delete-orphan-nodes');
      expect(sessions.map((s) => [s.config.database, s.config.defaultAccessMode])).toEqual([
        [conn.db.databaseName, neo4j.session.READ],
        [conn.db.databaseName, neo4j.session.WRITE],
      ]);
      // A read: RUN and PULL in one round trip, under the configured transaction timeout; no BEGIN/COMMIT.
      expect(sessions[0]?.session.run).toHaveBeenCalledTimes(1);
      expect(sessions[0]?.session.run).toHaveBeenCalledWith(expect.stringContaining('MATCH (d:Document)'), {}, { timeout: testConfig().txTimeoutMs });
      expect(sessions[0]?.session.executeRead).not.toHaveBeenCalled();
      expect(sessions[1]?.session.executeWrite).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
      await conn.close();
    }
  });
});
