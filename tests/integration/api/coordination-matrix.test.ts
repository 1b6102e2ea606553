import type { Connection } from '../../../src/db';
import { cypherRows, openSeededConnection } from '../../helpers/test-db';

/**
 * get-coordination-matrix when one jurisdiction lies inside the other. The seed documents have no item shared by a
 * municipal and a 永川 unit, so this suite adds one: 重庆市商务委 and 永川区商务委 both responsible for a 永川 table row.
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
});

afterAll(async () => {
  await cypherRows(conn, `MATCH (:Unit {name: '重庆市商务委'})-[r:RESPONSIBLE_FOR]->(:Item {id: $row}) DELETE r`, { row: ROW });
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

test('two district units of the same row are never paired with each other', async () => {
  const cells = await conn.db.read<Cell>('get-coordination-matrix', { jurisdictionA: '重庆市', jurisdictionB: '永川区' });
  expect(cells.some((c) => c.aId.startsWith('unit:永川'))).toBe(false);
});
