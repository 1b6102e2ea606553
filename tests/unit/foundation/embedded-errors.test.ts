import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { loadConfig } from '../../../src/config';
import { choosePort } from '../../../src/db/embedded/embedded-neo4j';
import { checkJava, ensureInstalled } from '../../../src/db/embedded/install';
import { AppError, ErrorCode } from '../../../src/errors';

function occupy(): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      resolve({ port: typeof addr === 'object' && addr ? addr.port : 0, close: () => new Promise((r) => srv.close(() => r())) });
    });
  });
}

describe('the built-in Neo4j refuses clearly', () => {
  it('names Java and the NEO4J_URI alternative when java is not on PATH', () => {
    const env = { ...process.env, PATH: '/nonexistent' };
    expect(() => checkJava(env)).toThrow(AppError);
    try {
      checkJava(env);
    } catch (e) {
      expect((e as AppError).code).toBe(ErrorCode.JAVA_MISSING);
      expect((e as AppError).message).toMatch(/Java 17/);
      expect((e as AppError).message).toMatch(/NEO4J_URI/);
    }
  });

  it('names Maven and the NEO4J_URI alternative when the jars are not there yet and mvn is not on PATH', () => {
    // A PATH with Java (java, javac) but no Maven, and an empty home: the jars would have to be fetched.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bin-'));
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-home-'));
    try {
      for (const tool of ['java', 'javac']) {
        const real = execFileSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).trim();
        fs.symlinkSync(fs.realpathSync(real), path.join(bin, tool));
      }
      const env = { ...process.env, PATH: bin };
      expect(() => ensureInstalled(home, () => undefined, env)).toThrow(expect.objectContaining({ code: ErrorCode.MAVEN_MISSING, message: expect.stringMatching(/Maven[\s\S]*NEO4J_URI/) }));
    } finally {
      fs.rmSync(bin, { recursive: true, force: true });
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  it('fails with PORT_IN_USE when the chosen NEO4J_BOLT_PORT is taken', async () => {
    const busy = await occupy();
    try {
      const cfg = loadConfig({ NEO4J_BOLT_PORT: String(busy.port) });
      if (cfg.neo4j.mode !== 'embedded') throw new Error('expected embedded');
      await expect(choosePort(cfg.neo4j, () => undefined)).rejects.toMatchObject({ code: ErrorCode.PORT_IN_USE, message: expect.stringContaining(String(busy.port)) });
    } finally {
      await busy.close();
    }
  });

  it('moves to a free port, and says so, when the default port is taken', async () => {
    const busy = await occupy();
    try {
      const cfg = loadConfig({});
      if (cfg.neo4j.mode !== 'embedded') throw new Error('expected embedded');
      const said: string[] = [];
      const port = await choosePort({ ...cfg.neo4j, boltPort: busy.port }, (m) => said.push(m));
      expect(port).not.toBe(busy.port);
      expect(port).toBeGreaterThan(0);
      expect(said.join('\n')).toContain(`takes port ${port}`);
    } finally {
      await busy.close();
    }
  });
});
