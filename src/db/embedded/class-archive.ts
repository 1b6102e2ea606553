import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A Java class archive (AppCDS) of the classes Neo4j loads while it starts and loads documents. A JVM that maps it
 * skips reading, parsing and verifying about 16,000 classes, which makes the start of the built-in Neo4j some seconds
 * faster. `npm run neo4j:install` makes it once per installation and JDK (train-class-archive.ts); without it the
 * server starts as before.
 */

/** JVM options for a start: map the archive when there is one; a training run instead dumps one when it exits. */
export function classArchiveOptions(archive: string, dumpTo: string | undefined): string[] {
  // The dump prints hundreds of warnings about classes it cannot keep (signed jars, old class versions); only errors matter.
  if (dumpTo) return [`-XX:ArchiveClassesAtExit=${dumpTo}`, '-Xlog:cds*=error'];
  return fs.existsSync(archive) ? [`-XX:SharedArchiveFile=${archive}`] : [];
}

/**
 * Whether a JVM with this classpath can map the archive. A truncated or damaged archive can crash the JVM even though
 * an unusable one is otherwise only skipped, so nothing is installed without passing this (-Xshare:on fails instead).
 */
export function classArchiveWorks(archive: string, classpath: string): boolean {
  const crashReport = path.join(os.tmpdir(), `policy-graph-cds-check-${process.pid}.log`);
  const r = spawnSync('java', [`-XX:SharedArchiveFile=${archive}`, '-Xshare:on', `-XX:ErrorFile=${crashReport}`, '-cp', classpath, '-version'], { encoding: 'utf8' });
  fs.rmSync(crashReport, { force: true });
  return !r.error && r.status === 0;
}

/**
 * After a training run: puts the dumped archive in place if it works, and removes it otherwise. The rename makes it
 * appear whole, so a start running at the same time never maps half an archive.
 */
export function installClassArchive(dumped: string, archive: string, classpath: string): boolean {
  const works = fs.existsSync(dumped) && classArchiveWorks(dumped, classpath);
  if (works) {
    fs.renameSync(dumped, archive);
    removeOtherArchives(archive);
  } else fs.rmSync(dumped, { force: true });
  return works;
}

/**
 * Deletes the archives an earlier JDK or project path left beside this one (about 125 MB each): they are keyed by both,
 * so none of them will be mapped again. A JVM that still maps one keeps its pages; Linux frees them when it exits.
 */
export function removeOtherArchives(archive: string): void {
  const dir = path.dirname(archive);
  for (const name of fs.readdirSync(dir)) {
    if (/^classes-[0-9a-f]+\.jsa$/.test(name) && name !== path.basename(archive)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
