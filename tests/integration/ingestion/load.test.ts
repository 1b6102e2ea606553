import fs from 'node:fs';
import type { Connection } from '../../../src/db';
import { ErrorCode } from '../../../src/errors';
import { loadDocument } from '../../../src/ingestion/load';
import { ingestFile, prepareText } from '../../../src/ingestion/pipeline';
import { loadSeedIfMissing } from '../../../src/ingestion/seed';
import { cypherRows, DISTRICT_PLAN, graphCounts, JOINT_PLAN, openSeededConnection, openTestConnection, removeDocument, SEED_DIR } from '../../helpers/test-db';

let conn: Connection;

beforeAll(async () => {
  conn = await openSeededConnection();
});

afterAll(async () => {
  await conn.close();
});

const rows = <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => cypherRows<T>(conn, cypher, params);

// Counted by reading the two documents (seed/000_…: joint plan; seed/004_…: 永川 district plan).
describe('both seed documents in the graph', () => {
  it('holds every measure exactly once: 24 in the joint plan; 5 body measures and 33 attachment items in the district plan', async () => {
    const counts = await rows<{ doc: string; kind: string; n: number }>(
      'MATCH (i:Item) RETURN i.documentId AS doc, i.kind AS kind, count(*) AS n ORDER BY doc, kind',
    );
    expect(counts).toEqual([
      { doc: 'doc:永川府办发〔2022〕65号', kind: 'ATTACHMENT_ITEM', n: 33 },
      { doc: 'doc:永川府办发〔2022〕65号', kind: 'GENERAL', n: 5 },
      { doc: 'doc:永川府办发〔2022〕65号', kind: 'GUARANTEE', n: 6 },
      { doc: 'doc:永川府办发〔2022〕65号', kind: 'MEASURE', n: 5 },
      { doc: 'doc:渝府办发〔2023〕51号', kind: 'GENERAL', n: 2 },
      { doc: 'doc:渝府办发〔2023〕51号', kind: 'GUARANTEE', n: 4 },
      { doc: 'doc:渝府办发〔2023〕51号', kind: 'MEASURE', n: 24 },
    ]);
    expect(await rows('MATCH (m:Measure) RETURN count(m) AS n')).toEqual([{ n: 62 }]);
    expect(await rows('MATCH (g:Guarantee) RETURN count(g) AS n')).toEqual([{ n: 10 }]);
  });

  it('has 7 sections in the joint plan and 4 plus the attachment in the district plan', async () => {
    const sections = await rows<{ doc: string; numbers: string[] }>('MATCH (s:Section) WITH s ORDER BY s.order RETURN s.documentId AS doc, collect(s.number) AS numbers ORDER BY doc');
    expect(sections).toEqual([
      { doc: 'doc:永川府办发〔2022〕65号', numbers: ['一', '二', '三', '四', '附件'] },
      { doc: 'doc:渝府办发〔2023〕51号', numbers: ['一', '二', '三', '四', '五', '六', '七'] },
    ]);
  });

  it('links 139 responsibilities in the joint plan (70 重庆, 69 四川) and 43 in the district plan', async () => {
    const res = await rows<{ doc: string; jurisdiction: string; n: number }>(
      'MATCH (:Unit)-[r:RESPONSIBLE_FOR]->(i:Item) RETURN i.documentId AS doc, r.jurisdiction AS jurisdiction, count(r) AS n ORDER BY doc, jurisdiction',
    );
    expect(res).toEqual([
      { doc: 'doc:永川府办发〔2022〕65号', jurisdiction: '永川区', n: 43 },
      { doc: 'doc:渝府办发〔2023〕51号', jurisdiction: '四川省', n: 69 },
      { doc: 'doc:渝府办发〔2023〕51号', jurisdiction: '重庆市', n: 70 },
    ]);
  });

  it('keeps one node per unit whatever the written form: 重庆市商务委 and 市商务委 are one unit with both aliases', async () => {
    const units = await rows<{ name: string; aliases: string[] }>("MATCH (a:Alias)-[:ALIAS_OF]->(u:Unit) WHERE a.name IN ['市商务委', '重庆市商务委'] RETURN DISTINCT u.name AS name, u.aliases AS aliases");
    expect(units).toHaveLength(1);
    expect(units[0]?.name).toBe('重庆市商务委');
    expect(units[0]?.aliases).toEqual(expect.arrayContaining(['市商务委', '重庆市商务委']));
    const dup = await rows('MATCH (u:Unit) WITH u.name AS name, count(*) AS n WHERE n > 1 RETURN name');
    expect(dup).toEqual([]);
  });

  it('keeps an agreement cited by title and abbreviation as one Policy: 《区域全面经济伙伴关系协定》（RCEP）', async () => {
    // The joint plan's （二十） writes 《区域全面经济伙伴关系协定》（RCEP）; the 永川 plan's （三） writes RCEP alone.
    const res = await rows<{ id: string; name: string; kind: string; citedBy: string[] }>(
      `MATCH (p:Policy) WHERE p.name CONTAINS '区域全面经济伙伴关系协定' OR p.name = 'RCEP'
       RETURN p.id AS id, p.name AS name, p.kind AS kind, COLLECT { MATCH (i:Item)-[:CITES]->(p) RETURN i.documentId + ' ' + i.number AS c ORDER BY c } AS citedBy`,
    );
    expect(res).toEqual([{ id: 'policy:RCEP', name: '《区域全面经济伙伴关系协定》', kind: 'AGREEMENT', citedBy: ['doc:永川府办发〔2022〕65号 （三）', 'doc:渝府办发〔2023〕51号 （二十）'] }]);
  });

  it('finds 人行永川中心支行 by the form with the stray space removed, and links it to 人行重庆营管部', async () => {
    const res = await rows<{ name: string; parent: string }>("MATCH (:Alias {name: '人行永川中心支行'})-[:ALIAS_OF]->(u:Unit)-[:REPORTS_TO]->(p:Unit) RETURN u.name AS name, p.name AS parent");
    expect(res).toEqual([{ name: '人行永川中心支行', parent: '人行重庆营管部' }]);
  });

  it('follows 永川海关 to its Sichuan counterpart through 重庆海关', async () => {
    const res = await rows<{ sichuan: string }>(
      "MATCH (:Unit {name: '永川海关'})-[:REPORTS_TO]->(m:Unit)-[:COUNTERPART]-(s:Unit {jurisdiction: '四川省'}) RETURN DISTINCT s.name AS sichuan",
    );
    expect(res).toEqual([{ sichuan: '成都海关' }]);
  });

  it('stores the counterpart pairs of measure （一）, and none for 重庆市中新项目管理局 on （十三）', async () => {
    const pairs = await rows<{ a: string; b: string; basis: string }>(
      "MATCH (a:Unit)-[c:COUNTERPART {measureId: 'doc:渝府办发〔2023〕51号/二/（一）'}]->(b:Unit) RETURN a.name AS a, b.name AS b, c.basis AS basis ORDER BY a",
    );
    expect(pairs).toEqual([
      { a: '重庆海关', b: '成都海关', basis: 'FUNCTIONAL_LINE' },
      { a: '重庆银保监局', b: '四川银保监局', basis: 'FUNCTIONAL_LINE' },
    ]);
    const none = await rows("MATCH (:Unit {name: '重庆市中新项目管理局'})-[c:COUNTERPART]-() RETURN c");
    expect(none).toEqual([]);
  });

  it('keeps where each measure and responsibility stands in the source text', async () => {
    const res = await rows<{ source: string; start: number; end: number; asWritten: string; rs: number; re: number }>(
      "MATCH (d:Document {docNumber: '渝府办发〔2023〕51号'}), (u:Unit)-[r:RESPONSIBLE_FOR]->(m:Item {id: 'doc:渝府办发〔2023〕51号/三/（十）'}) WHERE r.asWritten = '市高法院' RETURN d.source AS source, m.start AS start, m.end AS end, r.asWritten AS asWritten, r.start AS rs, r.end AS re",
    );
    expect(res).toHaveLength(1);
    const row = res[0] as (typeof res)[number];
    expect(row.source.substring(row.start, row.end)).toMatch(/^（十）健全多式联运服务规则标准。/);
    expect(row.source.substring(row.rs, row.re)).toBe('市高法院');
  });
});

describe('loading again', () => {
  it('changes no count when both documents are ingested a second time', async () => {
    const before = await graphCounts(conn.db);
    await ingestFile(conn.db, JOINT_PLAN);
    await ingestFile(conn.db, DISTRICT_PLAN);
    expect(await graphCounts(conn.db)).toEqual(before);
  });

  it('on a reload drops a unit nothing names any more, with the aliases that pointed to it only', async () => {
    const before = await graphCounts(conn.db);
    // As an older parser left it: 省交通运输厅 of a 重庆-led plan read as a 重庆 unit, its written form an alias.
    await rows(
      `CREATE (u:Unit {id: 'unit:重庆市省交通运输厅', name: '重庆市省交通运输厅', jurisdiction: '重庆市', kind: 'LOCAL_GOVERNMENT_DEPARTMENT'})
       CREATE (:Alias {id: 'alias:省交通运输厅旧', name: '省交通运输厅旧'})-[:ALIAS_OF]->(u)
       WITH u MATCH (s:Alias {name: '重庆海关'}) CREATE (s)-[:ALIAS_OF]->(u)`,
    );
    await ingestFile(conn.db, JOINT_PLAN);
    expect(await rows("MATCH (u:Unit {name: '重庆市省交通运输厅'}) RETURN u")).toEqual([]);
    expect(await rows("MATCH (a:Alias {name: '省交通运输厅旧'}) RETURN a")).toEqual([]);
    // An alias another unit still has stays, pointing to that unit alone.
    expect(await rows("MATCH (:Alias {name: '重庆海关'})-[:ALIAS_OF]->(u:Unit) RETURN u.name AS name")).toEqual([{ name: '重庆海关' }]);
    expect(await graphCounts(conn.db)).toEqual(before);
  });

  it('links a written form that a unit in the graph gains from a later load, and leaves its other links as they are', async () => {
    // As if an earlier document had named 重庆市商务委 only in full: the joint plan's 市商务委 is new to the graph.
    await rows(`MATCH (u:Unit {name: '重庆市商务委'}) SET u.aliases = [a IN u.aliases WHERE a <> '市商务委']
                WITH u MATCH (a:Alias {name: '市商务委'}) DETACH DELETE a`);
    expect(await rows("MATCH (a:Alias {name: '市商务委'}) RETURN a")).toEqual([]);
    const before = await rows<{ n: number }>("MATCH (:Unit {name: '重庆市商务委'})-[r]-() RETURN count(r) AS n");
    await ingestFile(conn.db, JOINT_PLAN);
    expect(await rows("MATCH (:Alias {name: '市商务委'})-[:ALIAS_OF]->(u:Unit) RETURN u.name AS name")).toEqual([{ name: '重庆市商务委' }]);
    expect((await rows<{ aliases: string[] }>("MATCH (u:Unit {name: '重庆市商务委'}) RETURN u.aliases AS aliases"))[0]?.aliases).toContain('市商务委');
    // One more link (the new alias's); the jurisdiction, line and every other alias link is the one there before.
    expect(await rows<{ n: number }>("MATCH (:Unit {name: '重庆市商务委'})-[r]-() RETURN count(r) AS n")).toEqual([{ n: Number(before[0]?.n) + 1 }]);
    expect(await rows("MATCH (u:Unit {name: '重庆市商务委'})-[:IN_JURISDICTION]->(j) RETURN j.name AS name")).toEqual([{ name: '重庆市' }]);
  });

  it('gives every unit exactly one IN_JURISDICTION edge, to its own jurisdiction, and moves it when that changes', async () => {
    const wrong = `MATCH (u:Unit) WHERE COUNT { (u)-[:IN_JURISDICTION]->() } <> 1 OR NOT EXISTS { (u)-[:IN_JURISDICTION]->(:Jurisdiction {name: u.jurisdiction}) } RETURN u.name AS name`;
    expect(await cypherRows(conn, wrong)).toEqual([]);
    // As if 重庆海关 had been filed under 四川省 by an earlier version of the data file: a reload puts it back.
    await cypherRows(conn, `MATCH (u:Unit {name: '重庆海关'}), (j:Jurisdiction {name: '四川省'}) SET u.jurisdiction = '四川省' MERGE (u)-[:IN_JURISDICTION]->(j)`);
    await ingestFile(conn.db, JOINT_PLAN);
    expect(await cypherRows(conn, wrong)).toEqual([]);
    expect(await cypherRows(conn, `MATCH (:Unit {name: '重庆海关'})-[:IN_JURISDICTION]->(j) RETURN j.name AS name`)).toEqual([{ name: '重庆市' }]);
  });

  it('gives every unit with a line exactly one ON_LINE edge, to its own line, and moves it when that changes', async () => {
    const wrong = `MATCH (u:Unit) WHERE COUNT { (u)-[:ON_LINE]->() } <> CASE WHEN u.functionalLine IS NULL THEN 0 ELSE 1 END
                     OR (u.functionalLine IS NOT NULL AND NOT EXISTS { (u)-[:ON_LINE]->(:FunctionalLine {key: u.functionalLine}) })
                   RETURN u.name AS name`;
    expect(await cypherRows(conn, wrong)).toEqual([]);
    // As if an earlier data file had put 重庆海关 on the commerce line: a reload puts it back on customs alone.
    await cypherRows(conn, `MATCH (u:Unit {name: '重庆海关'}), (l:FunctionalLine {key: 'commerce'}) SET u.functionalLine = 'commerce' MERGE (u)-[:ON_LINE]->(l)`);
    expect(await cypherRows(conn, `MATCH (:Unit {name: '重庆海关'})-[:ON_LINE]->(l) RETURN l.key AS key ORDER BY key`)).toEqual([{ key: 'commerce' }, { key: 'customs' }]);
    await ingestFile(conn.db, JOINT_PLAN);
    expect(await cypherRows(conn, wrong)).toEqual([]);
    expect(await cypherRows(conn, `MATCH (:Unit {name: '重庆海关'})-[:ON_LINE]->(l) RETURN l.key AS key`)).toEqual([{ key: 'customs' }]);
  });

  it('at start-up reloads a seed document that another version of the parser wrote, and only that one', async () => {
    const before = await graphCounts(conn.db);
    expect(await loadSeedIfMissing(conn.db, SEED_DIR)).toEqual([]);
    // As an older version would have left it: no rowsHash, and row 31's 陆海新通道 as a platform node of its own.
    await cypherRows(
      conn,
      `MATCH (d:Document {docNumber: '永川府办发〔2022〕65号'}), (m:Item {id: d.id + '/附件/31'}) REMOVE d.rowsHash
       CREATE (m)-[:MENTIONS {start: 0, end: 0}]->(:Platform {id: 'platform:陆海新通道', name: '陆海新通道'})`,
    );
    const reloaded = await loadSeedIfMissing(conn.db, SEED_DIR);
    expect(reloaded.map((r) => r.docNumber)).toEqual(['永川府办发〔2022〕65号']);
    expect(await cypherRows(conn, "MATCH (p:Platform) WHERE p.name = '陆海新通道' RETURN p.id AS id")).toEqual([]);
    expect(await graphCounts(conn.db)).toEqual(before);
    expect(await loadSeedIfMissing(conn.db, SEED_DIR)).toEqual([]);
  });

  it('writes nothing when a load fails part-way', async () => {
    const before = await graphCounts(conn.db);
    // A new document (its own number, so none of its ids exist yet) whose last row cannot be stored: a map is not a
    // property value, so the final statement fails after the others ran.
    const doc = prepareText(fs.readFileSync(JOINT_PLAN, 'utf8').replace('渝府办发〔2023〕51号', '渝府办发〔2099〕1号'), 'test.txt');
    const documentId = doc.rows.document.id;
    const unstorable = { ownerId: documentId, id: 'target:bad', text: { not: 'storable' } as unknown as string, year: null, quantity: null, quantityFrom: null, unit: null, comparator: null, subject: null, start: 0, end: 0 };
    const bad = { ...doc.rows, targets: [...doc.rows.targets, unstorable] };
    const issued: string[] = [];
    const stop = conn.db.onStatement((e) => issued.push(e.name));
    // Neo4j refuses the map as a property value (a client error, not a lost connection or a bad statement name).
    // The error names the statement that failed and carries a stack of the code that ran it (the driver's own capture
    // is off, see src/db/no-stack-capture.ts), for the log of an unexpected error.
    await expect(loadDocument(conn.db, bad)).rejects.toMatchObject({
      code: expect.stringMatching(/^Neo\.ClientError\.Statement\./),
      statement: 'create-links',
      stack: expect.stringMatching(/\n\s+at .*runIn/),
    });
    stop();
    // Every statement of the load was sent, the failing one last of the document's, and yet nothing stayed.
    expect(issued).toEqual(expect.arrayContaining(['find-document', 'merge-document', 'create-outline', 'create-links']));
    expect(await graphCounts(conn.db)).toEqual(before);
    expect(await rows("MATCH (d:Document {docNumber: '渝府办发〔2099〕1号'}) RETURN d")).toEqual([]);
  });

  it('scans for unnamed shared nodes on a reload only: a new document takes no name away', async () => {
    const doc = prepareText(fs.readFileSync(DISTRICT_PLAN, 'utf8').replace('永川府办发〔2022〕65号', '永川府办发〔2099〕2号'), 'test-2.txt');
    const id = doc.rows.document.id;
    const runs: string[][] = [];
    const counts: Record<string, number>[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const issued: string[] = [];
        const stop = conn.db.onStatement((e) => issued.push(e.name));
        await loadDocument(conn.db, doc.rows);
        stop();
        runs.push(issued);
        counts.push(await graphCounts(conn.db));
      }
      expect(runs[0]).not.toContain('delete-orphan-nodes');
      expect(runs[1]).toContain('delete-orphan-nodes');
      // Nor does a new document send the removal of what it owned: find-document found nothing.
      expect(runs[0]).not.toContain('delete-document-owned');
      expect(runs[1]).toContain('delete-document-owned');
      // The reload replaced the document whole: every count as after the first load, its sections once each.
      expect(counts[1]).toEqual(counts[0]);
      expect(await rows('MATCH (:Document {id: $id})<-[:PART_OF]-(s:Section) RETURN count(s) AS n', { id })).toEqual([{ n: 5 }]);
    } finally {
      await removeDocument(conn, id);
    }
  });

  it('reports a database that is gone with DATABASE_UNAVAILABLE', async () => {
    const other = await openTestConnection({ NEO4J_URI: 'bolt://127.0.0.1:1' }).catch((e: unknown) => e);
    expect(other).toMatchObject({ code: ErrorCode.DATABASE_UNAVAILABLE });
  });
});
