import type http from 'node:http';
import { ApolloServer, HeaderMap, HTTPGraphQLRequest } from '@apollo/server';
import bodyParser from 'body-parser';
import { ErrorCode } from '../errors';

export const GRAPHQL_PATH = '/graphql';
const BODY_LIMIT = '2mb';

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * The paths Express's `app.use('/graphql')` took: /graphql and anything below it, in any letter case, with or without
 * a query string (GET queries); an absolute-form request target (http://host/graphql) by its path.
 */
export function isGraphQLPath(url: string | undefined): boolean {
  let path = (url ?? '').split('?', 1)[0] ?? '';
  if (!path.startsWith('/')) {
    try {
      path = new URL(path).pathname;
    } catch {
      return false;
    }
  }
  path = path.toLowerCase();
  return path === GRAPHQL_PATH || path.startsWith(`${GRAPHQL_PATH}/`);
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Body-parser failures happen before Apollo sees the request; they get a GraphQL-shaped JSON error with a code, never
 * an HTML page or a stack trace.
 */
function sendBodyError(res: http.ServerResponse, err: unknown): void {
  const { type, status } = err as { type?: unknown; status?: unknown };
  if (type === 'entity.too.large') {
    sendJson(res, 413, { errors: [{ message: 'The request body is larger than the server accepts (2 MB).', extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
    return;
  }
  if (typeof status !== 'number' || status < 400 || status >= 500) {
    // The server's own fault while reading (a stream already decoded, …): masked like any internal error.
    sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
    return;
  }
  const message = type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : `The request body cannot be read: ${(err as Error).message}`;
  sendJson(res, status, { errors: [{ message, extensions: { code: ErrorCode.BAD_REQUEST } }] });
}

/**
 * GraphQL over plain node:http, the way Apollo's own standalone server does it (body-parser's JSON reader, then
 * executeHTTPGraphQLRequest), without Express's router on the path every query takes: on this API's small queries
 * the router, its middleware chain and `res.send` were a tenth of the server's time per request. Answers are never
 * cacheable (no-store); Apollo's cache-control plugin is off because it wraps every field resolver.
 */
export function graphqlHttpHandler<TContext extends object>(apollo: ApolloServer<TContext>, context: (req: http.IncomingMessage) => Promise<TContext>): Handler {
  apollo.assertStarted('graphqlHttpHandler()');
  const readJson = bodyParser.json({ limit: BODY_LIMIT });
  const execute = async (req: http.IncomingMessage & { body?: unknown }, res: http.ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      headers,
      search: q === -1 ? '' : url.slice(q),
      body: req.body,
    };
    const response = await apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest, context: () => context(req) });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('cache-control', 'no-store');
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    readJson(req, res, (err?: unknown) => {
      if (err) {
        sendBodyError(res, err);
        return;
      }
      execute(req, res).catch((e: unknown) => {
        // executeHTTPGraphQLRequest turns resolver and context errors into GraphQL responses; reaching here means the
        // connection itself failed mid-answer.
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
        else res.destroy(e as Error);
      });
    });
  };
}
