import type { Connection } from '../../../src/db';
import { normalizeUnitName } from '../../../src/services/names';
import { openSeededConnection } from '../../helpers/test-db';

/**
 * Four statements resolve a written unit name inside their own query (one round trip each): get-units-by-names,
 * get-counterparts-on-measure, get-shared-measures and get-units-by-written-name. The rule is the same in all four — the
 * canonical name first, else an Alias — and this table holds them to it, so a change to one that is not made to the
 * others fails here.
 */

let conn: Connection;

beforeAll(async () => {
  conn = await openSeededConnection();
});

afterAll(() => conn.close());

// Written forms read from the documents, and the unit each one means.
const NAMES: [written: string, unit: string | null][] = [
  ['重庆市商务委', '重庆市商务委'], // canonical
  ['市商务委', '重庆市商务委'], // 市X in the Chongqing list of the joint plan
  ['省商务厅', '四川省商务厅'], // 省X in the Sichuan list
  ['人行 永川中心支行', '人行永川中心支行'], // the district plan's table, with the PDF's stray space
  ['区市场监管局', '永川区市场监管局'], // 区X in a 永川 document
  ['成都海关', '成都海关'],
  ['重庆市不存在局', null],
];

const JOINT_FIRST = 'doc:渝府办发〔2023〕51号/二/（一）';

describe.each(NAMES)('%s', (written, unit) => {
  const key = normalizeUnitName(written);

  test(`get-units-by-names resolves it to ${unit ?? 'nothing'}`, async () => {
    const rows = await conn.db.read<{ name: string }>('get-units-by-names', { names: [key] });
    expect(rows.map((r) => r.name)).toEqual(unit ? [unit] : []);
  });

  test('get-counterparts-on-measure resolves it the same way', async () => {
    const [row] = await conn.db.read<{ unit: { name: string } | null }>('get-counterparts-on-measure', { measureId: JOINT_FIRST, unitName: key });
    expect(row?.unit?.name ?? null).toBe(unit);
  });

  test('get-shared-measures resolves it the same way', async () => {
    const [row] = await conn.db.read<{ unitA: { name: string } | null; unitB: { name: string } | null }>('get-shared-measures', {
      unitA: key,
      unitB: key,
      withText: false,
    });
    expect(row?.unitA?.name ?? null).toBe(unit);
    expect(row?.unitB?.name ?? null).toBe(unit);
  });

  test('get-units-by-written-name resolves it the same way', async () => {
    const rows = await conn.db.read<{ name: string }>('get-units-by-written-name', { name: key });
    expect(rows.map((r) => r.name)).toEqual(unit ? [unit] : []);
  });
});
