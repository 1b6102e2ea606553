import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jEmbedded } from '../../config';
import { AppError, ErrorCode } from '../../errors';
import { ensureInstalled, LAUNCHER_CLASS } from './install';
import { freePort, isPortFree } from './ports';

export interface RunningNeo4j {
  uri: string;
  port: number;
  pid: number;
  neo4jVersion: string;
  stop(): Promise<void>;
}

const LOG_TAIL_LINES = 40;

function tail(text: string, lines = LOG_TAIL_LINES): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

function readLogTail(dataDir: string): string {
  const debugLog = path.join(dataDir, 'logs', 'debug.log');
  try {
    return tail(fs.readFileSync(debugLog, 'utf8'));
  } catch {
    return '';
  }
}

export async function choosePort(cfg: Neo4jEmbedded, log: (m: string) => void): Promise<number> {
  // Port 0 means "any": pick it here, because the launcher must know the port it announces.
  if (cfg.boltPort === 0) return freePort();
  if (await isPortFree(cfg.boltPort)) return cfg.boltPort;
  if (cfg.boltPortExplicit) {
    throw new AppError(
      ErrorCode.PORT_IN_USE,
      `Bolt port ${cfg.boltPort} (NEO4J_BOLT_PORT) is already in use on 127.0.0.1. Stop what listens there, choose another NEO4J_BOLT_PORT, or set NEO4J_URI to use that server.`,
    );
  }
  const port = await freePort();
  log(`Bolt port ${cfg.boltPort} is in use; the built-in Neo4j takes port ${port} instead.`);
  return port;
}

/** Every embedded server this process started, so that exit handlers can stop them. */
const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A synchronous last resort: 'exit' cannot await, so the child gets SIGTERM and Neo4j's own shutdown hook runs.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGTERM');
  });
}

/**
 * Starts Neo4j 5.26 Community embedded in a Java child process with Bolt on 127.0.0.1 and waits until it answers.
 * The child also stops by itself when this process dies (its stdin closes), so no Java process outlives us.
 */
export async function startEmbeddedNeo4j(
  cfg: Neo4jEmbedded,
  txTimeoutMs: number,
  log: (m: string) => void = () => undefined,
  options: { requireAuth?: boolean } = {},
): Promise<RunningNeo4j> {
  const install = ensureInstalled(cfg.home, log);
  const port = await choosePort(cfg, log);
  fs.mkdirSync(cfg.dataDir, { recursive: true });
  const args = [
    `-Xmx${cfg.heap}`,
    `-Xms${cfg.heap.toLowerCase().endsWith('g') ? '256m' : cfg.heap}`,
    '-XX:+UseG1GC',
    '-Dfile.encoding=UTF-8',
    '-cp',
    install.classpath,
    LAUNCHER_CLASS,
    cfg.dataDir,
    String(port),
    String(cfg.pageCacheMb),
    String(Math.max(1, Math.ceil(txTimeoutMs / 1000))),
    ...(options.requireAuth ? ['auth'] : []),
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  installExitHook();

  // Only the tail of Neo4j's output is kept (for error messages); the pipes are drained for the server's whole life.
  let output = '';
  let ready = false;
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-64 * 1024);
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => running.delete(child)).catch(() => undefined);

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new AppError(ErrorCode.NEO4J_START_FAILED, `Neo4j did not answer within ${cfg.startTimeoutMs} ms (NEO4J_START_TIMEOUT_MS).\n${tail(output)}\n${readLogTail(cfg.dataDir)}`));
    }, cfg.startTimeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      keep(chunk);
      if (!ready && /^READY /m.test(output)) {
        ready = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', keep);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new AppError(ErrorCode.NEO4J_START_FAILED, `Could not run java: ${err.message}`));
    });
    exited
      .then((code) => {
        clearTimeout(timer);
        const lockHint = /lock|Lock/.test(output) ? `\nIs another Neo4j using ${cfg.dataDir}? Stop it or set NEO4J_DATA_DIR.` : '';
        reject(new AppError(ErrorCode.NEO4J_START_FAILED, `Neo4j exited (code ${code}) before it was ready.${lockHint}\n--- output ---\n${tail(output)}\n--- ${path.join(cfg.dataDir, 'logs', 'debug.log')} ---\n${readLogTail(cfg.dataDir)}`));
      })
      .catch(() => undefined);
  });

  const pid = child.pid ?? -1;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    port,
    pid,
    neo4jVersion: install.neo4jVersion,
    async stop(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
