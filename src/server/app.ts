import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from '../config';
import type { Database } from '../db';
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

  return {
    httpServer,
    apollo,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
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
