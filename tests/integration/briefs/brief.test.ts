import { Connection } from '../../../src/db';
import { BriefService } from '../../../src/services/brief.service';
import { App, createApp } from '../../../src/server/app';
import { postGraphQL } from '../../helpers/graphql-client';
import { loadSeeds, openTestConnection, resetGraph, testConfig } from '../../helpers/test-db';

let connection: Connection;
let app: App;
let base: string;

beforeAll(async () => {
  connection = await openTestConnection();
  await resetGraph(connection.db);
  await loadSeeds(connection.db);
  app = await createApp(testConfig(), connection.db);
  base = await app.listen();
}, 120_000);

afterAll(async () => {
  await app?.stop();
  await connection?.close();
});

const BRIEF = 'query Brief($input: BriefInput!) { brief(input: $input) { title markdown csv rows } }';

interface BriefAnswer {
  brief: { title: string; markdown: string; csv: string; rows: number };
}

describe('meeting briefs', () => {
  it('重庆市 × 四川省: the joint plan’s measures, paired across the two lists by functional line', async () => {
    const brief = await new BriefService(connection.db).build({ kind: 'jurisdictions', jurisdictions: ['重庆市', '四川省'], document: null });
    const measures = brief.data.measures;
    expect(measures.length).toBe(24); // every measure of the joint plan names units of both provinces
    expect(measures.every((m) => m.documentNumber === '渝府办发〔2023〕51号')).toBe(true);
    const first = measures.find((m) => m.id === 'doc:渝府办发〔2023〕51号/二/（一）');
    expect(first?.pairings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ a: expect.objectContaining({ name: '重庆海关' }), b: expect.objectContaining({ name: '成都海关' }), basis: 'FUNCTIONAL_LINE' }),
      ]),
    );
    // Each side's column holds only that side's units.
    for (const m of measures) {
      for (const p of m.pairings) {
        if (p.a) expect(['重庆市', '永川区']).toContain(p.a.jurisdiction);
        if (p.b) expect(p.b.jurisdiction).toBe('四川省');
      }
    }
    expect(first?.source.excerpt).toContain('（责任单位：重庆海关、重庆银保监局；成都海关、四川银保监局）');
    expect(brief.markdown).toContain('| 重庆海关 | 成都海关 | 同一条线 same functional line | customs |');
    expect(brief.csv.split('\r\n').length - 2).toBe(brief.rows);
  });

  it('a pair of units by any written form; a platform by part of its name', async () => {
    const service = new BriefService(connection.db);
    const pair = await service.data({ kind: 'units', units: ['重庆海关', '重庆市政府口岸物流办'], document: null });
    expect(pair.measures.map((m) => m.number)).toEqual(expect.arrayContaining(['（二）', '（三）']));
    expect(pair.measures.every((m) => m.pairings[0]?.basis === 'CO_RESPONSIBLE')).toBe(true);

    const platform = await service.data({ kind: 'platform', platform: '单一窗口', document: null });
    // The joint plan's （二） writes 国际贸易“单一窗口”, row 33 of the Yongchuan table “单一窗口”: one platform.
    expect(platform.platforms).toEqual(['国际贸易“单一窗口”']);
    expect(platform.measures.map((m) => m.id)).toEqual(expect.arrayContaining(['doc:渝府办发〔2023〕51号/二/（二）', 'doc:永川府办发〔2022〕65号/附件/33']));
  });

  it('GraphQL brief(input): Markdown and CSV; BAD_USER_INPUT without a subject; NOT_FOUND for an unknown name', async () => {
    const ok = await postGraphQL<BriefAnswer>(base, BRIEF, { input: { jurisdictions: ['重庆', '四川'], document: '渝府办发〔2023〕51号' } });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.brief.title).toBe('会商简报：重庆市 × 四川省（渝府办发〔2023〕51号） · Meeting brief: 重庆市 × 四川省');
    expect(ok.body.data?.brief.csv.startsWith('document,measure_id,')).toBe(true);
    expect(ok.body.data?.brief.rows).toBeGreaterThan(15);

    const none = await postGraphQL(base, BRIEF, { input: {} });
    expect(none.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const two = await postGraphQL(base, BRIEF, { input: { platform: '单一窗口', units: ['重庆海关', '成都海关'] } });
    expect(two.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await postGraphQL(base, BRIEF, { input: { units: ['重庆海关', '不存在的单位'] } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
