import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { Config, PROJECT_ROOT } from '../src/config';

/**
 * Starts the built API (dist/src/server/main.js) in its own process against the Neo4j at `uri`, as `npm start` runs
 * it, on a free port and without loading the seeds: a benchmark's HTTP client must not share the server's event loop.
 */
export async function startServer(uri: string, config: Config): Promise<{ base: URL; pid: number; stop: () => Promise<void> }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri, NEO4J_DATABASE: config.neo4j.database, PORT: '0', HOST: '127.0.0.1', LOAD_SEED: 'false', LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'src', 'server', 'main.js')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (b: Buffer) => {
      output += b.toString('utf8');
      const m = /GraphQL API:\s+(\S+)\/graphql/.exec(output);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`the API server exited with ${code}:\n${output}`)));
  });
  return {
    base: new URL(base),
    pid: child.pid ?? NaN,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * POSTs a GraphQL body to the API with node:http over the agent's keep-alive connections, like a reverse proxy or a
 * server-side client in front of the API. (Node's fetch costs about half a millisecond more per request on this path,
 * which is the client's time, not the API's.)
 */
export function postGraphQL(base: URL, body: string, agent: http.Agent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: base.hostname, port: base.port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The q-quantile of ascending latencies (NaN for none). */
export function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
