import type { Connection } from '../../src/db';
import { ErrorCode } from '../../src/errors';
import { App, createApp } from '../../src/server/app';
import { loadSeeds, openTestConnection, testConfig } from '../helpers/test-db';

let conn: Connection;
let app: App;
let base: string;

beforeAll(async () => {
  conn = await openTestConnection();
  await loadSeeds(conn.db);
  app = await createApp(testConfig(), conn.db);
  base = await app.listen();
});

afterAll(async () => {
  await app?.stop();
  await conn?.close();
});

async function post(body: string): Promise<{ status: number; type: string | null; json: { errors?: { message: string; extensions: { code: string } }[] } }> {
  const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: res.status, type: res.headers.get('content-type'), json: (await res.json()) as never };
}

describe('the GraphQL endpoint over HTTP', () => {
  it('answers POST at /graphql and /graphql/, marked never cacheable', async () => {
    for (const path of ['/graphql', '/graphql/']) {
      const res = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ document(docNumber: "渝府办发〔2023〕51号") { docNumber } }' }) });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(await res.json()).toEqual({ data: { document: { docNumber: '渝府办发〔2023〕51号' } } });
    }
  });

  it('answers a GET query (from the query string) and leaves other paths to the workbench', async () => {
    const query = encodeURIComponent('{ unit(name: "人行 永川中心支行") { name } }');
    const res = await fetch(`${base}/graphql?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { unit: { name: '人行永川中心支行' } } });
    expect((await fetch(`${base}/graphqlx`)).status).toBe(404);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});

describe('HTTP requests the server cannot take', () => {
  it('answers malformed JSON with 400 BAD_REQUEST as JSON, no stack trace', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/application\/json/);
    expect(r.json.errors?.[0]?.extensions.code).toBe(ErrorCode.BAD_REQUEST);
    expect(JSON.stringify(r.json)).not.toMatch(/node_modules|at /);
  });

  it.each([
    ['a missing variable', { query: 'query($m: ID!) { measure(id: $m) { id } }' }, 'm'],
    ['a variable of the wrong type', { query: 'query($n: Int) { measures(first: $n) { totalCount } }', variables: { n: 'ten' } }, 'n'],
  ])('answers %s with 400 BAD_USER_INPUT naming it, not an internal error', async (_, body, variable) => {
    const r = await post(JSON.stringify(body));
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, variable });
    expect(r.json.errors?.[0]?.message).toContain(`$${variable}`);
  });

  it('answers a body over 2 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await post(JSON.stringify({ query: `{ documents { docNumber } } #${'x'.repeat(3 * 1024 * 1024)}` }));
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.extensions.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
  });

  it('refuses a simple cross-site POST (text/plain) before running it: Apollo\'s CSRF prevention is on this path too', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ stats { measures } }"}' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('answers a body in a charset it cannot read with a 4xx BAD_REQUEST as JSON', async () => {
    const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json; charset=gbk' }, body: '{"query":"{ stats { measures } }"}' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(ErrorCode.BAD_REQUEST);
  });

  it('refuses to start on an HTTP port that is taken, with PORT_IN_USE naming PORT', async () => {
    const port = new URL(base).port;
    const second = await createApp(testConfig({ PORT: port }), conn.db);
    try {
      await expect(second.listen()).rejects.toMatchObject({ code: ErrorCode.PORT_IN_USE, message: expect.stringContaining(`HTTP port ${port}`) });
    } finally {
      await second.stop();
    }
  });
});
