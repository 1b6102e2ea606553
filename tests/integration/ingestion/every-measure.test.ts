import type { Connection } from '../../../src/db';
import { cypherRows, openSeededConnection } from '../../helpers/test-db';
// Hand-written from reading the documents (the unit tests of unit resolution use the same tables).
import { MEASURES } from '../../unit/units/seed000.fixture';
import { ROWS, UNITS_004 } from '../../unit/units/seed004.fixture';

const JOINT = 'doc:渝府办发〔2023〕51号';
const DISTRICT = 'doc:永川府办发〔2022〕65号';

let conn: Connection;
beforeAll(async () => {
  conn = await openSeededConnection();
});
afterAll(async () => {
  await conn.close();
});

const rows = <T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> => cypherRows<T>(conn, cypher, params);

interface Resp {
  asWritten: string;
  unit: string;
  jurisdiction: string;
}

async function responsibilities(itemId: string): Promise<Resp[]> {
  return rows<Resp>(
    'MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(:Item {id: $id}) RETURN r.asWritten AS asWritten, u.name AS unit, r.jurisdiction AS jurisdiction ORDER BY r.listIndex, r.position',
    { id: itemId },
  );
}

describe('every measure of the joint plan, in the graph', () => {
  it.each(MEASURES.map((m) => [m.number, m] as const))('%s: both lists as written and resolved, and its counterpart pairs', async (_n, m) => {
    const id = `${JOINT}/${m.section}/${m.number}`;
    const written = [...m.chongqing.split('、'), ...m.sichuan.split('、')];
    const names = [...m.cqNames, ...m.scNames];
    const jurisdictions = [...m.cqNames.map(() => '重庆市'), ...m.scNames.map(() => '四川省')];
    expect(await responsibilities(id)).toEqual(written.map((w, i) => ({ asWritten: w, unit: names[i], jurisdiction: jurisdictions[i] })));

    const pairs = await rows<{ a: string; b: string; basis: string; line: string }>(
      'MATCH (a:Unit)-[c:COUNTERPART {measureId: $id}]->(b:Unit) RETURN a.name AS a, b.name AS b, c.basis AS basis, c.line AS line',
      { id },
    );
    const sortPairs = <T extends { a: string; b: string }>(ps: T[]): T[] => [...ps].sort((x, y) => `${x.a}${x.b}`.localeCompare(`${y.a}${y.b}`));
    expect(sortPairs(pairs)).toEqual(sortPairs(m.pairs.map(([a, b, line]) => ({ a, b, basis: 'FUNCTIONAL_LINE', line }))));
    for (const lonely of m.unpaired ?? []) {
      expect(pairs.filter((p) => p.a === lonely || p.b === lonely)).toEqual([]);
    }
  });
});

describe('every row of the district plan’s attachment table, in the graph', () => {
  it.each(ROWS.map((r) => [r[0], r] as const))('item %s: units as written (stray spaces kept) and resolved', async (_n, [number, cell, names]) => {
    const got = await responsibilities(`${DISTRICT}/附件/${number}`);
    expect(got).toEqual(cell.split('、').map((w, i) => ({ asWritten: w.trim(), unit: names[i], jurisdiction: '永川区' })));
  });

  it('links each district unit to the municipal unit of its line, or to none', async () => {
    const got = await rows<{ name: string; line: string | null; kind: string; parent: string | null }>(
      `MATCH (u:Unit {jurisdiction: '永川区'}) WHERE (u)-[:RESPONSIBLE_FOR]->(:Item {documentId: $doc})
       OPTIONAL MATCH (u)-[:REPORTS_TO]->(p:Unit)
       RETURN u.name AS name, u.functionalLine AS line, u.kind AS kind, p.name AS parent ORDER BY name`,
      { doc: DISTRICT },
    );
    const expected = UNITS_004.map(([name, line, kind, parent]) => ({ name, line, kind, parent })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(got).toEqual(expected);
  });
});
