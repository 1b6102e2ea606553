import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { Config } from '../config';
import type { Database } from '../db';
import { AppError, ErrorCode } from '../errors';
import { createContext, GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { complexityPlugin, depthRule, rootOperationRule } from '../graphql/limits';
import { createSchema } from '../graphql/schema';
import { graphqlHttpHandler, isGraphQLPath } from './graphql-http';
import { mountWorkbench } from './workbench';

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  /** Listens on config.http (port 0 picks a free one) and resolves the actual base URL. */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

function presentedApiKey(req: http.IncomingMessage): string | undefined {
  const header = req.headers['x-api-key'];
  if (typeof header === 'string' && header !== '') return header;
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  return undefined;
}

/** The HTTP application: GraphQL at /graphql (plain node:http) plus the workbench pages (Express); no Apollo CDN landing page. */
export async function createApp(config: Config, db: Database): Promise<App> {
  const app = express();
  // Requests are routed once Apollo has started (the drain plugin needs the server before that).
  const httpServer = http.createServer();
  const schema = await createSchema({ withMutations: config.apiKey !== undefined });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    // On in every mode (Apollo turns it off under NODE_ENV=production): the workbench and GraphQL IDEs read the schema.
    introspection: true,
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
  const graphql = graphqlHttpHandler(apollo, async (req) => createContext(db, config, presentedApiKey(req)));
  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (isGraphQLPath(req.url)) graphql(req, res);
    else app(req, res);
  });

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
