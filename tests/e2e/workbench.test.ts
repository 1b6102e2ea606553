import fs from 'node:fs';
import path from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { Connection } from '../../src/db';
import { App, createApp } from '../../src/server/app';
import { WORKBENCH_CSP } from '../../src/server/workbench';
import { loadSeeds, openTestConnection, resetGraph, testConfig } from '../helpers/test-db';

/**
 * The analysts' workbench in a real headless Chromium (Debian's /usr/bin/chromium; no browser is ever downloaded).
 * Every request to a host other than localhost is aborted and recorded, so "works offline" is checked, not assumed.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(PROJECT_ROOT, 'test-artifacts');
const DOC_IMAGES = path.join(PROJECT_ROOT, 'docs', 'images');
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

interface Watched {
  page: Page;
  context: BrowserContext;
  outside: string[];
  errors: string[];
}

let connection: Connection;
let app: App;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  connection = await openTestConnection();
  await resetGraph(connection.db);
  await loadSeeds(connection.db);
  app = await createApp(testConfig(), connection.db);
  base = await app.listen();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await connection?.close();
});

/** A fresh context (empty localStorage) whose every non-local request is blocked and written down. */
async function open(url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 860 }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const outside: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname)) return route.continue();
    outside.push(url.href);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // A CSP violation is reported on the console: it would mean the page tried something its policy forbids.
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${base}${url}`);
  return { page, context, outside, errors };
}

async function shot(page: Page, name: string): Promise<void> {
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  // The README's pictures are refreshed on purpose only, so an ordinary test run leaves the work tree clean.
  if (process.env.UPDATE_DOC_IMAGES === '1') {
    fs.mkdirSync(DOC_IMAGES, { recursive: true });
    fs.copyFileSync(file, path.join(DOC_IMAGES, `${name}.png`));
  }
}

describe('workbench HTTP routes', () => {
  it('serves the IDE at / and /graphiql and the graph at /graph with a strict CSP', async () => {
    for (const p of ['/', '/graphiql', '/graph']) {
      const res = await fetch(`${base}${p}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(WORKBENCH_CSP);
      expect(res.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
      const html = await res.text();
      // No page names an outside host: every script and stylesheet is a path on this server.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it('serves the vendor builds from node_modules and nothing else', async () => {
    for (const f of ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'graphiql.min.css', 'cytoscape.min.js']) {
      const res = await fetch(`${base}/vendor/${f}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toBe(WORKBENCH_CSP);
    }
    expect((await fetch(`${base}/vendor/package.json`)).status).toBe(404);
    expect((await fetch(`${base}/vendor/..%2Fpackage.json`)).status).toBe(404);
    // send refuses a path that climbs out of public/ (403) rather than pretending it is missing.
    expect([403, 404]).toContain((await fetch(`${base}/static/..%2F..%2Fpackage.json`)).status);
  });
});

describe('GraphQL IDE', () => {
  it('loads offline, runs a query for the documents and shows the answer', async () => {
    const w = await open('/?example=documents');
    await w.page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    await w.page.click('.graphiql-execute-button');
    await w.page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('渝府办发〔2023〕51号'), undefined, { timeout: 30_000 });
    const answer = (await w.page.textContent('.graphiql-response')) ?? '';
    expect(answer).toContain('永川府办发〔2022〕65号');
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('opens with the saved examples and answers the counterpart question from the examples panel', async () => {
    const w = await open('/');
    await w.page.waitForSelector('.graphiql-execute-button', { timeout: 30_000 });
    const tabs = await w.page.locator('.graphiql-tab').allTextContents();
    expect(tabs.join(' ')).toEqual(expect.stringContaining('SichuanCounterpart'));
    expect(tabs.join(' ')).toEqual(expect.stringContaining('SearchMeasures'));
    // The examples panel is open and titled in both languages.
    expect(await w.page.textContent('.pg-examples')).toContain('对口单位');
    await w.page.click('[data-example="counterpart"]');
    await w.page.click('.graphiql-execute-button');
    await w.page.waitForFunction(() => document.querySelector('.graphiql-response')?.textContent?.includes('成都海关'), undefined, { timeout: 30_000 });
    expect(await w.page.textContent('.graphiql-response')).toContain('FUNCTIONAL_LINE');
    await shot(w.page, 'ide');
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('graph view', () => {
  const MEASURE = 'doc:渝府办发〔2023〕51号/二/（一）';

  it('draws the neighbourhood of 重庆海关, expands a clicked measure, shows its details and exports a PNG', async () => {
    const w = await open('/graph?focus=unit:重庆海关');
    const page = w.page;
    await page.waitForFunction((id) => {
      const pg = (window as unknown as { policyGraph?: { cy: { getElementById(i: string): { nonempty(): boolean } } } }).policyGraph;
      return pg?.cy.getElementById(id).nonempty() === true;
    }, MEASURE, { timeout: 30_000 });
    expect(await page.textContent('#panel')).toContain('重庆海关');
    expect(await page.textContent('#legend')).toContain('单位 Unit');
    // The (animated) layout must have stopped before clicking where the node is drawn.
    await page.waitForFunction(() => (window as unknown as { policyGraph: { settled(): boolean } }).policyGraph.settled(), undefined, { timeout: 30_000 });

    const before = await page.evaluate(() => (window as unknown as { policyGraph: { cy: { nodes(): { length: number } } } }).policyGraph.cy.nodes().length);
    const at = await page.evaluate((id) => {
      type Cy = { getElementById(i: string): { renderedPosition(): { x: number; y: number } }; container(): HTMLElement };
      const cy = (window as unknown as { policyGraph: { cy: Cy } }).policyGraph.cy;
      const p = cy.getElementById(id).renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    }, MEASURE);
    await page.mouse.click(at.x, at.y);

    await page.waitForFunction(() => document.querySelector('.measure-text')?.textContent?.includes('关银一key通'), undefined, { timeout: 30_000 });
    expect(await page.textContent('#panel .node-title')).toContain('开展贸易监管模式协同创新');
    expect(await page.textContent('#panel')).toContain('成都海关（四川省）');
    await page.waitForFunction(
      (n) => (window as unknown as { policyGraph: { cy: { nodes(): { length: number } } } }).policyGraph.cy.nodes().length > n,
      before,
      { timeout: 30_000 },
    );
    // The platforms the measure mentions came in with its neighbourhood.
    expect(await page.textContent('#legend')).toContain('Platform');
    await page.waitForFunction(() => (window as unknown as { policyGraph: { settled(): boolean } }).policyGraph.settled(), undefined, { timeout: 30_000 });
    await shot(page, 'graph');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    const file = path.join(ARTIFACTS, 'graph-export.png');
    await download.saveAs(file);
    expect(fs.readFileSync(file).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('focuses a unit found by an alias and measures found by full-text search', async () => {
    const w = await open('/graph?focus=unit:重庆海关');
    const page = w.page;
    await page.waitForSelector('#legend li');
    // 市商务委 is how the 重庆 lists write 重庆市商务委: the view must land on that unit.
    await page.fill('#find', '市商务委');
    await page.click('#find-form button');
    await page.waitForFunction(() => document.querySelector('#panel')?.textContent?.includes('重庆市商务委'), undefined, { timeout: 30_000 });
    expect(await page.textContent('#panel .type-tag')).toContain('Unit');
    await page.fill('#find', '单一窗口');
    await page.click('#find-form button');
    await page.waitForFunction(() => document.querySelector('.search-hits')?.textContent?.includes('单一窗口'), undefined, { timeout: 30_000 });
    await page.waitForFunction(() => document.querySelector('#panel .type-tag')?.textContent?.includes('Measure'), undefined, { timeout: 30_000 });
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('draws a path between two units given by name', async () => {
    const w = await open('/graph?from=重庆海关&to=成都海关');
    await w.page.waitForFunction(() => document.getElementById('status')?.textContent?.startsWith('Path:'), undefined, { timeout: 30_000 });
    const onPath = await w.page.evaluate(() => (window as unknown as { policyGraph: { cy: { $(s: string): { length: number } } } }).policyGraph.cy.$('node.path').length);
    expect(onPath).toBe(2); // 重庆海关 —COUNTERPART— 成都海关
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
