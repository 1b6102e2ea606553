import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Neo4jEmbedded } from '../../config';
import { AppError, ErrorCode, isAppError } from '../../errors';
import { classArchiveOptions } from './class-archive';
import { ensureInstalled, Installation, LAUNCHER_CLASS } from './install';
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

export interface EmbeddedOptions {
  /** Start the server with the stock neo4j/neo4j user instead of accepting any credentials. */
  requireAuth?: boolean;
  /** A training run: the JVM writes a class archive to this file when it exits (see class-archive.ts). */
  dumpClassArchiveTo?: string;
  /** The caller lives seconds or minutes (a command, a test run): with NEO4J_JIT=auto the JVM stops at C1. */
  shortLived?: boolean;
}

interface Launched {
  child: ChildProcess;
  exited: Promise<number | null>;
}

/** Set on the start error when the JVM itself crashed before READY (not Neo4j refusing to start, e.g. on a lock). */
const JVM_CRASHED = 'jvmCrashed';

/** Whether the JVM stops at the client compiler (C1): NEO4J_JIT=c1, or auto for a short-lived caller. */
export function stopsAtC1(cfg: Pick<Neo4jEmbedded, 'jit'>, shortLived: boolean): boolean {
  return cfg.jit === 'c1' || (cfg.jit === 'auto' && shortLived);
}

export function jvmArgs(
  cfg: Neo4jEmbedded,
  classpath: string,
  port: number,
  txTimeoutMs: number,
  classArchive: string[],
  { requireAuth = false, shortLived = false }: Pick<EmbeddedOptions, 'requireAuth' | 'shortLived'> = {},
): string[] {
  const c1 = stopsAtC1(cfg, shortLived);
  return [
    `-Xmx${cfg.heap}`,
    `-Xms${cfg.heap.toLowerCase().endsWith('g') ? '256m' : cfg.heap}`,
    '-XX:+UseG1GC',
    ...(c1 ? ['-XX:TieredStopAtLevel=1'] : []),
    '-Dfile.encoding=UTF-8',
    // Should the JVM crash, its report goes beside Neo4j's logs rather than into the caller's working directory.
    `-XX:ErrorFile=${path.join(cfg.dataDir, 'logs', 'hs_err_pid%p.log')}`,
    ...classArchive,
    '-cp',
    classpath,
    LAUNCHER_CLASS,
    cfg.dataDir,
    String(port),
    String(cfg.pageCacheMb),
    String(Math.max(1, Math.ceil(txTimeoutMs / 1000))),
    ...(requireAuth ? ['auth'] : []),
  ];
}

/** Spawns the launcher and waits for its READY line; on failure nothing is left running. */
async function launch(cfg: Neo4jEmbedded, args: string[]): Promise<Launched> {
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
        reject(new AppError(ErrorCode.NEO4J_START_FAILED, `Neo4j exited (code ${code}) before it was ready.${lockHint}\n--- output ---\n${tail(output)}\n--- ${path.join(cfg.dataDir, 'logs', 'debug.log')} ---\n${readLogTail(cfg.dataDir)}`, { [JVM_CRASHED]: /A fatal error has been detected by the Java Runtime/.test(output) }));
      })
      .catch(() => undefined);
  });
  return { child, exited };
}

/**
 * Starts with the class archive when there is one. Should the JVM crash before READY with it, the start is tried once
 * more without it, and the archive, then known to be the cause, is removed: a bad archive must never cost a start.
 */
async function launchWithClassArchive(cfg: Neo4jEmbedded, install: Installation, argsWith: (classArchive: string[]) => string[], options: EmbeddedOptions, log: (m: string) => void): Promise<Launched> {
  const classArchive = classArchiveOptions(install.classArchive, options.dumpClassArchiveTo);
  try {
    return await launch(cfg, argsWith(classArchive));
  } catch (e) {
    const usedArchive = classArchive.length > 0 && !options.dumpClassArchiveTo;
    if (!usedArchive || !(isAppError(e) && e.details[JVM_CRASHED] === true)) throw e;
    log('Java crashed while Neo4j started with its class archive; starting it again without the archive.');
    const launched = await launch(cfg, argsWith([]));
    fs.rmSync(install.classArchive, { force: true });
    log(`Removed the class archive ${install.classArchive}; \`npm run neo4j:install\` makes a new one.`);
    return launched;
  }
}

/**
 * Starts Neo4j 5.26 Community embedded in a Java child process with Bolt on 127.0.0.1 and waits until it answers.
 * The child also stops by itself when this process dies (its stdin closes), so no Java process outlives us.
 */
export async function startEmbeddedNeo4j(
  cfg: Neo4jEmbedded,
  txTimeoutMs: number,
  log: (m: string) => void = () => undefined,
  options: EmbeddedOptions = {},
): Promise<RunningNeo4j> {
  const install = ensureInstalled(cfg.home, log);
  const port = await choosePort(cfg, log);
  // logs/ too, so that a JVM crash report can go there (see jvmArgs) even before Neo4j has made it.
  fs.mkdirSync(path.join(cfg.dataDir, 'logs'), { recursive: true });
  const argsWith = (classArchive: string[]): string[] => jvmArgs(cfg, install.classpath, port, txTimeoutMs, classArchive, options);
  const { child, exited } = await launchWithClassArchive(cfg, install, argsWith, options, log);

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
