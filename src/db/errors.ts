import { Neo4jError } from 'neo4j-driver';
import { AppError, ErrorCode } from '../errors';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const AUTH = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit', 'Neo.ClientError.Security.CredentialsExpired']);
const TIMEOUT = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/** Maps a Neo4j driver error to the product's codes by the server's code, never by message text. */
export function mapNeo4jError(e: unknown): unknown {
  if (!(e instanceof Neo4jError)) return e;
  if (UNAVAILABLE.has(e.code)) {
    return new AppError(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is not reachable right now.', { neo4jCode: e.code }, { cause: e });
  }
  if (e.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new AppError(ErrorCode.CONFIG_INVALID, 'Neo4j has no database of that name: check NEO4J_DATABASE.', { neo4jCode: e.code }, { cause: e });
  }
  if (e.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    // Two loads of one document at the same moment: the second finds the first's items. Trying again succeeds.
    return new AppError(ErrorCode.CONFLICT, 'Another load of the same document was written at the same moment; try again.', { neo4jCode: e.code }, { cause: e });
  }
  if (AUTH.has(e.code)) {
    return new AppError(ErrorCode.DATABASE_AUTH_FAILED, 'Neo4j refused the credentials: check NEO4J_USERNAME and NEO4J_PASSWORD.', { neo4jCode: e.code }, { cause: e });
  }
  if (TIMEOUT.has(e.code)) {
    return new AppError(ErrorCode.DATABASE_TIMEOUT, 'The query took longer than the transaction timeout (NEO4J_TX_TIMEOUT_MS).', { neo4jCode: e.code }, { cause: e });
  }
  return e;
}
