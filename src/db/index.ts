export { Database } from './database';
export type { Params, StatementEvent, TxRunner } from './database';
export { connect } from './connect';
export type { Connection } from './connect';
export { CypherRegistry } from './cypher-registry';
