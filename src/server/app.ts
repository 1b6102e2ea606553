import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from '../config';
import type { Database } from '../db';
import { AppError, ErrorCode } from '../errors';
import { createContext, GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { complexityPlugin, depthRule, rootOperationRule } from '../graphql/limits';
import { createSchema } from '../graphql/schema';
import { mountWorkbench } from './workbench';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Listens on config.http (port 0 picks a free one) and resolves the actual base URL. */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Body-parser failures (malformed JSON, a body over the limit) happen before Apollo sees the request; without this they
 * would get Express's HTML page with a stack trace. They get a GraphQL-shaped JSON error with a code instead.
 */
function bodyErrors(err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction): void {
  const type = (err as { type?: unknown }).type;
  if (type === 'entity.parse.failed') {
    res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: ErrorCode.BAD_REQUEST } }] });
    return;
  }
  if (type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'The request body is larger than the server accepts (2 MB).', extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }] });
    return;
  }
  next(err);
}

function presentedApiKey(req: express.Request): string | undefined {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  return undefined;
}

/**
 * Answers are never cacheable. Apollo's cache-control plugin used to send this header; it is disabled because it wraps
 * every field resolver to compute cache hints this API never sets.
 */
const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader('cache-control', 'no-store');
  next();
};

/** The HTTP application: GraphQL at /graphql plus the static workbench pages; no Apollo CDN landing page. */
export async function createApp(config: Config, db: Database): Promise<App> {
  const app = express();
  // GraphQL answers are POSTed and never cached (see noStore); an ETag would only cost a hash of every response body.
  app.set('etag', false);
  const httpServer = http.createServer(app);
  const schema = await createSchema({ withMutations: config.apiKey !== undefined });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: [rootOperationRule, depthRule(config.limits.maxDepth)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      complexityPlugin(schema, config.limits.maxComplexity),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  mountWorkbench(app);
  app.use(
    '/graphql',
    noStore,
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => createContext(db, config, presentedApiKey(req)) }),
  );
  app.use(bodyErrors);

  return {
    httpServer,
    apollo,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', (e: NodeJS.ErrnoException) =>
          reject(
            e.code === 'EADDRINUSE'
              ? new AppError(ErrorCode.PORT_IN_USE, `HTTP port ${config.http.port} on ${config.http.host} is already in use: stop what listens there or set PORT (0 = any free port).`)
              : e,
          ),
        );
        httpServer.listen(config.http.port, config.http.host, () => {
          const addr = httpServer.address();
          const port = typeof addr === 'object' && addr ? addr.port : config.http.port;
          const host = config.http.host === '0.0.0.0' || config.http.host === '127.0.0.1' ? 'localhost' : config.http.host;
          resolve(`http://${host}:${port}`);
        });
      }),
    stop: async () => {
      await apollo.stop();
    },
  };
}
