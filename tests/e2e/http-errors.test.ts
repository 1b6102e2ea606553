import type { Connection } from '../../src/db';
import { ErrorCode } from '../../src/errors';
import { App, createApp } from '../../src/server/app';
import { openTestConnection, testConfig } from '../helpers/test-db';

let conn: Connection;
let app: App;
let base: string;

beforeAll(async () => {
  conn = await openTestConnection();
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

describe('HTTP requests the server cannot take', () => {
  it('answers malformed JSON with 400 BAD_REQUEST as JSON, no stack trace', async () => {
    const r = await post('{"query": ');
    expect(r.status).toBe(400);
    expect(r.type).toMatch(/application\/json/);
    expect(r.json.errors?.[0]?.extensions.code).toBe(ErrorCode.BAD_REQUEST);
    expect(JSON.stringify(r.json)).not.toMatch(/node_modules|at /);
  });

  it('answers a body over 2 MB with 413 PAYLOAD_TOO_LARGE', async () => {
    const r = await post(JSON.stringify({ query: `{ documents { docNumber } } #${'x'.repeat(3 * 1024 * 1024)}` }));
    expect(r.status).toBe(413);
    expect(r.json.errors?.[0]?.extensions.code).toBe(ErrorCode.PAYLOAD_TOO_LARGE);
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
