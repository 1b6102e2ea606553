import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import type { Connection } from '../../../src/db';
import { ingestPrepared, prepareText } from '../../../src/ingestion/pipeline';
import type { App } from '../../../src/server/app';
import { postGraphQL } from '../../helpers/graphql-client';
import { startSeededApi, stopSeededApi } from '../../helpers/test-db';

/**
 * Answers that need several documents in the graph: the seeds plus a joint plan that names Sichuan city units and puts
 * its units on sub-items, and a 成都 city plan that writes 市市场监管局 for its own bureau, as seed 000 does for 重庆's.
 * Expected values come from reading these texts and the seeds.
 */

const notice = (issuers: string[], number: string, title: string, body: string[]): string =>
  [
    ...issuers.flatMap((i) => [i, '']),
    `关于印发${title}的通知`,
    '',
    number,
    '',
    '各有关单位：',
    '',
    `《${title}》已经同意，现印发给你们，请认真贯彻执行。`,
    '',
    ...issuers.flatMap((i) => [i, '']),
    '2099年1月2日',
    '',
    '（此件公开发布）',
    '',
    title,
    '',
    '为推动协同发展，制定本方案。',
    '',
    ...body.flatMap((l) => [l, '']),
  ].join('\n');

const JOINT = '渝府办发〔2099〕21号';
const CHENGDU = '成办发〔2099〕22号';
const JOINT_TEXT = notice(['重庆市人民政府办公厅', '四川省人民政府办公厅'], JOINT, '川南渝西测试行动方案', [
  '一、重点任务',
  '（一）共建川南渝西商贸协作。落实《川渝自贸试验区协同开放示范区深化改革创新行动方案（2023—2025年）》（渝府办发〔2023〕51号），推动两地商贸合作。（责任单位：市商务委、永川区商务委、江津区商务委；省商务厅、泸州市商务局）',
  '（二）推进市场监管协同。统一登记标准。〔责任单位：市市场监管局；省市场监管局、泸州、宜宾市市场监管局〕',
  '（三）做强物流通道。',
  '1.做强西部陆海新通道。提升班列开行频次。（责任单位：市交通运输委；省交通运输厅）',
]);
const JIANGJIN = '江津府办发〔2099〕23号';
const JIANGJIN_TEXT = notice(['重庆市江津区人民政府办公室'], JIANGJIN, '江津测试实施方案', ['一、重点任务', '（一）做强商贸流通。培育商贸主体。（责任单位：区商务委）']);
const CHENGDU_TEXT = notice(['成都市人民政府办公厅'], CHENGDU, '成都测试实施方案', ['一、重点任务', '（一）优化市场准入。对接《川渝自贸试验区协同开放示范区深化改革创新行动方案（2023—2025年）》，推行登记便利化。（责任单位：市市场监管局、市商务局）']);

// A 永川 plan signed after the banking regulator's offices took the name 金融监管局 (2023-07-20): it names the
// district office by its new name, while seed 000 (June 2023) names 重庆银保监局 and seed 004 (2022) 永川银保监分局.
const YONGCHUAN = '永川府办发〔2099〕24号';
const YONGCHUAN_TEXT = notice(['重庆市永川区人民政府办公室'], YONGCHUAN, '永川金融测试方案', [
  '一、重点任务',
  '（一）优化金融服务。推动跨境结算便利化。（责任单位：永川金融监管分局、人行永川中心支行、区金融办）',
]);

let conn: Connection;
let app: App;
let base: string;

beforeAll(async () => {
  ({ conn, app, base } = await startSeededApi());
  for (const [text, file] of [
    [JOINT_TEXT, 'joint.txt'],
    [CHENGDU_TEXT, 'chengdu.txt'],
    [JIANGJIN_TEXT, 'jiangjin.txt'],
    [YONGCHUAN_TEXT, 'yongchuan.txt'],
  ] as const) {
    await ingestPrepared(conn.db, prepareText(text, file));
  }
});

afterAll(() => stopSeededApi({ conn, app }));

async function count(cypher: string): Promise<number> {
  const r = await conn.db.driver.executeQuery(cypher, {}, { database: conn.db.databaseName });
  return Number(r.records[0]?.get('n'));
}

test('a unit of a Sichuan city lies inside 四川省: filters and the coordination matrix include it', async () => {
  const res = await postGraphQL<{ chengdu: { totalCount: number }; matrix: { unitA: { name: string }; unitB: { name: string }; measures: { id: string }[] }[] }>(
    base,
    `query($cd: String!) { chengdu: measures(filter: { docNumber: $cd, jurisdiction: "四川省" }) { totalCount }
       matrix: coordinationMatrix(jurisdictionA: "重庆市", jurisdictionB: "四川") { unitA { name } unitB { name } measures { id } } }`,
    { cd: CHENGDU },
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.chengdu.totalCount).toBe(1);
  const cell = res.body.data!.matrix.find((c) => c.unitA.name === '永川区商务委' && c.unitB.name === '泸州市商务局');
  expect(cell?.measures.map((m) => m.id)).toEqual([`doc:${JOINT}/一/（一）`]);
});

test('a written form two documents use for two units is ambiguous alone, and means the responsible one on a measure', async () => {
  const alone = await postGraphQL(base, '{ unit(name: "市市场监管局") { name } }');
  expect(alone.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'name', candidates: ['成都市市场监管局', '重庆市市场监管局'] });
  const shared = await postGraphQL(base, '{ sharedMeasures(unitA: "市市场监管局", unitB: "四川省市场监管局") { id } }');
  expect(shared.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'unitA' });
  // On （二） of the joint plan 市市场监管局 is 重庆's bureau; its peer is the province's, not the two city bureaus.
  const onMeasure = await postGraphQL<{ counterparts: { unit: { name: string } }[] }>(
    base,
    'query($m: ID!) { counterparts(measure: $m, unit: "市市场监管局") { unit { name } } }',
    { m: `doc:${JOINT}/一/（二）` },
  );
  expect(onMeasure.body.errors).toBeUndefined();
  expect(onMeasure.body.data!.counterparts.map((c) => c.unit.name)).toEqual(['四川省市场监管局']);
  // The full names still resolve.
  const full = await postGraphQL<{ cq: { name: string }; cd: { name: string } }>(base, '{ cq: unit(name: "重庆市市场监管局") { name } cd: unit(name: "成都市市场监管局") { name } }');
  expect(full.body.data).toEqual({ cq: { name: '重庆市市场监管局' }, cd: { name: '成都市市场监管局' } });
});

test('a measure whose units and platforms stand on its sub-items matches the filters, and lists its sub-items', async () => {
  const res = await postGraphQL<{
    byPlatform: { edges: { node: { number: string } }[] };
    byUnit: { edges: { node: { number: string } }[] };
    measure: { responsibilities: unknown[]; subItems: { number: string; title: string; responsibilities: { unit: { name: string } }[]; platforms: { name: string }[] }[] };
  }>(
    base,
    `query($d: String!, $m: ID!) {
       byPlatform: measures(filter: { docNumber: $d, platform: "西部陆海新通道" }) { edges { node { number } } }
       byUnit: measures(filter: { docNumber: $d, unit: "重庆市交通运输委" }) { edges { node { number } } }
       measure(id: $m) { responsibilities { asWritten } subItems { number title responsibilities { unit { name } } platforms { name } } } }`,
    { d: JOINT, m: `doc:${JOINT}/一/（三）` },
  );
  expect(res.body.errors).toBeUndefined();
  const data = res.body.data!;
  expect(data.byPlatform.edges.map((e) => e.node.number)).toEqual(['（三）']);
  expect(data.byUnit.edges.map((e) => e.node.number)).toEqual(['（三）']);
  expect(data.measure.responsibilities).toEqual([]);
  expect(data.measure.subItems).toEqual([
    { number: '1.', title: '做强西部陆海新通道', responsibilities: [{ unit: { name: '重庆市交通运输委' } }, { unit: { name: '四川省交通运输厅' } }], platforms: [{ name: '西部陆海新通道' }] },
  ]);
});

test('a plan cited with its number in one document and by its title alone in another is one Policy, linked to the loaded plan', async () => {
  type Cited = { citedPolicies: { id: string; docNumber: string | null; document: { docNumber: string } | null }[] };
  const res = await postGraphQL<{ joint: Cited; chengdu: Cited }>(
    base,
    `query($j: ID!, $c: ID!) { joint: measure(id: $j) { citedPolicies { id docNumber document { docNumber } } }
       chengdu: measure(id: $c) { citedPolicies { id docNumber document { docNumber } } } }`,
    { j: `doc:${JOINT}/一/（一）`, c: `doc:${CHENGDU}/一/（一）` },
  );
  expect(res.body.errors).toBeUndefined();
  const seedPlan = { id: 'policy:《川渝自贸试验区协同开放示范区深化改革创新行动方案（2023—2025年）》', docNumber: '渝府办发〔2023〕51号', document: { docNumber: '渝府办发〔2023〕51号' } };
  expect(res.body.data!.joint.citedPolicies).toEqual([seedPlan]);
  expect(res.body.data!.chengdu.citedPolicies).toEqual([seedPlan]);
});

test('on a measure that names two units of one written form, that form is ambiguous there too', async () => {
  // 区商务委 is 永川区商务委 in the 永川 seed and 江津区商务委 in the 江津 plan; （一） of the joint plan names both.
  const res = await postGraphQL(base, 'query($m: ID!) { counterparts(measure: $m, unit: "区商务委") { unit { name } } }', { m: `doc:${JOINT}/一/（一）` });
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'unit', candidates: ['永川区商务委', '江津区商务委'] });
  // On the 江津 plan's own measure only 江津区商务委 is responsible: the form means it there.
  const own = await postGraphQL<{ counterparts: unknown[] }>(base, 'query($m: ID!) { counterparts(measure: $m, unit: "区商务委") { unit { name } } }', { m: `doc:${JIANGJIN}/一/（一）` });
  expect(own.body.errors).toBeUndefined();
});

test('counterparts on a measure reach the pairings of its sub-items', async () => {
  const res = await postGraphQL<{ counterparts: { unit: { name: string } }[] }>(
    base,
    'query($m: ID!) { counterparts(measure: $m, unit: "重庆市交通运输委") { unit { name } } }',
    { m: `doc:${JOINT}/一/（三）` },
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data!.counterparts.map((c) => c.unit.name)).toEqual(['四川省交通运输厅']);
  // A unit named on neither: the error lists what the measure and its sub-items name.
  const not = await postGraphQL(base, 'query($m: ID!) { counterparts(measure: $m, unit: "重庆海关") { unit { name } } }', { m: `doc:${JOINT}/一/（三）` });
  expect(not.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'unit', responsible: ['市交通运输委', '省交通运输厅'] });
});

test('a brief naming an unknown unit is NOT_FOUND with the argument and the closest names, as unit(name:) is', async () => {
  const res = await postGraphQL(base, '{ brief(input: { units: ["重庆海关", "江津区商务局"] }) { title } }');
  expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'units', unit: '江津区商务局' });
  expect((res.body.errors?.[0]?.extensions?.suggestions as string[] | undefined)?.[0]).toBe('江津区商务委');
});

test('a renamed body: each name is a unit, linked once a document names the new one, and district offices report by date', async () => {
  const res = await postGraphQL<{
    old: { renamedTo: { since: string | null; unit: { name: string; officialName: string | null } } | null; renamedFrom: unknown[] };
    now: { renamedFrom: { since: string | null; unit: { name: string } }[]; renamedTo: unknown };
    newOffice: { parent: { name: string } | null };
    oldOffice: { parent: { name: string } | null };
    pboc: { renamedTo: unknown; renamedFrom: unknown[] };
    view: { edges: { type: string; source: string; target: string; properties: { since?: string } }[] };
  }>(
    base,
    `{ old: unit(name: "重庆银保监局") { renamedTo { since unit { name officialName } } renamedFrom { since } }
       now: unit(name: "重庆金融监管局") { renamedFrom { since unit { name } } renamedTo { since } }
       newOffice: unit(name: "永川金融监管分局") { parent { name } }
       oldOffice: unit(name: "永川银保监分局") { parent { name } }
       pboc: unit(name: "人行重庆营管部") { renamedTo { since } renamedFrom { since } }
       view: neighborhood(id: "unit:重庆银保监局", depth: 1, types: ["RENAMED_TO"]) { edges { type source target properties } } }`,
  );
  expect(res.body.errors).toBeUndefined();
  const d = res.body.data!;
  expect(d.old.renamedTo).toEqual({ since: '2023-07-20', unit: { name: '重庆金融监管局', officialName: '国家金融监督管理总局重庆监管局' } });
  expect(d.old.renamedFrom).toEqual([]);
  expect(d.now).toEqual({ renamedFrom: [{ since: '2023-07-20', unit: { name: '重庆银保监局' } }], renamedTo: null });
  // The 2099 plan's district office reports to the regulator under its new name; seed 004's (2022) under the old one.
  expect(d.newOffice.parent?.name).toBe('重庆金融监管局');
  expect(d.oldOffice.parent?.name).toBe('重庆银保监局');
  // The 2099 plan's 人行永川中心支行 reports to the central bank's branch under its name since 2023-08-18.
  expect(d.pboc).toEqual({ renamedTo: { since: '2023-08-18' }, renamedFrom: [] });
  expect(d.view.edges.map((e) => [e.type, e.source, e.target, e.properties.since])).toEqual([['RENAMED_TO', 'unit:重庆银保监局', 'unit:重庆金融监管局', '2023-07-20']]);

  // Loading the plan again changes no count: the link is merged, not added.
  const renames = await count('MATCH ()-[r:RENAMED_TO]->() RETURN count(r) AS n');
  const all = await count('MATCH ()-[r]->() RETURN count(r) AS n');
  expect(renames).toBe(2);
  await ingestPrepared(conn.db, prepareText(YONGCHUAN_TEXT, 'yongchuan.txt'));
  expect([await count('MATCH ()-[r:RENAMED_TO]->() RETURN count(r) AS n'), await count('MATCH ()-[r]->() RETURN count(r) AS n')]).toEqual([renames, all]);
});

test('a district office under the regulator’s new name reaches its Sichuan counterpart through the pairings of the old one', async () => {
  const res = await postGraphQL<{
    unit: { counterparts: { basis: string; unit: { name: string }; via: { name: string } | null }[] };
    onMeasure: { basis: string; unit: { name: string }; via: { name: string } | null }[];
  }>(
    base,
    `query($m: ID!) { unit(name: "永川金融监管分局") { counterparts(jurisdiction: "四川省") { basis unit { name } via { name } } }
       onMeasure: counterparts(measure: $m, unit: "永川金融监管分局") { basis unit { name } via { name } } }`,
    { m: `doc:${YONGCHUAN}/一/（一）` },
  );
  expect(res.body.errors).toBeUndefined();
  // Seed 000 pairs 重庆银保监局 with 四川银保监局 (（一）: 重庆海关、重庆银保监局；成都海关、四川银保监局); the 2099 plan's office
  // reports to 重庆金融监管局, the same body under its new name.
  const expected = { basis: 'FUNCTIONAL_LINE via 重庆银保监局', unit: { name: '四川银保监局' }, via: { name: '重庆银保监局' } };
  expect(res.body.data!.unit.counterparts).toEqual([expected]);
  expect(res.body.data!.onMeasure).toEqual([expected]);
});

test('a unit reports to the newest name of its head, whichever document came first', async () => {
  const parentOf = async (name: string): Promise<string[]> => {
    const r = await conn.db.driver.executeQuery(
      'MATCH (:Unit {name: $name})-[:REPORTS_TO]->(p:Unit) RETURN p.name AS name ORDER BY name',
      { name },
      { database: conn.db.databaseName },
    );
    return r.records.map((x) => String(x.get('name')));
  };
  expect(await parentOf('永川银保监分局')).toEqual(['重庆银保监局']);
  // A plan signed after the rename that still writes the district office's old name.
  const later = notice(['重庆市永川区人民政府办公室'], '永川府办发〔2099〕25号', '永川银行业测试方案', [
    '一、重点任务',
    '（一）深化银行业监管互动。推进业务创新。（责任单位：永川银保监分局）',
  ]);
  await ingestPrepared(conn.db, prepareText(later, 'later.txt'));
  expect(await parentOf('永川银保监分局')).toEqual(['重庆金融监管局']);
  // Seed 004 (2022) loaded again does not bring the old head back.
  const seed004 = fs.readFileSync(path.join(PROJECT_ROOT, 'seed', '004_5a98e9d818adeed0.txt'), 'utf8');
  await ingestPrepared(conn.db, prepareText(seed004, '004_5a98e9d818adeed0.txt'));
  expect(await parentOf('永川银保监分局')).toEqual(['重庆金融监管局']);
  const res = await postGraphQL<{ unit: { parent: { name: string } } }>(base, '{ unit(name: "永川银保监分局") { parent { name } } }');
  expect(res.body.data!.unit.parent.name).toBe('重庆金融监管局');
});

test('a former head that the one-head rule left without district units survives a reload: counts stay', async () => {
  const plan = (number: string): string =>
    notice(['重庆市永川区人民政府办公室'], number, '永川外汇测试方案', ['一、重点任务', '（一）推进外汇收支便利化。扩大试点范围。（责任单位：国家外汇管理局永川中心支局）']);
  // Signed in 2099 its office reports to 国家外汇管理局重庆市分局; a plan of 2022 implies the head's former name.
  await ingestPrepared(conn.db, prepareText(plan('永川府办发〔2099〕26号'), 'fx-new.txt'));
  const old = prepareText(plan('永川府办发〔2022〕27号').replace('2099年1月2日', '2022年1月2日'), 'fx-old.txt');
  await ingestPrepared(conn.db, old);
  const snapshot = async (): Promise<number[]> => [await count('MATCH (n) RETURN count(n) AS n'), await count('MATCH ()-[r]->() RETURN count(r) AS n')];
  const before = await snapshot();
  const heads = await count("MATCH (:Unit {name: '国家外汇管理局永川中心支局'})-[:REPORTS_TO]->(p:Unit) RETURN count(p) AS n");
  expect(heads).toBe(1);
  await ingestPrepared(conn.db, old);
  expect(await snapshot()).toEqual(before);
  expect(await count("MATCH (:Unit {name: '国家外汇管理局重庆外汇管理部'})-[:RENAMED_TO]->(:Unit {name: '国家外汇管理局重庆市分局'}) RETURN count(*) AS n")).toBe(1);
});
