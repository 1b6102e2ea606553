import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { AppError, ErrorCode, isAppError } from '../errors';
import { logger } from '../logger';

/** Codes that may reach a client with their own message; anything else is masked as INTERNAL_SERVER_ERROR. */
const PUBLIC_APOLLO_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.BAD_REQUEST,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.QUERY_TOO_COMPLEX,
]);

// Services raise these too; they live below the GraphQL layer so that dependencies point one way.
export { badInput, notFound } from '../services/errors';

/**
 * Apollo wraps validation-rule errors (depth, complexity) in its own ValidationError with code
 * GRAPHQL_VALIDATION_FAILED; the product's AppError travels in originalError, so look through the chain for it.
 */
function findAppError(error: unknown): unknown {
  let e: unknown = error;
  for (let i = 0; i < 4 && e instanceof GraphQLError; i++) {
    if (!e.originalError || e.originalError === e) break;
    e = e.originalError;
  }
  return isAppError(e) ? e : error;
}

/** Apollo's formatError: product errors keep their code and details; unexpected ones are logged and masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = findAppError(unwrapResolverError(error));
  if (isAppError(original)) {
    return { ...formatted, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_APOLLO_CODES.has(code)) return formatted;
  if (original instanceof GraphQLError && original.extensions?.code && PUBLIC_APOLLO_CODES.has(String(original.extensions.code))) return formatted;
  logger.error({ err: original }, 'unexpected error in a GraphQL request');
  return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}

export { AppError };
