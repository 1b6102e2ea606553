import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config';
import { AppError, ErrorCode } from '../../errors';

const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const LAUNCHER_SRC = path.join(PROJECT_ROOT, 'neo4j', 'src', 'main', 'java', 'policygraph', 'EmbeddedNeo4j.java');
export const LAUNCHER_CLASS = 'policygraph.EmbeddedNeo4j';

export interface Installation {
  /** Java classpath: the launcher jar and every Neo4j jar, listed one by one in a fixed order (see `classpathOf`). */
  classpath: string;
  neo4jVersion: string;
  /** True when this call downloaded or compiled anything. */
  fresh: boolean;
  /** Where the class archive for this installation, JDK and classpath is (or would be); see class-archive.ts. */
  classArchive: string;
}

const ALTERNATIVE =
  'Or use a Neo4j you already have: set NEO4J_URI (e.g. bolt://localhost:7687 for `docker run -p 7687:7687 -e NEO4J_AUTH=neo4j/password neo4j:5.26`) with NEO4J_USERNAME and NEO4J_PASSWORD.';

function toolVersion(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string | null {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env });
  if (r.error || r.status !== 0) return null;
  return `${r.stdout}${r.stderr}`;
}

/** Java 17+ is required by Neo4j 5.26. Returns what `java -version` says, which names the exact JDK build. */
export function checkJava(env: NodeJS.ProcessEnv = process.env): string {
  const out = toolVersion('java', ['-version'], env);
  if (out === null) {
    throw new AppError(ErrorCode.JAVA_MISSING, `Java 17 or newer is needed to run the built-in Neo4j, and \`java\` was not found on PATH. Install a JDK 17 (e.g. \`apt-get install openjdk-17-jdk-headless\`). ${ALTERNATIVE}`);
  }
  const m = /version "(\d+)/.exec(out);
  const major = m?.[1] ? Number(m[1]) : 0;
  if (major < 17) {
    throw new AppError(ErrorCode.JAVA_MISSING, `Java 17 or newer is needed to run the built-in Neo4j; found Java ${major || 'of unknown version'}. Install a JDK 17. ${ALTERNATIVE}`);
  }
  if (toolVersion('javac', ['-version'], env) === null) {
    throw new AppError(ErrorCode.JAVA_MISSING, `A JDK (with javac) is needed to build the Neo4j launcher; only a JRE was found. Install a JDK 17 (e.g. \`apt-get install openjdk-17-jdk-headless\`). ${ALTERNATIVE}`);
  }
  return out;
}

function checkMaven(env: NodeJS.ProcessEnv = process.env): void {
  if (toolVersion('mvn', ['-v'], env) === null) {
    throw new AppError(ErrorCode.MAVEN_MISSING, `Maven is needed once, to fetch the Neo4j jars from Maven Central, and \`mvn\` was not found on PATH. Install Maven (e.g. \`apt-get install maven\`). ${ALTERNATIVE}`);
  }
}

export function neo4jVersion(): string {
  const pom = fs.readFileSync(POM, 'utf8');
  const m = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom);
  if (!m?.[1]) throw new AppError(ErrorCode.NEO4J_START_FAILED, `No <neo4j.version> in ${POM}`);
  return m[1];
}

function fingerprint(): string {
  return createHash('sha256').update(fs.readFileSync(POM)).update(fs.readFileSync(LAUNCHER_SRC)).digest('hex').slice(0, 16);
}

function run(cmd: string, args: string[], what: string): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error || r.status !== 0) {
    const tail = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-20).join('\n');
    throw new AppError(ErrorCode.NEO4J_START_FAILED, `${what} failed (${cmd} exited ${r.status ?? r.error?.message}).\n${tail}`);
  }
}

/**
 * The launcher as a jar: a class archive (class-archive.ts) refuses a classpath with a non-empty directory on it, so
 * the compiled class cannot stay a bare directory entry. Installations made before this get their jar on their next start.
 */
function ensureLauncherJar(dir: string): string {
  const jar = path.join(dir, 'launcher.jar');
  if (fs.existsSync(jar)) return jar;
  // Written under another name and renamed, so that a start running beside this one never sees half a jar.
  const partial = `${jar}.${process.pid}.tmp`;
  run('jar', ['--create', '--file', partial, '-C', path.join(dir, 'classes'), '.'], 'Packing the Neo4j launcher');
  fs.renameSync(partial, jar);
  return jar;
}

/**
 * The launcher's classpath entry: its jar, or the directory of its compiled class when the jar cannot be made (a JDK
 * without the `jar` tool, an installation directory this user cannot write). Neo4j starts either way; only the class
 * archive needs the jar.
 */
function launcherEntry(dir: string): string {
  try {
    return ensureLauncherJar(dir);
  } catch {
    return path.join(dir, 'classes');
  }
}

/**
 * Every jar by name, in sorted order, rather than `jars/*`: a class archive is only used when the classpath is exactly
 * the one it was made with, and the wildcard's order is whatever the file system lists.
 */
function classpathOf(launcherJar: string, jars: string): string {
  const names = fs.readdirSync(jars).filter((f) => f.endsWith('.jar')).sort();
  // Real paths, so that reaching the same jars through a symbolic link still finds the same archive.
  return [launcherJar, ...names.map((f) => path.join(jars, f))].map((f) => fs.realpathSync(f)).join(path.delimiter);
}

/**
 * One archive per JDK build and classpath: Java refuses an archive made by another JDK or with other jar paths (the
 * project moved), and a missing archive is what tells `npm run neo4j:install` to make one.
 */
function classArchivePath(dir: string, javaVersion: string, classpath: string): string {
  const key = createHash('sha256').update(javaVersion).update('\0').update(classpath).digest('hex').slice(0, 12);
  return path.join(dir, `classes-${key}.jsa`);
}

/**
 * Makes sure the Neo4j jars and the compiled launcher are in `home`/lib-<fingerprint>. Maven resolves the jars once
 * (from its local repository or Maven Central); later calls find the marker file and return at once.
 */
export function ensureInstalled(home: string, log: (msg: string) => void = () => undefined, env: NodeJS.ProcessEnv = process.env): Installation {
  const javaVersion = checkJava(env);
  const version = neo4jVersion();
  const dir = path.join(home, `lib-${version}-${fingerprint()}`);
  const jars = path.join(dir, 'jars');
  const classes = path.join(dir, 'classes');
  const marker = path.join(dir, 'READY');
  const installation = (fresh: boolean): Installation => {
    const classpath = classpathOf(launcherEntry(dir), jars);
    return { classpath, neo4jVersion: version, fresh, classArchive: classArchivePath(dir, javaVersion, classpath) };
  };
  if (fs.existsSync(marker)) return installation(false);

  checkMaven(env);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(classes, { recursive: true });
  log(`Fetching Neo4j ${version} jars with Maven (first start only)…`);
  run('mvn', ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${jars}`, '-DincludeScope=runtime'], 'Resolving the Neo4j jars with Maven');
  run('javac', ['-d', classes, '-cp', path.join(jars, '*'), LAUNCHER_SRC], 'Compiling the Neo4j launcher');
  fs.writeFileSync(marker, `${version}\n`);
  return installation(true);
}
