import type { Config } from '../config';
import type { Database } from '../db';
import { createLoaders, Loaders } from '../loaders';

/** Per-request state: resolvers are singletons, so DataLoaders live here, created fresh for each request. */
export interface GraphQLContext {
  db: Database;
  config: Config;
  loaders: Loaders;
  /** The API key the request presented (x-api-key header or Authorization: Bearer). */
  apiKey: string | undefined;
}

export function createContext(db: Database, config: Config, apiKey: string | undefined): GraphQLContext {
  return { db, config, loaders: createLoaders(db), apiKey };
}
