import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';

/**
 * `npm run bench:start`: seconds from launching the server (as `npm start` does after its build) to the first GraphQL
 * answer, with the Neo4j jars cached: once on an empty store (seed documents loaded during start-up) and once again on
 * the same store (documents already there). Uses its own store and ports.
 */
const MAIN = path.join(PROJECT_ROOT, 'dist', 'src', 'server', 'main.js');

async function firstAnswer(dataDir: string): Promise<number> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir, PORT: '0', NEO4J_BOLT_PORT: '0' };
  delete env.NEO4J_URI;
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (b: Buffer) => {
      output += b.toString('utf8');
      const m = /GraphQL API:\s+(\S+)/.exec(output);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  for (;;) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ documents { docNumber } }' }) }).catch(() => null);
    const body = res?.ok ? ((await res.json()) as { data?: { documents?: unknown[] } }) : null;
    if ((body?.data?.documents?.length ?? 0) >= 2) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const elapsed = performance.now() - started;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGINT');
  await exited;
  return elapsed / 1000;
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bench-start-'));
  try {
    const empty = await firstAnswer(dataDir);
    const again = await firstAnswer(dataDir);
    process.stdout.write(`first answer, empty store (schema + both seed documents loaded at start): ${empty.toFixed(1)} s   (target < 20 s)\n`);
    process.stdout.write(`first answer, documents already loaded:                              ${again.toFixed(1)} s   (target < 20 s)\n`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
