import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { PROJECT_ROOT } from '../config';

/** Folder of the workbench's own pages and scripts (plain browser JS, no build step). */
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');

/**
 * The only content the workbench pages may load: this origin, plus data: URIs for the fonts GraphiQL's CSS inlines
 * and for cy.png() downloads. Any outside host (a CDN, a font service) is refused by the browser, so an analyst on
 * an offline machine gets exactly what the tests see. 'unsafe-inline' for styles only: React and CodeMirror set
 * style attributes; scripts stay 'self' only (no inline script anywhere in public/).
 */
export const WORKBENCH_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Browser builds served from node_modules by exact file (not whole package folders), so the vendor surface is these
 * files and nothing else. Resolved through package.json so hoisting or a nested install still finds them.
 */
const VENDOR_FILES: Record<string, [pkg: string, file: string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
  'cytoscape.min.js': ['cytoscape', 'dist/cytoscape.min.js'],
};

function packageDir(pkg: string): string {
  try {
    return path.dirname(require.resolve(`${pkg}/package.json`, { paths: [PROJECT_ROOT] }));
  } catch {
    return path.join(PROJECT_ROOT, 'node_modules', pkg);
  }
}

export function vendorFile(name: string): string | undefined {
  const entry = VENDOR_FILES[name];
  if (!entry) return undefined;
  const file = path.join(packageDir(entry[0]), entry[1]);
  return fs.existsSync(file) ? file : undefined;
}

function secure(_req: express.Request, res: express.Response, next: express.NextFunction): void {
  res.setHeader('Content-Security-Policy', WORKBENCH_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  next();
}

/** Mounts the analysts' workbench: the GraphQL IDE at / and /graphiql, the graph view at /graph, their assets. */
export function mountWorkbench(app: express.Express): void {
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(path.join(PUBLIC_DIR, file));
  };
  app.get(['/', '/graphiql'], secure, page('index.html'));
  app.get('/graph', secure, page('graph.html'));
  app.use('/static', secure, express.static(PUBLIC_DIR, { index: false, fallthrough: false, maxAge: '1h' }));
  app.get('/vendor/:file', secure, (req, res) => {
    const file = vendorFile(String(req.params.file));
    if (!file) {
      res.status(404).type('text/plain').send('not found');
      return;
    }
    res.sendFile(file, { maxAge: '1d' });
  });
}
