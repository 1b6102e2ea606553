import fs from 'node:fs';
import { loadConfig } from '../../config';
import { isAppError } from '../../errors';
import { loadSeedIfMissing } from '../../ingestion/seed';
import { classArchiveWorks } from './class-archive';
import { ensureInstalled } from './install';
import { trainClassArchive } from './train-class-archive';

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/**
 * `npm run neo4j:install`: fetch the Neo4j jars and compile the launcher ahead of the first start (CI does this), then
 * make the class archive that makes every later start faster, unless a working one is there already.
 */
async function main(): Promise<void> {
  // The jars are fetched even when NEO4J_URI is set, so that CI can prepare the built-in server in one step.
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  if (config.neo4j.mode !== 'embedded') throw new Error('unreachable: NEO4J_URI was cleared');
  const say = (m: string): void => void process.stderr.write(`${m}\n`);
  const home = config.neo4j.home;
  let started = Date.now();
  const install = ensureInstalled(home, say);
  say(`Neo4j ${install.neo4jVersion} ${install.fresh ? 'installed' : 'already installed'} in ${home} (${seconds(started)})`);
  if (fs.existsSync(install.classArchive)) {
    if (classArchiveWorks(install.classArchive, install.classpath)) return;
    // Java would skip it at every start; a new one is made below.
    fs.rmSync(install.classArchive, { force: true });
  }

  started = Date.now();
  say('Making the class archive: starting Neo4j once and loading the seed documents (once per installation and JDK)…');
  try {
    const made = await trainClassArchive(config, config.neo4j, install, (db) => loadSeedIfMissing(db, config.seedDir), say);
    say(made ? `Class archive ready: ${install.classArchive} (${seconds(started)})` : 'No usable class archive came out; Neo4j starts without one, only slower.');
  } catch (e) {
    // The archive only saves time, so failing to make it leaves a working installation behind.
    say(`Could not make the class archive (Neo4j starts without one, only slower): ${isAppError(e) ? `[${e.code}] ` : ''}${(e as Error).message}`);
  }
}

main().catch((e: unknown) => {
  process.stderr.write(isAppError(e) ? `[${e.code}] ${e.message}\n` : `${String(e)}\n`);
  process.exit(1);
});
