import './production';
import 'reflect-metadata';
import { loadConfig } from '../config';
import { connect, Connection } from '../db';
import { isAppError } from '../errors';
import { loadSeedIfMissing } from '../ingestion/seed';
import { logger } from '../logger';
import { App, createApp } from './app';

/** Composition root of `npm start`: Neo4j up → schema → seed documents → GraphQL served. */
async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const say = (m: string): void => void process.stderr.write(`${m}\n`);
  // Filled in as start-up proceeds; a signal may arrive at any point of it.
  const running: { connection?: Connection; app?: App } = {};
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping…`);
    await running.app?.stop().catch(() => undefined);
    await running.connection?.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  const connection = await connect(config, say);
  running.connection = connection;
  say(connection.embedded ? `Neo4j ${connection.embedded.neo4jVersion} (built-in) at ${connection.uri}` : `Neo4j at ${connection.uri}`);
  if (config.loadSeed) {
    const loaded = await loadSeedIfMissing(connection.db, config.seedDir, say);
    say(loaded.length > 0 ? `Loaded ${loaded.length} document(s) from ${config.seedDir}` : `Seed documents already in the graph`);
  }
  const app = await createApp(config, connection.db);
  running.app = app;
  const base = await app.listen();
  say(`GraphQL API:      ${base}/graphql`);
  say(`GraphQL IDE:      ${base}/`);
  say(`Graph view:       ${base}/graph`);
  say(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Ctrl-C stops the server and Neo4j.`);
}

main().catch((e: unknown) => {
  if (isAppError(e)) {
    process.stderr.write(`\n[${e.code}] ${e.message}\n`);
  } else {
    logger.fatal({ err: e }, 'start-up failed');
  }
  // The exit hook stops a Neo4j this process started.
  process.exit(1);
});
