import path from 'node:path';
import { z } from 'zod';
import { AppError, ErrorCode } from '../errors';

/** The project root: the folder with package.json, whether running from src/ (ts-jest) or dist/src/. */
export const PROJECT_ROOT = findProjectRoot(__dirname);

function findProjectRoot(start: string): string {
  // src/config → ../..; dist/src/config → ../../..
  const up2 = path.resolve(start, '..', '..');
  return path.basename(up2) === 'dist' ? path.resolve(up2, '..') : up2;
}

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

/** Every environment variable the product reads, with its default. The README's table mirrors this. */
const EnvSchema = z.object({
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.optional(),
  NEO4J_HOME: z.string().default('.neo4j'),
  NEO4J_DATA_DIR: z.string().optional(),
  NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, 'like 512m or 1g').default('1g'),
  NEO4J_PAGECACHE_MB: positiveInt.default(256),
  NEO4J_JIT: z.enum(['auto', 'c1', 'tiered']).default('auto'),
  NEO4J_START_TIMEOUT_MS: positiveInt.default(120_000),
  NEO4J_TX_TIMEOUT_MS: positiveInt.default(15_000),
  HOST: z.string().default('127.0.0.1'),
  PORT: port.default(4000),
  SEED_DIR: z.string().default('seed'),
  LOAD_SEED: bool.default(true),
  API_KEY: z.string().min(8, 'at least 8 characters').optional(),
  MAX_QUERY_DEPTH: positiveInt.default(12),
  MAX_QUERY_COMPLEXITY: positiveInt.default(5000),
  MAX_PAGE_SIZE: positiveInt.default(200),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Neo4jExternal {
  mode: 'external';
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Neo4jEmbedded {
  mode: 'embedded';
  /** Bolt port; `explicit` says whether the user chose it (then a busy port is an error, not a reason to move). */
  boltPort: number;
  boltPortExplicit: boolean;
  home: string;
  dataDir: string;
  heap: string;
  pageCacheMb: number;
  /**
   * The built-in Neo4j's JIT: `c1` stops at the client compiler, `tiered` adds C2, `auto` takes `c1` for a process
   * that lives seconds or minutes (the brief command, an ingest of fewer than 600 documents, a test run) and `tiered`
   * for the server and a long ingest (see isLongLoad). C2 compiling
   * Neo4j's code takes a core for minutes (a cold seed load used 1.85 cores, 1.4 with C1) and is what makes the scans
   * of a big graph 2–3× faster (see the Scale figures in docs/benchmarks.md).
   */
  jit: 'auto' | 'c1' | 'tiered';
  startTimeoutMs: number;
  database: string;
}

export interface Config {
  neo4j: Neo4jExternal | Neo4jEmbedded;
  txTimeoutMs: number;
  http: { host: string; port: number };
  seedDir: string;
  loadSeed: boolean;
  apiKey: string | undefined;
  limits: { maxDepth: number; maxComplexity: number; maxPageSize: number };
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/** Parses the environment once; a bad value is a CONFIG_INVALID error naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError(ErrorCode.CONFIG_INVALID, `Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const abs = (p: string): string => (path.isAbsolute(p) ? p : path.join(PROJECT_ROOT, p));
  const home = abs(e.NEO4J_HOME);
  const neo4j: Config['neo4j'] = e.NEO4J_URI
    ? { mode: 'external', uri: e.NEO4J_URI, username: e.NEO4J_USERNAME, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE }
    : {
        mode: 'embedded',
        boltPort: e.NEO4J_BOLT_PORT ?? 7687,
        boltPortExplicit: e.NEO4J_BOLT_PORT !== undefined,
        home,
        dataDir: e.NEO4J_DATA_DIR ? abs(e.NEO4J_DATA_DIR) : path.join(home, 'data'),
        heap: e.NEO4J_HEAP,
        pageCacheMb: e.NEO4J_PAGECACHE_MB,
        jit: e.NEO4J_JIT,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
        // Community edition has one user database.
        database: 'neo4j',
      };
  return {
    neo4j,
    txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    http: { host: e.HOST, port: e.PORT },
    seedDir: abs(e.SEED_DIR),
    loadSeed: e.LOAD_SEED,
    apiKey: e.API_KEY,
    limits: { maxDepth: e.MAX_QUERY_DEPTH, maxComplexity: e.MAX_QUERY_COMPLEXITY, maxPageSize: e.MAX_PAGE_SIZE },
    logLevel: e.LOG_LEVEL,
  };
}
