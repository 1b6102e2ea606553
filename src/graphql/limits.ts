import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { DocumentNode, getVariableValues, GraphQLError, GraphQLSchema, OperationDefinitionNode, validate, ValidationContext, ValidationRule } from 'graphql';
import { createComplexityRule, fieldExtensionsEstimator, simpleEstimator } from 'graphql-query-complexity';
import { AppError, ErrorCode } from '../errors';
import type { GraphQLContext } from './context';

/**
 * Query limits, enforced as GraphQL validation rules so an over-limit query is refused before any resolver runs (and
 * so before the database sees it). Both answer QUERY_TOO_COMPLEX with HTTP 400.
 */

function tooComplex(message: string, details: Record<string, unknown>): GraphQLError {
  // The AppError travels as originalError: Apollo re-wraps validation errors, formatError finds it there.
  return new GraphQLError(message, {
    originalError: new AppError(ErrorCode.QUERY_TOO_COMPLEX, message, details),
    extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, http: { status: 400 }, ...details },
  });
}

/** graphql-depth-limit, with its error turned into QUERY_TOO_COMPLEX. */
export function depthRule(maxDepth: number): ValidationRule {
  const rule = depthLimit(maxDepth);
  return (context: ValidationContext) => {
    const proxy = Object.create(context) as ValidationContext;
    proxy.reportError = (error: GraphQLError) => {
      // The library quotes the operation's name, '' for an anonymous query.
      const message = error.message.replace(/^'([^']*)' exceeds/, (_, name: string) => (name ? `Operation ${name} exceeds` : 'The query exceeds'));
      context.reportError(tooComplex(`${message} (MAX_QUERY_DEPTH ${maxDepth})`, { maxDepth }));
    };
    return rule(proxy) as ReturnType<ValidationRule>;
  };
}

/**
 * graphql-js only notices a missing Mutation type at execution, where it would surface as an internal error; the
 * read-only schema (no API_KEY) refuses mutations here instead, as a validation error that says why.
 */
export const rootOperationRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(
        new GraphQLError(`This server does not accept ${node.operation} operations: it is read-only unless API_KEY is set.`, { nodes: [node] }),
      );
    }
  },
});

/** The complexity rule needs the request's variables (`first: $n`), so it runs per request in didResolveOperation. */
export function complexityRule(maxComplexity: number, variables: Record<string, unknown>, operationName?: string): ValidationRule {
  return createComplexityRule({
    maximumComplexity: maxComplexity,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    createError: (max, actual) => tooComplex(`The query is too complex: ${actual} > ${max} (MAX_QUERY_COMPLEXITY).`, { complexity: actual, maxComplexity: max }),
  });
}

/**
 * The request's variables checked against the operation's definitions, as graphql-js would at execution: the
 * complexity rule reads them first and throws on a missing or mistyped one, which Apollo answered as a 500. The error
 * is BAD_USER_INPUT naming the variable, with HTTP 400.
 */
function checkVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, variables: Record<string, unknown>): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 1 });
  const error = coerced.errors?.[0];
  if (!error) return;
  const variable = /\$(\w+)/.exec(error.message)?.[1];
  const details = variable === undefined ? {} : { variable };
  throw new GraphQLError(error.message, {
    nodes: error.nodes,
    originalError: new AppError(ErrorCode.BAD_USER_INPUT, error.message, details),
    extensions: { code: ErrorCode.BAD_USER_INPUT, http: { status: 400 }, ...details },
  });
}

/** Accepted (operation name, variables) pairs kept per parsed document. */
const ACCEPTED_PER_DOCUMENT = 64;
/** Longer keys (a whole notice passed to ingestDocument, say) are not remembered: they would pin megabytes. */
const MAX_REMEMBERED_KEY = 2048;

/**
 * Runs the complexity rule with the request's variables, after parsing and validation and before execution. The
 * verdict depends only on the document, the operation name and the variables, so an accepted one is remembered per
 * document (Apollo hands the same DocumentNode back for a query text it has seen): a repeated query skips the extra
 * validation pass, a fifth of a small request's server time. A refused query is checked again each time.
 */
export function complexityPlugin(schema: GraphQLSchema, maxComplexity: number): ApolloServerPlugin<GraphQLContext> {
  const accepted = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          let inputs = accepted.get(document);
          if (!inputs) accepted.set(document, (inputs = new Set()));
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          if (inputs.has(key)) return;
          if (operation) checkVariables(schema, operation, request.variables ?? {});
          const errors = validate(schema, document, [complexityRule(maxComplexity, request.variables ?? {}, request.operationName ?? undefined)]);
          if (errors.length > 0) throw errors[0];
          if (key.length > MAX_REMEMBERED_KEY) return;
          if (inputs.size >= ACCEPTED_PER_DOCUMENT) inputs.clear();
          inputs.add(key);
        },
      };
    },
  };
}
