import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import type { Connection } from '../../src/db';
import { DISTRICT_PLAN, graphCounts, JOINT_PLAN, openSeededConnection } from '../helpers/test-db';

const CLI = path.join(PROJECT_ROOT, 'dist', 'src', 'cli', 'ingest.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cli-'));
const joint = fs.readFileSync(JOINT_PLAN);

function file(name: string, bytes: Buffer | string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}

function ingest(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, '--quiet', ...args], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let conn: Connection;
beforeAll(async () => {
  conn = await openSeededConnection();
});
afterAll(async () => {
  await conn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// 重庆 in GBK: D6D8 C7EC; 市人民政府办公厅 and 通知 likewise — what a GBK notice file looks like as bytes.
const GBK_NOTICE = Buffer.from('d6d8c7eccad0c8cbc3f1d5fef8aeb0ecb9abccfc0acda8d6aa0a', 'hex');
// Cut inside the first item (（一）指导思想), before anything of the plan is complete.
const cutAt = joint.indexOf(Buffer.from('（一）指导思想')) + 40;

describe('npm run ingest -- FILE (bad input)', () => {
  it.each([
    ['empty.txt', Buffer.alloc(0), 'INPUT_EMPTY'],
    ['blank.txt', '   \n\n  \n', 'INPUT_EMPTY'],
    ['binary.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x0a, 0xff, 0x00]), 'INPUT_BINARY'],
    ['gbk.txt', GBK_NOTICE, 'INPUT_ENCODING'],
    ['shopping.txt', 'Milk, eggs and bread.\nPay the electricity bill.\n', 'INPUT_NOT_A_NOTICE'],
    ['truncated.txt', joint.subarray(0, cutAt), 'INPUT_TRUNCATED'],
  ])('%s: exits 1 with the code, names the file, writes nothing', async (name, bytes, code) => {
    const before = await graphCounts(conn.db);
    const p = file(name, bytes);
    const r = ingest(p);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`[${code}]`);
    expect(r.stderr).toContain(p);
    expect(await graphCounts(conn.db)).toEqual(before);
  });

  it('says a GBK file looks like GBK, names its first line and how to convert it', () => {
    const r = ingest(file('gbk2.txt', GBK_NOTICE));
    expect(r.stderr).toMatch(/gbk2\.txt:1: .*GBK.*iconv/);
  });

  it('loads what is complete of a partial document and warns about the rest', async () => {
    // Cut inside the unit list of （十）: （一）–（九） are complete.
    const text = joint.toString('utf8');
    const partial = file('partial.txt', `${text.slice(0, text.indexOf('市高法院、重庆银保监局'))}`);
    const r = ingest('--dry-run', partial);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { documents: { measures: { number: string }[]; warnings: { line: number; message: string }[] }[] };
    expect(json.documents[0]?.measures.map((m) => m.number)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）', '（八）', '（九）']);
    expect(json.documents[0]?.warnings).toEqual([expect.objectContaining({ line: expect.any(Number), message: expect.stringContaining('（十）') })]);
  });
});

describe('npm run ingest -- --dry-run', () => {
  it('prints the whole JSON for two documents (more than a pipe buffer) without cutting it', () => {
    const r = spawnSync(process.execPath, [CLI, '--dry-run', JOINT_PLAN, DISTRICT_PLAN], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(65536);
    const json = JSON.parse(r.stdout) as { documents: { docNumber: string; measures: unknown[]; targets: { year: number; quantity: number; unit: string }[] }[] };
    // 24 measures in the joint plan; 5 body measures and 33 attachment items in the district plan.
    expect(json.documents.map((d) => [d.docNumber, d.measures.length])).toEqual([
      ['渝府办发〔2023〕51号', 24],
      ['永川府办发〔2022〕65号', 38],
    ]);
    // 到 2023 年 … 5 个以上; 到 2025 年 … 3 个以上 and 5 条以上.
    expect(json.documents[1]?.targets.map((t) => [t.year, t.quantity, t.unit])).toEqual([
      [2023, 5, '个'],
      [2025, 3, '个'],
      [2025, 5, '条'],
    ]);
  });

  it('prints the documented JSON shape and touches no database', () => {
    const r = spawnSync(process.execPath, [CLI, '--dry-run', JOINT_PLAN], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1' } });
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      documents: { docNumber: string; title: string; issuers: string[]; measures: { number: string; title: string; text: string; responsibilities: { asWritten: string; unit: string; jurisdiction: string }[] }[] }[];
    };
    const doc = json.documents[0];
    expect(doc?.docNumber).toBe('渝府办发〔2023〕51号');
    expect(doc?.issuers).toEqual(['重庆市人民政府办公厅', '四川省人民政府办公厅']);
    expect(doc?.measures).toHaveLength(24);
    const m5 = doc?.measures[4];
    expect(m5?.number).toBe('（五）');
    expect(m5?.title).toBe('畅通人才流动渠道');
    expect(m5?.responsibilities.slice(0, 2)).toEqual([
      expect.objectContaining({ asWritten: '重庆市人力社保局', unit: '重庆市人力社保局', jurisdiction: '重庆市' }),
      expect.objectContaining({ asWritten: '市公安局', unit: '重庆市公安局', jurisdiction: '重庆市' }),
    ]);
    expect(m5?.responsibilities[5]).toEqual(expect.objectContaining({ asWritten: '四川省人力资源社会保障厅', unit: '四川省人力资源社会保障厅', jurisdiction: '四川省' }));
  });
});

describe('npm run ingest -- FILE (good input)', () => {
  it('reloads a seed document, prints its report, and changes no count', async () => {
    const before = await graphCounts(conn.db);
    const r = ingest(JOINT_PLAN);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('渝府办发〔2023〕51号');
    expect(r.stdout).toMatch(/sections 7, measures 24, guarantees 4, attachment items 0/);
    expect(r.stdout).toMatch(/units 53, responsibilities 139, counterpart pairs 69/);
    expect(await graphCounts(conn.db)).toEqual(before);
  });

  it('between rejected files still loads the good ones, reports each file in order, and exits 1', async () => {
    const before = await graphCounts(conn.db);
    const empty = file('first-empty.txt', Buffer.alloc(0));
    const binary = file('middle-binary.txt', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]));
    const r = ingest(empty, JOINT_PLAN, binary, DISTRICT_PLAN);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('['))).toEqual([
      expect.stringMatching(new RegExp(`^\\[INPUT_EMPTY\\] ${empty}`)),
      expect.stringMatching(new RegExp(`^\\[INPUT_BINARY\\] ${binary}`)),
    ]);
    // Both seed documents reloaded (their reports, in the order given), nothing else written.
    expect(r.stdout.indexOf('渝府办发〔2023〕51号')).toBeGreaterThanOrEqual(0);
    expect(r.stdout.indexOf('永川府办发〔2022〕65号')).toBeGreaterThan(r.stdout.indexOf('渝府办发〔2023〕51号'));
    expect(r.stdout).toMatch(/sections 5, measures 5, guarantees \d+, attachment items 33/);
    expect(await graphCounts(conn.db)).toEqual(before);
  });
});
