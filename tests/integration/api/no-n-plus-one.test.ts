import type { Connection, StatementEvent } from '../../../src/db';
import type { App } from '../../../src/server/app';
import { postGraphQL } from '../../helpers/graphql-client';
import { startSeededApi, stopSeededApi } from '../../helpers/test-db';

/**
 * Every relationship field goes through a per-request DataLoader backed by one UNWIND statement, so the number of
 * statements a query costs depends on its shape, not on how many items it returns.
 */

let conn: Connection;
let app: App;
let base: string;

beforeAll(async () => {
  ({ conn, app, base } = await startSeededApi());
});

afterAll(() => stopSeededApi({ conn, app }));

async function statementsFor(query: string, variables: Record<string, unknown> = {}): Promise<{ names: string[]; data: unknown }> {
  const seen: StatementEvent[] = [];
  const off = conn.db.onStatement((e) => seen.push(e));
  try {
    const res = await postGraphQL(base, query, variables);
    expect(res.body.errors).toBeUndefined();
    return { names: seen.map((e) => e.name), data: res.body.data };
  } finally {
    off();
  }
}

const NESTED = `
  measures { id responsibilities { asWritten unit { name counterparts { basis unit { name } } } } }`;

test('documents → measures → responsibilities → unit → counterparts: one document costs what two cost', async () => {
  const one = await statementsFor(`query($n: String!) { document(docNumber: $n) { ${NESTED} } }`, { n: '渝府办发〔2023〕51号' });
  const two = await statementsFor(`{ documents { ${NESTED} } }`);
  const measuresIn = (d: unknown): number => JSON.stringify(d).split('"responsibilities"').length - 1;
  // Two documents return many more measures (24 + the 永川 plan's) than one…
  expect(measuresIn(two.data)).toBeGreaterThan(measuresIn(one.data) + 20);
  // …for the same number of statements: the root, then one per level that needs the database (measures,
  // responsibilities, counterparts). The units of responsibilities and counterparts come with those statements, which
  // prime unitById, so no level costs a second statement.
  expect(two.names.length).toBe(one.names.length);
  expect(two.names.length).toBeLessThanOrEqual(4);
  expect(two.names).not.toContain('get-units-by-ids');
  for (const name of new Set(two.names)) expect(two.names.filter((n) => n === name).length).toBe(1);
});

test('measures(first: 2) and measures(first: 24) of the joint plan cost the same statements', async () => {
  const q = `query($n: Int) { measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: $n) { edges { node { id document { docNumber } section { title } platforms { name }
    responsibilities { unit { name parent { name } counterparts { unit { name } } } } } } } }`;
  const small = await statementsFor(q, { n: 2 });
  const large = await statementsFor(q, { n: 24 });
  expect(JSON.stringify(large.data).length).toBeGreaterThan(JSON.stringify(small.data).length * 5);
  expect(large.names.sort()).toEqual(small.names.sort());
});

test('a page that does not ask for texts leaves them out, and the same request still answers measure(id) { text } whole', async () => {
  const q = `{ measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 1) { edges { node { id number } } }
    measure(id: "doc:渝府办发〔2023〕51号/二/（一）") { number text } }`;
  const { names, data } = await statementsFor(q);
  const d = data as { measures: { edges: { node: { id: string } }[] }; measure: { number: string; text: string } };
  expect(d.measures.edges.map((e) => e.node.id)).toEqual(['doc:渝府办发〔2023〕51号/二/（一）']);
  expect(d.measure.number).toBe('（一）');
  // Read from the document: measure （一） of the joint plan.
  expect(d.measure.text).toContain('开展贸易监管模式协同创新。持续推广应用“关银一key通”川渝一体化模式');
  expect(d.measure.text).toContain('推动实施更为便利的货物进出境管理措施');
  expect(names.sort()).toEqual(['get-items-by-ids', 'list-measures']);
});

test('a page that asks for texts gets them in its one statement', async () => {
  const { names, data } = await statementsFor(`{ measures(filter: { docNumber: "渝府办发〔2023〕51号" }, first: 6) { edges { node { number text } } } }`);
  const nodes = (data as { measures: { edges: { node: { number: string; text: string } }[] } }).measures.edges.map((e) => e.node);
  expect(nodes[5]?.number).toBe('（六）');
  expect(nodes[5]?.text).toContain('做优中欧班列（成渝）品牌。共建中欧班列（成渝）一体化运价机制');
  expect(names).toEqual(['list-measures']);
});

test('sharedMeasures fetches texts only when asked, in its one statement either way', async () => {
  const q = (fields: string): string => `{ sharedMeasures(unitA: "重庆海关", unitB: "重庆市政府口岸物流办") { ${fields} } }`;
  type Shared = { sharedMeasures: { number: string; text?: string }[] };
  const bare = await statementsFor(q('number'));
  const full = await statementsFor(q('number text'));
  // Read from the joint plan: both are responsible for （二）（三）（六）（八）（九）.
  expect((bare.data as Shared).sharedMeasures.map((m) => m.number)).toEqual(['（二）', '（三）', '（六）', '（八）', '（九）']);
  expect((full.data as Shared).sharedMeasures[2]?.text).toContain('做优中欧班列（成渝）品牌');
  expect(bare.names).toEqual(['get-shared-measures']);
  expect(full.names).toEqual(['get-shared-measures']);
});

test('units → renamedTo / renamedFrom → unit → parent: five units cost what fifty cost', async () => {
  const q = `query($n: Int) { units(first: $n) { edges { node { name renamedTo { since unit { name parent { name } } }
    renamedFrom { unit { name renamedTo { unit { name } } } } } } } }`;
  const small = await statementsFor(q, { n: 5 });
  const large = await statementsFor(q, { n: 50 });
  expect(JSON.stringify(large.data).length).toBeGreaterThan(JSON.stringify(small.data).length * 5);
  expect(large.names.sort()).toEqual(small.names.sort());
  expect(large.names.filter((n) => n === 'get-renames-by-unit-ids').length).toBeLessThanOrEqual(2);
});
