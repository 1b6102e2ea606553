import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Config, Neo4jEmbedded } from '../../config';
import { connect } from '../connect';
import type { Database } from '../database';
import { installClassArchive } from './class-archive';
import type { Installation } from './install';

/**
 * A training run for the class archive: starts the built-in Neo4j on a throwaway store with a JVM that dumps the
 * classes it loaded when it exits, connects as every start does (schema applied), runs `workload` — the seed load, so
 * that the classes behind the first load statements are in the archive too — then stops it and installs the archive.
 * Returns whether an archive was installed.
 */
export async function trainClassArchive(
  config: Config,
  neo4j: Neo4jEmbedded,
  install: Installation,
  workload: (db: Database) => Promise<unknown>,
  log: (m: string) => void = () => undefined,
): Promise<boolean> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-graph-cds-'));
  // The JVM writes to its own file, renamed into place only once it has been checked (installClassArchive).
  const dumped = `${install.classArchive}.${process.pid}.tmp`;
  try {
    const training: Config = { ...config, neo4j: { ...neo4j, dataDir, boltPort: 0, boltPortExplicit: false } };
    const conn = await connect(training, log, { dumpClassArchiveTo: dumped });
    try {
      await workload(conn.db);
    } finally {
      await conn.close(); // the JVM writes the archive as it exits, before this returns
    }
    return installClassArchive(dumped, install.classArchive, install.classpath);
  } finally {
    fs.rmSync(dumped, { force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
