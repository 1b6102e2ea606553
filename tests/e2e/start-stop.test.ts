import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { childPids, isAlive } from '../helpers/processes';

const MAIN = path.join(PROJECT_ROOT, 'dist', 'src', 'server', 'main.js');

function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}; output so far:\n${seen}`)), timeoutMs);
    const onData = (b: Buffer): void => {
      seen += b.toString('utf8');
      const m = pattern.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(seen);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before ${pattern}:\n${seen}`)));
  });
}

/** `npm start` as a user runs it: built-in Neo4j, seeds loaded, GraphQL answering; Ctrl-C leaves nothing behind. */
describe('npm start (dist/src/server/main.js)', () => {
  it('serves both seed documents, and after SIGINT no Java or Node process remains', async () => {
    expect(fs.existsSync(MAIN)).toBe(true); // npm test builds first (pretest)
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-start-'));
    const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir, PORT: '0', NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' };
    delete env.NEO4J_URI; // the built-in server, as on a fresh machine
    delete env.NODE_ENV; // as `npm start` runs it: the server then runs as production
    const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const out = await waitFor(child, /Ready in/, 120_000);
      const url = /GraphQL API:\s+(\S+)/.exec(out)?.[1];
      expect(url).toBeDefined();
      const res = await fetch(url as string, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ documents { docNumber title } }' }) });
      expect(res.status).toBe(200);
      const body = (await res.json()) as { data: { documents: { docNumber: string; title: string }[] } };
      expect(body.data.documents.map((d) => d.docNumber).sort()).toEqual(['永川府办发〔2022〕65号', '渝府办发〔2023〕51号']);
      const joint = body.data.documents.find((d) => d.docNumber === '渝府办发〔2023〕51号');
      expect(joint?.title).toBe('关于印发川渝自贸试验区协同开放示范区深化改革创新行动方案（2023—2025年）的通知');
      // Production mode keeps introspection on: the workbench and analysts' IDEs read the schema through it.
      const schema = await fetch(url as string, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __type(name: "Measure") { fields { name } } }' }) });
      const fields = ((await schema.json()) as { data: { __type: { fields: { name: string }[] } } }).data.__type.fields.map((f) => f.name);
      expect(fields).toEqual(expect.arrayContaining(['number', 'responsibilities', 'source']));

      const javaPids = childPids(child.pid as number);
      expect(javaPids.length).toBeGreaterThan(0);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      for (let i = 0; i < 50 && javaPids.some(isAlive); i++) await new Promise((r) => setTimeout(r, 100));
      expect(javaPids.filter(isAlive)).toEqual([]);
      expect(isAlive(child.pid as number)).toBe(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
