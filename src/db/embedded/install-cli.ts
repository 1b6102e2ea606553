import { loadConfig } from '../../config';
import { isAppError } from '../../errors';
import { ensureInstalled } from './install';

/** `npm run neo4j:install`: fetch the Neo4j jars and compile the launcher ahead of the first start (CI does this). */
try {
  // The jars are fetched even when NEO4J_URI is set, so that CI can prepare the built-in server in one step.
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  if (config.neo4j.mode !== 'embedded') throw new Error('unreachable: NEO4J_URI was cleared');
  const home = config.neo4j.home;
  const started = Date.now();
  const install = ensureInstalled(home, (m) => process.stderr.write(`${m}\n`));
  process.stderr.write(`Neo4j ${install.neo4jVersion} ${install.fresh ? 'installed' : 'already installed'} in ${home} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
} catch (e) {
  process.stderr.write(isAppError(e) ? `[${e.code}] ${e.message}\n` : `${String(e)}\n`);
  process.exit(1);
}
