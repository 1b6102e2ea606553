import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';

const BUILT = path.join(PROJECT_ROOT, 'dist', 'src', 'server', 'production.js');

/** The NODE_ENV the server's first import leaves for graphql-js and Apollo, given the environment it starts in. */
function nodeEnvAfterEntry(env: NodeJS.ProcessEnv): string {
  const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(BUILT)}); process.stdout.write(String(process.env.NODE_ENV))`], { env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout;
}

describe('src/server/production.ts, imported first by npm start', () => {
  it.each([
    ['unset', undefined, 'production'],
    ['development', 'development', 'development'],
    ['test', 'test', 'test'],
  ])('NODE_ENV %s → %s', (_name, value, expected) => {
    expect(fs.existsSync(BUILT)).toBe(true); // npm test builds first (pretest)
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH };
    if (value !== undefined) env.NODE_ENV = value;
    expect(nodeEnvAfterEntry(env)).toBe(expected);
  });

  it('is the first import of the server entry point, before graphql can load', () => {
    const main = fs.readFileSync(path.join(PROJECT_ROOT, 'src', 'server', 'main.ts'), 'utf8');
    expect(main.split('\n').find((l) => l.startsWith('import '))).toBe("import './production';");
  });
});
