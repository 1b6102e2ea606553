/**
 * Imported first by `npm start`'s entry point: unless the environment says otherwise, the server runs as production.
 * graphql-js reads NODE_ENV once, when it loads, and in any other mode checks every type test for a second copy of
 * graphql in the process (about a twentieth of the server's time on a page of measures). Apollo's own production
 * default, no introspection, is overridden in app.ts: analysts' IDEs and the workbench need it.
 */
process.env.NODE_ENV ??= 'production';
