import type { Connection } from '../../../src/db';
import { createLoaders } from '../../../src/loaders';
import { BriefService } from '../../../src/services/brief.service';
import { UnitService } from '../../../src/services/unit.service';
import { cypherRows, openSeededConnection } from '../../helpers/test-db';

/**
 * The jurisdiction rule where one jurisdiction lies inside another (永川区 PART_OF 重庆市). The seed documents have no
 * item shared by a municipal and a 永川 unit, nor a pairing with a 永川 unit, so this suite adds both: 重庆市商务委 made
 * responsible for a 永川 table row, and a pairing of 成都海关 with 永川海关.
 */

let conn: Connection;
const ROW = 'doc:永川府办发〔2022〕65号/附件/1';

beforeAll(async () => {
  conn = await openSeededConnection();
  const [added] = await cypherRows<{ n: number }>(
    conn,
    `MATCH (i:Item {id: $row}), (u:Unit {name: '重庆市商务委'}) MERGE (u)-[r:RESPONSIBLE_FOR]->(i)
     ON CREATE SET r.asWritten = '市商务委', r.jurisdiction = '永川区', r.listIndex = 0, r.position = 99, r.role = 'RESPONSIBLE'
     RETURN count(r) AS n`,
    { row: ROW },
  );
  expect(added?.n).toBe(1);
  await cypherRows(conn, `MATCH (a:Unit {name: '永川海关'}), (b:Unit {name: '成都海关'}) CREATE (a)-[:COUNTERPART {measureId: $row, basis: 'TEST', line: 'customs'}]->(b)`, { row: ROW });
});

afterAll(async () => {
  await cypherRows(conn, `MATCH (:Unit {name: '重庆市商务委'})-[r:RESPONSIBLE_FOR]->(:Item {id: $row}) DELETE r`, { row: ROW });
  await cypherRows(conn, `MATCH ()-[c:COUNTERPART {basis: 'TEST'}]->() DELETE c`);
  await conn.close();
});

type Cell = { aId: string; bId: string; measureIds: string[] };

test('重庆市 against 永川区: the municipal unit on one side, the district units on the other', async () => {
  const cells = await conn.db.read<Cell>('get-coordination-matrix', { jurisdictionA: '重庆市', jurisdictionB: '永川区' });
  expect(cells.length).toBeGreaterThan(0);
  expect(new Set(cells.map((c) => c.aId))).toEqual(new Set(['unit:重庆市商务委']));
  const [district] = await cypherRows<{ ids: string[] }>(conn, `MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(:Item {id: $row}) WHERE u.jurisdiction = '永川区' RETURN collect(u.id) AS ids`, { row: ROW });
  expect(district?.ids.length).toBeGreaterThan(0);
  expect(cells.map((c) => c.bId).sort()).toEqual([...(district?.ids ?? [])].sort());
  expect(cells.every((c) => c.measureIds.length === 1 && c.measureIds[0] === ROW)).toBe(true);
});

test('the other way round gives the same pairs, sides swapped', async () => {
  const ab = await conn.db.read<Cell>('get-coordination-matrix', { jurisdictionA: '重庆市', jurisdictionB: '永川区' });
  const ba = await conn.db.read<Cell>('get-coordination-matrix', { jurisdictionA: '永川区', jurisdictionB: '重庆市' });
  expect(ba.map((c) => `${c.bId}|${c.aId}`).sort()).toEqual(ab.map((c) => `${c.aId}|${c.bId}`).sort());
});

test('no pair has both units inside 永川区, nor both outside it', async () => {
  const cells = await conn.db.read<Cell>('get-coordination-matrix', { jurisdictionA: '重庆市', jurisdictionB: '永川区' });
  const [row] = await cypherRows<{ ids: string[] }>(conn, `MATCH (u:Unit) WHERE u.jurisdiction = '永川区' RETURN collect(u.id) AS ids`);
  const district = new Set(row?.ids ?? []);
  expect(cells.length).toBeGreaterThan(0);
  for (const c of cells) {
    expect(district.has(c.aId)).toBe(false);
    expect(district.has(c.bId)).toBe(true);
  }
});

test('counterparts(jurisdiction: "重庆市") of 成都海关 include its 永川 counterpart, and "永川区" only that one', async () => {
  const service = (): UnitService => new UnitService(createLoaders(conn.db), 200);
  const names = async (jurisdiction: string): Promise<string[]> =>
    (await service().counterpartsOfUnit('unit:成都海关', jurisdiction)).map((c) => c.unit.name).sort();
  const municipal = await names('重庆市');
  // 重庆海关 pairs with 成都海关 on the joint plan's customs measures; 永川海关 by the pairing this suite added.
  expect(municipal).toEqual(['永川海关', '重庆海关'].sort());
  expect(await names('永川区')).toEqual(['永川海关']);
  expect(await names('四川省')).toEqual([]);
});

test('a brief for 重庆市 × 永川区 has only the row both sides share, the municipal unit on side A either way round', async () => {
  for (const [a, b] of [['重庆市', '永川区'], ['永川区', '重庆市']] as const) {
    const brief = await new BriefService(conn.db).build({ kind: 'jurisdictions', jurisdictions: [a, b], document: null });
    expect(brief.data.measures.map((m) => m.id)).toEqual([ROW]);
    const pairings = brief.data.measures[0]?.pairings ?? [];
    const municipal = pairings.flatMap((p) => [a === '重庆市' ? p.a : p.b]).filter((u) => u !== null).map((u) => u.name);
    const district = pairings.flatMap((p) => [a === '重庆市' ? p.b : p.a]).filter((u) => u !== null).map((u) => u.name);
    expect(municipal).toEqual(['重庆市商务委']);
    expect(district.length).toBeGreaterThan(0);
    expect(district.every((n) => n.includes('永川'))).toBe(true);
  }
});
