import fs from 'node:fs';
import net from 'node:net';
import neo4j from 'neo4j-driver';
import { CypherRegistry, Database } from '../../src/db';
import type { Connection } from '../../src/db';
import { App, createApp } from '../../src/server/app';
import { startFreezableProxy } from '../helpers/freezable-proxy';
import { postGraphQL } from '../helpers/graphql-client';
import { ingestPrepared, prepareText } from '../../src/ingestion/pipeline';
import { JOINT_PLAN, removeDocument, startSeededApi, stopSeededApi, testConfig } from '../helpers/test-db';

/**
 * The API over real HTTP against the real Neo4j with both seed documents loaded. Expected answers come from reading
 * seed/000 (渝府办发〔2023〕51号, the joint 川渝 plan) and seed/004 (永川府办发〔2022〕65号, the 永川 district plan).
 */

const JOINT = 'doc:渝府办发〔2023〕51号';
const DISTRICT = 'doc:永川府办发〔2022〕65号';
const API_KEY = 'e2e-test-api-key';

let conn: Connection;
let app: App;
let base: string;

beforeAll(async () => {
  ({ conn, app, base } = await startSeededApi());
});

afterAll(() => stopSeededApi({ conn, app }));

/** Row 2 of the 永川 table, its 改革事项 cell written out from seed/004 (line 146) without the <p> markup. */
const ROW_2_TEXT =
  '跨境金融区块链服务平台试点。选取“出口应收账款融资（发货后）”和“企业跨境信用信息授权查证”两个业务场景作为突破口，通过区块链数据不可篡改特性，把企业提交融资申请、融资受理、融资审核、放款登记整个业务流程放在平台上进行管理。将出口贸易融资中核心单据“出口报关单”信息通过区块链系统进行查验，验证单据的真实性，自动计算对应报关单的可融资余额，防止重复融资和超额融资，同时融资效率大大提高。';

const names = (list: { unit: { name: string } }[]): string[] => list.map((c) => c.unit.name).sort();

describe('documents and measures', () => {
  test('both documents with issuers, sections and measures in document order', async () => {
    const res = await postGraphQL<{
      documents: { docNumber: string; otherDocNumbers: string[]; issuers: { name: string }[]; sections: { number: string; kind: string }[]; measures: { number: string; order: number; kind: string }[] }[];
    }>(base, '{ documents { docNumber otherDocNumbers issuers { name } sections { number kind } measures { number order kind } } }');
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const docs = res.body.data!.documents;
    expect(docs.map((d) => d.docNumber).sort()).toEqual(['永川府办发〔2022〕65号', '渝府办发〔2023〕51号']);
    const joint = docs.find((d) => d.docNumber === '渝府办发〔2023〕51号')!;
    expect(joint.issuers.map((u) => u.name)).toEqual(['重庆市人民政府办公厅', '四川省人民政府办公厅']);
    // The two offices issued it under one number.
    expect(docs.map((d) => d.otherDocNumbers)).toEqual([[], []]);
    // Measures run （一）…（二十四） across sections 二–六; 一、总体要求 and 七、保障措施 are not measures.
    expect(joint.measures).toHaveLength(24);
    expect(joint.measures[0]!.number).toBe('（一）');
    expect(joint.measures[23]!.number).toBe('（二十四）');
    const orders = joint.measures.map((m) => m.order);
    expect([...orders].sort((a, b) => a - b)).toEqual(orders);
    const district = docs.find((d) => d.docNumber === '永川府办发〔2022〕65号')!;
    expect(district.sections.at(-1)).toEqual({ number: '附件', kind: 'ATTACHMENT' });
    expect(district.measures.filter((m) => m.kind === 'ATTACHMENT_ITEM').length).toBe(33);
  });

  test('the targets the 永川 plan sets, as its 发展目标 states them', async () => {
    type T = { text: string; year: number | null; quantity: number | null; quantityFrom: number | null; unit: string | null; comparator: string | null; subject: string | null };
    const res = await postGraphQL<{ document: { targets: T[] } }>(
      base,
      'query($n: String!) { document(docNumber: $n) { targets { text year quantity quantityFrom unit comparator subject } } }',
      { n: '永川府办发〔2022〕65号' },
    );
    expect(res.body.errors).toBeUndefined();
    // 到 2023 年，…探索打造与重庆自贸区接轨的项目和案例 5 个以上。到 2025 年，力争提供创新案例 3 个以上，…可复制、可推广的创新试点经验 5 条以上。
    expect(res.body.data!.document.targets.map((t) => [t.year, t.quantity, t.quantityFrom, t.unit, t.comparator, t.subject])).toEqual([
      [2023, 5, null, '个', '以上', '项目和案例'],
      [2025, 3, null, '个', '以上', '创新案例'],
      [2025, 5, null, '条', '以上', '创新试点经验'],
    ]);
    expect(res.body.data!.document.targets[1]!.text).toBe('到 2025 年，力争提供创新案例 3 个以上');
  });

  test('measure （一） of the joint plan: units, pairs and its passage in the source', async () => {
    const res = await postGraphQL<{ measure: { number: string; section: { number: string }; responsibilities: { asWritten: string; listIndex: number; unit: { name: string } }[]; counterpartPairs: { unitA: { name: string }; unitB: { name: string } }[]; source: { excerpt: string } } }>(
      base,
      `query($id: ID!) { measure(id: $id) { number section { number } responsibilities { asWritten listIndex unit { name } }
         counterpartPairs { basis unitA { name } unitB { name } } source { excerpt } } }`,
      { id: `${JOINT}/二/（一）` },
    );
    expect(res.status).toBe(200);
    const m = res.body.data!.measure;
    expect(m.number).toBe('（一）');
    expect(m.section.number).toBe('二');
    expect(m.responsibilities.map((r) => `${r.listIndex}:${r.unit.name}`)).toEqual(['0:重庆海关', '0:重庆银保监局', '1:成都海关', '1:四川银保监局']);
    expect(m.counterpartPairs.map((p) => `${p.unitA.name}-${p.unitB.name}`).sort()).toEqual(['重庆海关-成都海关', '重庆银保监局-四川银保监局']);
    expect(m.source.excerpt.startsWith('（一）开展贸易监管模式协同创新。')).toBe(true);
    expect(m.source.excerpt).toContain('（责任单位：重庆海关、重庆银保监局；成都海关、四川银保监局）');
  });

  test('a page carries each responsibility and unit whole, as PolicyDocument.measures gives them', async () => {
    // The page and PolicyDocument.measures reach responsibilities by different statements (list-measures' positional
    // lists, get-responsibilities-by-item-ids' maps); each request has its own loaders, so neither answer is the
    // other's cache. All 24 measures, so that a list given to the wrong measure would show.
    const fields = `id source { start excerpt } responsibilities { asWritten jurisdiction listIndex position role start end
      unit { id name aliases officialName kind jurisdiction { name } functionalLine { key } } }`;
    type R = { asWritten: string; jurisdiction: string; listIndex: number; position: number; role: string; start: number; end: number; unit: { name: string; jurisdiction: { name: string } } };
    type M = { id: string; source: { start: number; excerpt: string }; responsibilities: R[] };
    const page = await postGraphQL<{ measures: { edges: { node: M }[] } }>(
      base,
      `{ measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 24) { edges { node { ${fields} } } } }`,
    );
    expect(page.body.errors).toBeUndefined();
    const nodes = page.body.data!.measures.edges.map((e) => e.node);
    expect(nodes).toHaveLength(24);
    const first = nodes[0]!;
    expect(first.id).toBe(`${JOINT}/二/（一）`);
    // （责任单位：重庆海关、重庆银保监局；成都海关、四川银保监局）
    expect(first.responsibilities.map((r) => [r.asWritten, r.jurisdiction, r.listIndex, r.position, r.role, r.unit.name, r.unit.jurisdiction.name])).toEqual([
      ['重庆海关', '重庆市', 0, 0, 'RESPONSIBLE', '重庆海关', '重庆市'],
      ['重庆银保监局', '重庆市', 0, 1, 'RESPONSIBLE', '重庆银保监局', '重庆市'],
      ['成都海关', '四川省', 1, 0, 'RESPONSIBLE', '成都海关', '四川省'],
      ['四川银保监局', '四川省', 1, 1, 'RESPONSIBLE', '四川银保监局', '四川省'],
    ]);
    // Offsets are in the document's text: each one frames the name as written.
    for (const m of nodes) {
      for (const r of m.responsibilities) expect(m.source.excerpt.slice(r.start - m.source.start, r.end - m.source.start)).toBe(r.asWritten);
    }

    const doc = await postGraphQL<{ document: { measures: M[] } }>(base, `query($d: String!) { document(docNumber: $d) { measures { ${fields} } } }`, { d: '渝府办发〔2023〕51号' });
    expect(doc.body.errors).toBeUndefined();
    expect(nodes).toEqual(doc.body.data!.document.measures);
  });

  test('a lean page (ids, numbers, titles, unit names) answers as the whole records do, and leaves other fields whole', async () => {
    // Asked for no more than this, list-measures returns lean records (src/loaders/measure.loader.ts, primePage).
    const lean = 'id number title kind order responsibilities { unit { id name } }';
    type L = { id: string; number: string; title: string; kind: string; order: number; responsibilities: { unit: { id: string; name: string } }[] };
    const both = await postGraphQL<{ lean: { totalCount: number; edges: { cursor: string; node: L }[] }; whole: { edges: { cursor: string; node: L & { text: string } }[] } }>(
      base,
      `{ lean: measures(filter: { jurisdiction: "重庆市" }, first: 60) { totalCount edges { cursor node { ${lean} } } }
         whole: measures(filter: { jurisdiction: "重庆市" }, first: 60) { edges { cursor node { ${lean} text } } } }`,
    );
    expect(both.body.errors).toBeUndefined();
    const { lean: l, whole: w } = both.body.data!;
    // Every measure with a 重庆 or 永川 unit: the joint plan's 24 and the district plan's 33 table rows (its five body
    // measures name no units).
    expect(l.totalCount).toBe(57);
    expect(l.edges).toEqual(w.edges.map(({ cursor, node: { text: _text, ...node } }) => ({ cursor, node })));
    // Table row 18 (鼓励企业主动披露自查自报): 永川海关 alone.
    const row18 = l.edges.find((e) => e.node.id === `${DISTRICT}/附件/18`)?.node;
    expect(row18?.responsibilities.map((r) => r.unit.name)).toEqual(['永川海关']);

    // The same units asked for whole elsewhere in the same operation get whole records: the lean page's partial ones are
    // kept with its nodes, not primed into the loaders (which keep the first record primed for a key).
    type Whole = { responsibilities: { unit: { name: string; kind: string; aliases: string[]; functionalLine: { key: string } } }[] };
    const mixed = await postGraphQL<{ page: { edges: { node: { responsibilities: { unit: { name: string } }[] } }[] }; measure: Whole }>(
      base,
      `{ page: measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 1) { edges { node { responsibilities { unit { name } } } } }
         measure(id: "${JOINT}/二/（一）") { responsibilities { unit { name kind aliases functionalLine { key } } } } }`,
    );
    expect(mixed.body.errors).toBeUndefined();
    expect(mixed.body.data!.page.edges[0]!.node.responsibilities.map((r) => r.unit.name)).toEqual(['重庆海关', '重庆银保监局', '成都海关', '四川银保监局']);
    expect(mixed.body.data!.measure.responsibilities[0]!.unit).toMatchObject({ name: '重庆海关', kind: 'VERTICAL_AGENCY', functionalLine: { key: 'customs' } });
    expect(mixed.body.data!.measure.responsibilities[0]!.unit.aliases).toContain('重庆海关');
  });

  test('measures connection: filters, totalCount and cursor pages that neither repeat nor skip', async () => {
    const q = `query($after: String) { measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 10, after: $after) {
      totalCount edges { cursor node { number } } pageInfo { hasNextPage endCursor } } }`;
    type Page = { measures: { totalCount: number; edges: { node: { number: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res: Awaited<ReturnType<typeof postGraphQL<Page>>> = await postGraphQL<Page>(base, q, { after });
      expect(res.body.errors).toBeUndefined();
      const page = res.body.data!.measures;
      expect(page.totalCount).toBe(24);
      seen.push(...page.edges.map((e) => e.node.number));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(24);

    const byUnit = await postGraphQL<{ measures: { totalCount: number; edges: { node: { id: string } }[] } }>(
      base,
      '{ measures(filter: { unit: "永川海关" }) { totalCount edges { node { id } } } }',
    );
    // 永川海关 is the responsible unit of table rows 18 (鼓励企业主动披露自查自报) and 30 (深化海关税款担保改革) only.
    expect(byUnit.body.data!.measures.totalCount).toBe(2);
    expect(byUnit.body.data!.measures.edges.map((e) => e.node.id)).toEqual([`${DISTRICT}/附件/18`, `${DISTRICT}/附件/30`]);

    const byPlatform = await postGraphQL<{ measures: { edges: { node: { number: string } }[] } }>(
      base,
      '{ measures(filter: { platform: "中欧班列", jurisdiction: "四川省" }) { edges { node { number } } } }',
    );
    expect(byPlatform.body.data!.measures.edges.map((e) => e.node.number)).toContain('（六）');

    // 中新数据通道 is how table row 32 shortens 中新（重庆）国际互联网数据专用通道 (row 32 writes both; the joint plan's
    // （十三） only the full name): a filter by either name finds both measures.
    type Mentions = { measures: { edges: { node: { id: string; platforms: { name: string; asWritten: string; aliases: string[] }[] } }[] } };
    for (const name of ['中新数据通道', '国际互联网数据专用通道']) {
      const res = await postGraphQL<Mentions>(base, `{ measures(filter: { platform: "${name}" }) { edges { node { id platforms { name asWritten aliases } } } } }`);
      expect(res.body.data!.measures.edges.map((e) => e.node.id)).toEqual([`${DISTRICT}/附件/32`, `${JOINT}/四/（十三）`]);
    }
    // Row 31 writes 陆海新通道: the platform is 西部陆海新通道, as the joint plan's （七） names it.
    const row31 = await postGraphQL<{ measure: { platforms: { name: string; asWritten: string; aliases: string[] }[] } }>(
      base,
      `{ measure(id: "${DISTRICT}/附件/31") { platforms { name asWritten aliases } } }`,
    );
    expect(row31.body.data!.measure.platforms).toContainEqual({ name: '西部陆海新通道', asWritten: '陆海新通道', aliases: ['陆海新通道'] });
  });

  test('measures without a filter: every measure of both documents, document by document, in order', async () => {
    type Ids = { edges: { node: { id: string } }[] };
    const res = await postGraphQL<{ documents: { docNumber: string; measures: { id: string }[] }[]; all: Ids & { totalCount: number }; none: { totalCount: number }; nowhere: { totalCount: number } }>(
      base,
      `{ documents { docNumber measures { id } }
         all: measures(first: 200) { totalCount edges { node { id } } }
         none: measures(filter: { docNumber: "渝府办发〔2023〕5" }) { totalCount }
         nowhere: measures(filter: { jurisdiction: "泸州市" }) { totalCount } }`,
    );
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data!;
    // Pages run in document-id order: doc:永川府办发… sorts before doc:渝府办发… (永 U+6C38 < 渝 U+6E1D).
    const byNumber = new Map(data.documents.map((d) => [d.docNumber, d.measures.map((m) => m.id)]));
    const expected = [...byNumber.get('永川府办发〔2022〕65号')!, ...byNumber.get('渝府办发〔2023〕51号')!];
    expect(expected.length).toBeGreaterThan(24 + 33 - 1);
    expect(data.all.totalCount).toBe(expected.length);
    expect(data.all.edges.map((e) => e.node.id)).toEqual(expected);
    // A number that is only the beginning of a document's (渝府办发〔2023〕5 of 渝府办发〔2023〕51号: the statement seeks
    // by prefix, then compares whole numbers) matches nothing, nor does a known jurisdiction no unit belongs to (泸州市;
    // one the table does not know is NOT_FOUND, see "filter values" below).
    expect(data.none.totalCount).toBe(0);
    expect(data.nowhere.totalCount).toBe(0);
  });
});

describe('attachment tables', () => {
  type Row = {
    number: string;
    kind: string;
    title: string;
    text: string;
    tableRow: { deadline: string | null; category?: string | null; cells: { header: string; role: string; text: string }[] } | null;
  };
  const tableQuery = 'query($n: String!) { document(docNumber: $n) { measures { number kind title text tableRow { deadline cells { header role text } } } } }';

  test('a row of the 永川 table keeps its three cells under their headers; a measure of the body has no table row', async () => {
    const res = await postGraphQL<{ document: { measures: Row[] } }>(base, tableQuery, { n: '永川府办发〔2022〕65号' });
    expect(res.body.errors).toBeUndefined();
    const measures = res.body.data!.document.measures;
    expect(measures.find((m) => m.kind === 'MEASURE')?.tableRow).toBeNull();
    const row2 = measures.find((m) => m.kind === 'ATTACHMENT_ITEM' && m.number === '2')!;
    expect(row2.title).toBe('跨境金融区块链服务平台试点');
    expect(row2.text).toBe(ROW_2_TEXT);
    expect(row2.tableRow).toEqual({
      deadline: null,
      cells: [
        { header: '序号', role: 'NUMBER', text: '2' },
        { header: '改革事项', role: 'TEXT', text: ROW_2_TEXT },
        { header: '责任单位', role: 'UNITS', text: '人行永川中心支行、区金融办' },
      ],
    });
  });

  test('a wider table (任务 / 具体措施 / 牵头 / 配合 / 完成时限 / 备注) loads with titles, texts, roles and deadlines', async () => {
    const docNumber = '永川府办发〔2099〕7号';
    const text = [
      '重庆市永川区人民政府办公室',
      '',
      '关于印发测试实施方案的通知',
      '',
      `${docNumber}`,
      '',
      '各镇人民政府、街道办事处，区政府各部门：',
      '',
      '《测试实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '',
      '重庆市永川区人民政府办公室',
      '',
      '2099年1月2日',
      '',
      '测试实施方案',
      '',
      '一、重点任务',
      '',
      '（一）推进监管创新。按清单推进。（责任单位：区市场监管局）',
      '',
      '附件',
      '',
      '重点任务清单',
      '',
      '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\t备注',
      '一、监管创新\t\t\t\t\t\t',
      '1\t推进信用监管\t<p>归集市场主体信用信息，实施分类监管。</p>\t区市场监管局\t区金融办\t2099年12月底前\t',
      '二、金融服务\t\t\t\t\t\t',
      '2\t深化跨境金融服务\t<p>扩大跨境金融区块链服务平台应用。</p>\t人行永川中心支行\t\t持续推进\t新增',
      '',
      '抄送：区委办。',
      '',
      '重庆市永川区人民政府办公室',
      '',
      '2099年1月3日印发',
    ].join('\n');
    const id = prepareText(text, 'wide-table.txt').rows.document.id;
    try {
      await ingestPrepared(conn.db, prepareText(text, 'wide-table.txt'));
      const res = await postGraphQL<{ document: { measures: (Row & { responsibilities: { role: string; unit: { name: string } }[] })[] } }>(
        base,
        'query($n: String!) { document(docNumber: $n) { measures { number kind title text responsibilities { role unit { name } } tableRow { deadline category cells { header role text } } } } }',
        { n: docNumber },
      );
      expect(res.body.errors).toBeUndefined();
      const rows = res.body.data!.document.measures.filter((m) => m.kind === 'ATTACHMENT_ITEM');
      // A category row (一、监管创新⇥⇥…) heads the rows below it and is no row of its own.
      expect(rows.map((m) => [m.number, m.title, m.text, m.tableRow?.deadline, m.tableRow?.category])).toEqual([
        ['1', '推进信用监管', '推进信用监管\n归集市场主体信用信息，实施分类监管。', '2099年12月底前', '一、监管创新'],
        ['2', '深化跨境金融服务', '深化跨境金融服务\n扩大跨境金融区块链服务平台应用。', '持续推进', '二、金融服务'],
      ]);
      expect(rows.map((m) => m.responsibilities.map((r) => `${r.role}:${r.unit.name}`))).toEqual([
        ['LEAD:永川区市场监管局', 'SUPPORTING:永川区金融办'],
        ['LEAD:人行永川中心支行'],
      ]);
      expect(rows[1]!.tableRow!.cells.map((c) => [c.header, c.role, c.text])).toEqual([
        ['序号', 'NUMBER', '2'],
        ['重点任务', 'TITLE', '深化跨境金融服务'],
        ['具体措施', 'TEXT', '扩大跨境金融区块链服务平台应用。'],
        ['牵头单位', 'UNITS', '人行永川中心支行'],
        ['配合单位', 'UNITS', ''],
        ['完成时限', 'DEADLINE', '持续推进'],
        ['备注', 'OTHER', '新增'],
      ]);
    } finally {
      await removeDocument(conn, id);
    }
  });
});

describe('a notice two departments issue jointly', () => {
  test('is found by either department\'s number, and names the departments\' divisions under them', async () => {
    const text = [
      '重庆市商务委员会',
      '四川省商务厅',
      '',
      '渝商务发〔2099〕36号  川商务发〔2099〕19号',
      '',
      '关于印发测试工作方案的通知',
      '',
      '各区县（自治县）商务主管部门，各市（州）商务主管部门：',
      '',
      '现将《测试工作方案》印发给你们，请认真贯彻执行。',
      '',
      '重庆市商务委员会',
      '四川省商务厅',
      '',
      '2099年3月1日',
      '',
      '测试工作方案',
      '',
      '一、重点任务',
      '',
      '（一）推进证照互认。（责任单位：市商务委自贸区处、综合处；省商务厅自贸试验区处、综合处）',
      '（二）发展跨境电商。（责任单位：委电商处；厅电子商务处）',
    ].join('\n');
    const prepared = prepareText(text, 'joint-departments.txt');
    try {
      await ingestPrepared(conn.db, prepared);
      const query = `query($n: String!) { document(docNumber: $n) { docNumber otherDocNumbers issuers { name }
        measures { responsibilities { asWritten unit { name parent { name } } } } } }`;
      type Doc = { docNumber: string; otherDocNumbers: string[]; issuers: { name: string }[]; measures: { responsibilities: { asWritten: string; unit: { name: string; parent: { name: string } | null } }[] }[] };
      const bySecond = await postGraphQL<{ document: Doc | null }>(base, query, { n: '川商务发〔2099〕19号' });
      expect(bySecond.body.errors).toBeUndefined();
      const doc = bySecond.body.data!.document!;
      expect([doc.docNumber, doc.otherDocNumbers]).toEqual(['渝商务发〔2099〕36号', ['川商务发〔2099〕19号']]);
      expect(doc.measures[0]!.responsibilities.map((r) => [r.asWritten, r.unit.name, r.unit.parent?.name ?? null])).toEqual([
        ['市商务委自贸区处', '重庆市商务委自贸区处', '重庆市商务委'],
        ['综合处', '重庆市商务委综合处', '重庆市商务委'],
        ['省商务厅自贸试验区处', '四川省商务厅自贸试验区处', '四川省商务厅'],
        ['综合处', '四川省商务厅综合处', '四川省商务厅'],
      ]);
      // A division written with its department cut to 委 or 厅 is the issuing department's.
      expect(doc.measures[1]!.responsibilities.map((r) => [r.asWritten, r.unit.name, r.unit.parent?.name ?? null])).toEqual([
        ['委电商处', '重庆市商务委电商处', '重庆市商务委'],
        ['厅电子商务处', '四川省商务厅电子商务处', '四川省商务厅'],
      ]);
      const byFirst = await postGraphQL<{ document: Doc | null }>(base, query, { n: '渝商务发〔2099〕36号' });
      expect(byFirst.body.data!.document!.docNumber).toBe('渝商务发〔2099〕36号');
    } finally {
      await removeDocument(conn, prepared.rows.document.id);
    }
  });
});

describe('units and counterparts', () => {
  test('a unit by canonical name and by every written form, stray spaces included', async () => {
    const res = await postGraphQL<Record<string, { name: string } | null>>(
      base,
      `{ a: unit(name: "市商务委") { name } b: unit(name: "重庆市商务委") { name }
         c: unit(name: "人行永川中心支行") { name } d: unit(name: "人行 永川中心支行") { name } }`,
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data).toEqual({ a: { name: '重庆市商务委' }, b: { name: '重庆市商务委' }, c: { name: '人行永川中心支行' }, d: { name: '人行永川中心支行' } });
  });

  test('a unit by its official name, which the data file gives and no document writes', async () => {
    // data/functional-lines.json: 重庆市商务委 is officially 重庆市商务委员会, 重庆市高法院 重庆市高级人民法院.
    const res = await postGraphQL<{ a: { name: string; officialName: string; aliases: string[] }; page: { edges: { node: { name: string } }[] } }>(
      base,
      '{ a: unit(name: "重庆市商务委员会") { name officialName aliases } page: units(filter: { name: "商务委员会" }) { edges { node { name } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.a.name).toBe('重庆市商务委');
    expect(res.body.data!.a.officialName).toBe('重庆市商务委员会');
    // Aliases are the forms the documents write.
    expect(res.body.data!.a.aliases).not.toContain('重庆市商务委员会');
    expect(res.body.data!.page.edges.map((e) => e.node.name)).toEqual(['重庆市商务委']);
  });

  test('Unit.counterparts: one per unit, with the first measure in document order the two share', async () => {
    // 重庆银保监局 and 四川银保监局 are named together on （一） and （四） (section 二), （十） (三) and （十五） (四).
    const res = await postGraphQL<{ unit: { counterparts: { unit: { name: string }; basis: string; measure: { number: string } }[] } }>(
      base,
      '{ unit(name: "重庆银保监局") { counterparts(jurisdiction: "四川") { unit { name } basis measure { number } } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const cps = res.body.data!.unit.counterparts;
    expect(cps.map((c) => c.unit.name)).toEqual(['四川银保监局']);
    expect(cps[0]!.measure.number).toBe('（一）');
    expect(cps[0]!.basis).toBe('FUNCTIONAL_LINE');
  });

  test('unit fields: jurisdiction, line, parent and children', async () => {
    const res = await postGraphQL<{ unit: { name: string; jurisdiction: { name: string }; functionalLine: { key: string; vertical: boolean }; parent: { name: string }; measures: { id: string }[] }; chongqing: { children: { name: string }[] } }>(
      base,
      '{ unit(name: "永川海关") { name jurisdiction { name } functionalLine { key vertical } parent { name } measures { id } } chongqing: unit(name: "重庆海关") { children { name } } }',
    );
    const u = res.body.data!.unit;
    expect(u.jurisdiction.name).toBe('永川区');
    expect(u.functionalLine).toEqual({ key: 'customs', vertical: true });
    expect(u.parent.name).toBe('重庆海关');
    expect(u.measures.map((m) => m.id)).toContain(`${DISTRICT}/附件/18`);
    expect(res.body.data!.chongqing.children.map((c) => c.name)).toContain('永川海关');
  });

  test('counterparts on a joint measure: the Sichuan unit of the same line', async () => {
    const q = `query($m: ID!, $u: String!) { counterparts(measure: $m, unit: $u) { unit { name } basis } }`;
    const customs = await postGraphQL<{ counterparts: { unit: { name: string }; basis: string }[] }>(base, q, { m: `${JOINT}/二/（一）`, u: '重庆海关' });
    expect(names(customs.body.data!.counterparts)).toEqual(['成都海关']);
    const banking = await postGraphQL<{ counterparts: { unit: { name: string } }[] }>(base, q, { m: `${JOINT}/二/（一）`, u: '重庆银保监局' });
    expect(names(banking.body.data!.counterparts)).toEqual(['四川银保监局']);
    const centralBank = await postGraphQL<{ counterparts: { unit: { name: string } }[] }>(base, q, { m: `${JOINT}/二/（四）`, u: '人行重庆营管部' });
    expect(names(centralBank.body.data!.counterparts)).toEqual(['人行成都分行']);
    // The reverse direction works too.
    const reverse = await postGraphQL<{ counterparts: { unit: { name: string } }[] }>(base, q, { m: `${JOINT}/二/（四）`, u: '人行成都分行' });
    expect(names(reverse.body.data!.counterparts)).toEqual(['人行重庆营管部']);
    // （十三）: Sichuan lists no 中新 project office, so 市中新项目管理局 has no counterpart.
    const none = await postGraphQL<{ counterparts: unknown[] }>(base, q, { m: `${JOINT}/四/（十三）`, u: '市中新项目管理局' });
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data!.counterparts).toEqual([]);
  });

  test('a 永川 unit reaches Sichuan through its municipal unit', async () => {
    const res = await postGraphQL<{ counterparts: { unit: { name: string }; basis: string; via: { name: string } | null; measure: { id: string } | null }[] }>(
      base,
      `query($m: ID!) { counterparts(measure: $m, unit: "永川海关", jurisdiction: "四川省") { unit { name } basis via { name } measure { id } } }`,
      { m: `${DISTRICT}/附件/18` },
    );
    expect(res.body.errors).toBeUndefined();
    const cps = res.body.data!.counterparts;
    expect(names(cps)).toEqual(['成都海关']);
    expect(cps[0]!.basis).toBe('FUNCTIONAL_LINE via 重庆海关');
    expect(cps[0]!.via).toEqual({ name: '重庆海关' });
    expect(cps[0]!.measure!.id.startsWith(`${JOINT}/`)).toBe(true);
    // Unit.counterparts says the same; a unit paired itself has no `via`.
    const both = await postGraphQL<{ yc: { counterparts: { unit: { name: string }; via: { name: string } | null }[] }; cq: { counterparts: { unit: { name: string }; via: { name: string } | null }[] } }>(
      base,
      '{ yc: unit(name: "永川海关") { counterparts(jurisdiction: "四川") { unit { name } via { name } } } cq: unit(name: "重庆海关") { counterparts { unit { name } via { name } } } }',
    );
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data!.yc.counterparts).toEqual([{ unit: { name: '成都海关' }, via: { name: '重庆海关' } }]);
    expect(both.body.data!.cq.counterparts).toContainEqual({ unit: { name: '成都海关' }, via: null });
  });

  test('a unit not responsible for the measure is BAD_USER_INPUT naming the argument', async () => {
    const res = await postGraphQL(base, `query($m: ID!) { counterparts(measure: $m, unit: "四川省商务厅") { unit { name } } }`, { m: `${JOINT}/二/（一）` });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.argument).toBe('unit');
  });

  test('sharedMeasures of 重庆海关 and 重庆市政府口岸物流办', async () => {
    const res = await postGraphQL<{ sharedMeasures: { number: string }[] }>(base, '{ sharedMeasures(unitA: "重庆海关", unitB: "重庆市政府口岸物流办") { number } }');
    expect(res.body.data!.sharedMeasures.map((m) => m.number)).toEqual(['（二）', '（三）', '（六）', '（八）', '（九）']);
    // One unit under two of its names is no pair.
    const same = await postGraphQL(base, '{ sharedMeasures(unitA: "重庆市商务委", unitB: "市商务委") { number } }');
    expect([same.body.errors?.[0]?.extensions?.code, same.body.errors?.[0]?.extensions?.argument]).toEqual(['BAD_USER_INPUT', 'unitB']);
  });

  test('coordinationMatrix pairs every Chongqing unit with every Sichuan unit sharing a measure', async () => {
    const res = await postGraphQL<{ coordinationMatrix: { unitA: { name: string }; unitB: { name: string }; count: number; measures: { number: string }[] }[] }>(
      base,
      '{ coordinationMatrix(jurisdictionA: "重庆市", jurisdictionB: "四川省") { unitA { name } unitB { name } count measures { number } } }',
    );
    const cells = res.body.data!.coordinationMatrix;
    const customs = cells.find((c) => c.unitA.name === '重庆海关' && c.unitB.name === '成都海关')!;
    // Both customs offices are named on （一）（二）（三）（六）（八）（九）（十八）.
    expect(customs.measures.map((m) => m.number)).toEqual(['（一）', '（二）', '（三）', '（六）', '（八）', '（九）', '（十八）']);
    expect(customs.count).toBe(7);
    expect(cells.find((c) => c.unitA.name === '人行重庆营管部' && c.unitB.name === '人行成都分行')?.measures.map((m) => m.number)).toContain('（四）');
    expect(cells.every((c) => c.count === c.measures.length && c.count > 0)).toBe(true);
  });

  test('units connection filters by jurisdiction, line and alias substring', async () => {
    const res = await postGraphQL<{ sichuan: { totalCount: number; edges: { node: { name: string } }[] }; byAlias: { edges: { node: { name: string } }[] } }>(
      base,
      `{ sichuan: units(filter: { jurisdiction: "四川省", functionalLine: "customs" }) { totalCount edges { node { name } } }
         byAlias: units(filter: { name: "市商务委" }) { edges { node { name } } } }`,
    );
    expect(res.body.data!.sichuan.edges.map((e) => e.node.name)).toEqual(['成都海关']);
    expect(res.body.data!.byAlias.edges.map((e) => e.node.name)).toContain('重庆市商务委');
  });

  test('a jurisdiction includes the districts inside it: 重庆市 covers 永川区', async () => {
    type Page = { totalCount: number; edges: { node: { id: string } }[] };
    const res = await postGraphQL<{ customs: { edges: { node: { name: string } }[] }; municipal: Page; district: Page; sichuan: Page }>(
      base,
      `{ customs: units(filter: { jurisdiction: "重庆市", functionalLine: "customs" }) { edges { node { name } } }
         municipal: measures(filter: { jurisdiction: "重庆市", docNumber: "永川府办发〔2022〕65号" }, first: 200) { totalCount edges { node { id } } }
         district: measures(filter: { jurisdiction: "永川区", docNumber: "永川府办发〔2022〕65号" }, first: 200) { totalCount edges { node { id } } }
         sichuan: measures(filter: { jurisdiction: "四川省", docNumber: "永川府办发〔2022〕65号" }) { totalCount edges { node { id } } } }`,
    );
    const d = res.body.data!;
    // 重庆海关 (the joint plan) and 永川海关 (the district plan's table); 成都海关 is in 四川省.
    expect(d.customs.edges.map((e) => e.node.name).sort()).toEqual(['永川海关', '重庆海关'].sort());
    // Every item of the 永川 plan with a 永川 unit is an item of a 重庆市 unit too; the 33 table rows all name one.
    expect(d.district.totalCount).toBeGreaterThanOrEqual(33);
    const municipal = new Set(d.municipal.edges.map((e) => e.node.id));
    expect(d.district.edges.map((e) => e.node.id).filter((id) => !municipal.has(id))).toEqual([]);
    expect(d.sichuan.totalCount).toBe(0);
  });
});

describe('search, graph and stats', () => {
  test('full-text search finds the measures that contain the words, with the match marked', async () => {
    type Hits = { search: { measure: { id: string }; snippet: string; score: number }[] };
    const window = await postGraphQL<Hits>(base, '{ search(text: "单一窗口") { measure { id } score snippet } }');
    expect(window.body.data!.search.map((h) => h.measure.id).sort()).toEqual([`${DISTRICT}/附件/33`, `${JOINT}/二/（二）`].sort());
    expect(window.body.data!.search.every((h) => h.snippet.includes('【单一窗口】'))).toBe(true);
    const train = await postGraphQL<Hits>(base, '{ search(text: "中欧班列") { measure { id } snippet } }');
    expect(train.body.data!.search.map((h) => h.measure.id).sort()).toEqual([`${JOINT}/三/（六）`, `${JOINT}/三/（八）`, `${JOINT}/五/（十八）`].sort());
    // A word deep in the body, not in the title (（一）开展贸易监管模式协同创新。…不断丰富“电子口岸卡”金融属性。).
    const card = await postGraphQL<Hits>(base, '{ search(text: "电子口岸卡") { measure { id } snippet } }');
    expect(card.body.data!.search.map((h) => h.measure.id)).toEqual([`${JOINT}/二/（一）`]);
    expect(card.body.data!.search[0]?.snippet).toContain('丰富“【电子口岸卡】”金融属性');
    // A word of the title: the snippet shows the text from its number, the title once.
    const title = await postGraphQL<Hits>(base, '{ search(text: "贸易监管模式") { measure { id } snippet } }');
    expect(title.body.data!.search.map((h) => h.measure.id)).toEqual([`${JOINT}/二/（一）`]);
    expect(title.body.data!.search[0]?.snippet).toMatch(/^（一）开展【贸易监管模式】协同创新。持续推广/);
    // Lucene syntax in user text is escaped, not interpreted.
    const odd = await postGraphQL<Hits>(base, '{ search(text: "单一窗口\\" OR *:* (") { measure { id } } }');
    expect(odd.status).toBe(200);
    expect(odd.body.errors).toBeUndefined();
  });

  test('a path between 永川海关 and 成都海关 goes through 重庆海关', async () => {
    const res = await postGraphQL<{ path: { nodes: { id: string; type: string }[]; edges: { id: string; type: string; source: string; target: string; from: string }[] } }>(
      base,
      '{ path(from: "永川海关", to: "unit:成都海关") { nodes { id type } edges { id type source target from } } }',
    );
    const p = res.body.data!.path;
    expect(p.nodes.map((n) => n.id)).toEqual(['unit:永川海关', 'unit:重庆海关', 'unit:成都海关']);
    expect(p.edges.map((e) => e.type)).toEqual(['REPORTS_TO', 'COUNTERPART']);
    expect(p.edges[1]!.id).toMatch(/^unit:重庆海关-COUNTERPART-unit:成都海关@doc:/);
    expect(p.edges.every((e) => e.from === e.source)).toBe(true);
  });

  test('a path that does not exist within maxHops is null, not an error; a longer bound finds it', async () => {
    // 重庆海关 reaches the Sichuan issuer only through a measure, its section and the document: 4 hops.
    const none = await postGraphQL<{ path: null }>(base, '{ path(from: "重庆海关", to: "unit:四川省人民政府办公厅", maxHops: 1) { nodes { id } } }');
    expect(none.status).toBe(200);
    expect(none.body.errors).toBeUndefined();
    expect(none.body.data!.path).toBeNull();
    const four = await postGraphQL<{ path: { nodes: { id: string }[] } }>(base, '{ path(from: "重庆海关", to: "unit:四川省人民政府办公厅", maxHops: 4) { nodes { id } } }');
    const ids = four.body.data!.path.nodes.map((n) => n.id);
    expect(ids).toHaveLength(5);
    expect([ids[0], ids[3], ids[4]]).toEqual(['unit:重庆海关', JOINT, 'unit:四川省人民政府办公厅']);
  });

  test('neighborhood gives application ids and edges whose ends are in the view', async () => {
    const res = await postGraphQL<{ neighborhood: { nodes: { id: string; type: string; properties: Record<string, unknown> }[]; edges: { source: string; target: string }[] } }>(
      base,
      '{ neighborhood(id: "重庆海关", types: ["RESPONSIBLE_FOR", "REPORTS_TO"]) { nodes { id type properties } edges { source target } } }',
    );
    const view = res.body.data!.neighborhood;
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(ids.has('unit:永川海关')).toBe(true);
    expect(ids.has(`${JOINT}/二/（一）`)).toBe(true);
    expect(view.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(view.nodes.find((n) => n.id === 'unit:重庆海关')?.properties.name).toBe('重庆海关');
  });

  test('stats count nodes per type and measures per jurisdiction', async () => {
    const res = await postGraphQL<{ stats: { nodes: { key: string; count: number }[]; measuresPerJurisdiction: { key: string; count: number }[] } }>(
      base,
      '{ stats { nodes { key count } measuresPerJurisdiction { key count } } }',
    );
    const nodes = Object.fromEntries(res.body.data!.stats.nodes.map((n) => [n.key, n.count]));
    expect(nodes.Document).toBe(2);
    // Chongqing and Sichuan units share all 24 joint measures between them.
    const perJ = Object.fromEntries(res.body.data!.stats.measuresPerJurisdiction.map((n) => [n.key, n.count]));
    expect(perJ['重庆市']).toBe(24);
    expect(perJ['四川省']).toBe(24);
  });
});

describe('errors and limits', () => {
  test('an unknown unit is NOT_FOUND with suggestions', async () => {
    const res = await postGraphQL(base, '{ unit(name: "重庆海光") { name } }');
    expect(res.status).toBe(200);
    const err = res.body.errors![0]!;
    expect(err.extensions?.code).toBe('NOT_FOUND');
    expect(err.extensions?.suggestions).toContain('重庆海关');
  });

  test('filter values: short names and line names are understood; unknown ones are errors naming the argument', async () => {
    type Page = { totalCount: number; edges: { node: { name: string } }[] };
    const ok = await postGraphQL<{ short: Page; zh: Page; kind: Page; cps: { unit: { name: string } }[]; matrix: { count: number }[] }>(
      base,
      `{ short: units(filter: { jurisdiction: "四川", functionalLine: "海关" }) { totalCount edges { node { name } } }
         zh: units(filter: { jurisdiction: "永川", functionalLine: "Customs" }) { totalCount edges { node { name } } }
         kind: units(filter: { kind: "court" }) { totalCount edges { node { name } } }
         cps: counterparts(measure: "${JOINT}/二/（一）", unit: "重庆海关", jurisdiction: "四川") { unit { name } }
         matrix: coordinationMatrix(jurisdictionA: "重庆", jurisdictionB: "四川") { count } }`,
    );
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data!.short.edges.map((e) => e.node.name)).toEqual(['成都海关']);
    expect(ok.body.data!.zh.edges.map((e) => e.node.name)).toEqual(['永川海关']);
    // Courts: 市高法院 and 省法院 in the joint plan (（十）（二十二）（二十四）), 区法院 in row 12 of the 永川 table.
    expect(ok.body.data!.kind.edges.map((e) => e.node.name).sort()).toEqual(['四川省法院', '永川区法院', '重庆市高法院'].sort());
    expect(ok.body.data!.cps.map((c) => c.unit.name)).toEqual(['成都海关']);
    expect(ok.body.data!.matrix.length).toBeGreaterThan(0);

    const cases: [string, string, string][] = [
      ['{ measures(filter: { jurisdiction: "湖北" }) { totalCount } }', 'NOT_FOUND', 'filter.jurisdiction'],
      ['{ units(filter: { jurisdiction: "重庆县" }) { totalCount } }', 'NOT_FOUND', 'filter.jurisdiction'],
      ['{ measures(filter: { functionalLine: "海关总署" }) { totalCount } }', 'BAD_USER_INPUT', 'filter.functionalLine'],
      ['{ units(filter: { kind: "judge" }) { totalCount } }', 'BAD_USER_INPUT', 'filter.kind'],
      [`{ counterparts(measure: "${JOINT}/二/（一）", unit: "重庆海关", jurisdiction: "湖北省") { basis } }`, 'NOT_FOUND', 'jurisdiction'],
      ['{ unit(name: "重庆海关") { counterparts(jurisdiction: "川陕") { basis } } }', 'NOT_FOUND', 'jurisdiction'],
      ['{ coordinationMatrix(jurisdictionA: "重庆", jurisdictionB: "湖北") { count } }', 'NOT_FOUND', 'jurisdictionB'],
    ];
    for (const [query, code, argument] of cases) {
      const res = await postGraphQL(base, query);
      expect([query, res.body.errors?.[0]?.extensions?.code, res.body.errors?.[0]?.extensions?.argument]).toEqual([query, code, argument]);
      // Nothing answered: no data, or the nullable root field null.
      expect(Object.values(res.body.data ?? {}).every((v) => v === null)).toBe(true);
    }
    const unknown = await postGraphQL(base, '{ units(filter: { jurisdiction: "四川省省" }) { totalCount } }');
    expect(unknown.body.errors?.[0]?.extensions?.suggestions).toContain('四川省');
  });

  test('a page size below 0 or above the maximum is BAD_USER_INPUT on first', async () => {
    for (const first of [-1, testConfig().limits.maxPageSize + 1]) {
      const res = await postGraphQL(base, 'query($first: Int) { measures(first: $first) { totalCount } }', { first });
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.extensions?.argument).toBe('first');
    }
  });

  test('an empty docNumber is BAD_USER_INPUT: documents loaded without a number have none to look up', async () => {
    const res = await postGraphQL(base, '{ document(docNumber: " ") { id } }');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.argument).toBe('docNumber');
  });

  test('too deep or too complex queries are refused before the database sees them', async () => {
    let statements = 0;
    const off = conn.db.onStatement(() => statements++);
    try {
      const depth = testConfig().limits.maxDepth;
      const deep = `{ unit(name: "永川海关") { ${'parent { '.repeat(depth + 1)}name${' }'.repeat(depth + 1)} } }`;
      const tooDeep = await postGraphQL(base, deep);
      expect(tooDeep.status).toBe(400);
      expect(tooDeep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(tooDeep.body.errors?.[0]?.message).toBe(`The query exceeds maximum operation depth of ${depth} (MAX_QUERY_DEPTH ${depth})`);
      const named = await postGraphQL(base, `query Deep ${deep}`);
      expect(named.body.errors?.[0]?.message).toMatch(/^Operation Deep exceeds maximum operation depth/);
      const wide = `query($n: Int) { measures(first: $n) { edges { node { responsibilities { unit { measures { responsibilities { unit { counterparts { unit { name } } } } } } } } } } }`;
      const tooComplex = await postGraphQL(base, wide, { n: 200 });
      expect(tooComplex.status).toBe(400);
      expect(tooComplex.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(statements).toBe(0);
    } finally {
      off();
    }
  });

  test('the mutation is absent without an API key and needs the key when present', async () => {
    const mutation = 'mutation($t: String!) { ingestDocument(text: $t, fileName: "000.txt") { docNumber measures counterpartPairs } }';
    const text = fs.readFileSync(JOINT_PLAN, 'utf8');
    const readOnly = await postGraphQL(base, mutation, { t: text });
    expect(readOnly.status).toBe(400);
    expect(readOnly.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const keyed = await createApp(testConfig({ API_KEY }), conn.db);
    const keyedBase = await keyed.listen();
    try {
      const missing = await postGraphQL(keyedBase, mutation, { t: text });
      expect(missing.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const wrong = await postGraphQL(keyedBase, mutation, { t: text }, { 'x-api-key': 'not-the-key' });
      expect(wrong.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // Reloading the same text replaces the document with itself.
      const ok = await postGraphQL<{ ingestDocument: { docNumber: string; measures: number } }>(keyedBase, mutation, { t: text }, { authorization: `Bearer ${API_KEY}` });
      expect(ok.body.errors).toBeUndefined();
      expect(ok.body.data!.ingestDocument).toMatchObject({ docNumber: '渝府办发〔2023〕51号', measures: 24 });
    } finally {
      await keyed.stop();
    }
  });

  test('a database that stops answering is DATABASE_UNAVAILABLE at the deadline, not a hung request', async () => {
    // The real Neo4j behind a relay that goes silent mid-session: connected, but no answer ever comes.
    const proxy = await startFreezableProxy(conn.uri);
    const driver = neo4j.driver(proxy.uri, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true });
    // Transaction timeout 0.4 s, grace 0.4 s: the client gives up after 0.8 s.
    const silent = new Database(driver, conn.db.databaseName, new CypherRegistry(), 400, 400);
    const silentApp = await createApp(testConfig(), silent);
    const silentBase = await silentApp.listen();
    try {
      const before = await postGraphQL<{ documents: { docNumber: string }[] }>(silentBase, '{ documents { docNumber } }');
      expect(before.body.data?.documents).toHaveLength(2);
      proxy.freeze();
      const started = Date.now();
      const res = await postGraphQL(silentBase, '{ documents { docNumber } }');
      const waited = Date.now() - started;
      expect(res.status).toBe(200);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(res.body.errors?.[0]?.message).toMatch(/did not answer within 0.8 s/);
      expect(waited).toBeGreaterThanOrEqual(750);
      expect(waited).toBeLessThan(10_000);
      // Once it answers again, so does the API (the abandoned connection is not reused).
      proxy.thaw();
      const after = await postGraphQL<{ documents: { docNumber: string }[] }>(silentBase, '{ documents { docNumber } }');
      expect(after.body.data?.documents).toHaveLength(2);
    } finally {
      await silentApp.stop();
      await proxy.close();
      await silent.close();
    }
  });

  test('a database that is not there is DATABASE_UNAVAILABLE', async () => {
    const port = await closedPort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'neo4j'), { disableLosslessIntegers: true, maxTransactionRetryTime: 200, connectionTimeout: 2000 });
    const dead = new Database(driver, 'neo4j', new CypherRegistry(), 2000);
    const deadApp = await createApp(testConfig(), dead);
    const deadBase = await deadApp.listen();
    try {
      const res = await postGraphQL(deadBase, '{ documents { id } }');
      expect(res.body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
      expect(res.body.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|bolt:/);
    } finally {
      await deadApp.stop();
      await dead.close();
    }
  });
});

/** A port nothing listens on: bind an ephemeral port, then release it. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
