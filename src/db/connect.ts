import neo4j from 'neo4j-driver';
import type { Config } from '../config';
import { CypherRegistry } from './cypher-registry';
import { Database } from './database';
import { EmbeddedOptions, RunningNeo4j, startEmbeddedNeo4j } from './embedded/embedded-neo4j';
import { applySchema } from './schema';
import { enableTcpNoDelay } from './tcp-nodelay';

export interface Connection {
  db: Database;
  /** The server this process started, when NEO4J_URI was not set. */
  embedded: RunningNeo4j | undefined;
  uri: string;
  close(): Promise<void>;
}

/** Starts the built-in Neo4j when NEO4J_URI is unset, connects, checks credentials and applies the schema. */
export async function connect(config: Config, log: (m: string) => void = () => undefined, embeddedOptions: EmbeddedOptions = {}): Promise<Connection> {
  let embedded: RunningNeo4j | undefined;
  let uri: string;
  let auth;
  if (config.neo4j.mode === 'embedded') {
    embedded = await startEmbeddedNeo4j(config.neo4j, config.txTimeoutMs, log, embeddedOptions);
    uri = embedded.uri;
    // The built-in server runs with auth disabled on 127.0.0.1; the driver still sends a token, which it ignores.
    auth = neo4j.auth.basic('neo4j', 'neo4j');
  } else {
    uri = config.neo4j.uri;
    auth = neo4j.auth.basic(config.neo4j.username, config.neo4j.password);
  }
  enableTcpNoDelay();
  const driver = neo4j.driver(uri, auth, { disableLosslessIntegers: true, connectionAcquisitionTimeout: 20_000, maxConnectionPoolSize: 50 });
  const db = new Database(driver, config.neo4j.database, new CypherRegistry(), config.txTimeoutMs);
  const close = async (): Promise<void> => {
    await db.close().catch(() => undefined);
    await embedded?.stop();
  };
  try {
    await db.verify();
    await applySchema(db);
  } catch (e) {
    await close();
    throw e;
  }
  return { db, embedded, uri, close };
}
