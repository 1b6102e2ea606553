export { loadConfig, PROJECT_ROOT } from './config';
export type { Config, Neo4jEmbedded, Neo4jExternal } from './config';
