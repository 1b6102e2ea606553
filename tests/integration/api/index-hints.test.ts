import type { Connection } from '../../../src/db';
import { openSeededConnection } from '../../helpers/test-db';

/**
 * Two statements hint an index seek (USING INDEX SEEK). Were the index renamed or dropped, Neo4j would only warn and
 * fall back to a scan — with 1,000 documents a document's page would take 31–44 ms instead of 4, counterparts 8–9 ms
 * instead of 3 — and nothing else would fail. Here each statement's plan is asked for and must carry no such warning,
 * and the page's plan must start from the index seek (with USING INDEX alone, the planner sometimes chose a scan of
 * the whole index on the seeds).
 */

let conn: Connection;

beforeAll(async () => {
  conn = await openSeededConnection();
});

afterAll(async () => {
  await conn.close();
});

interface Plan {
  operatorType: string;
  children: Plan[];
}

async function explain(text: string, params: Record<string, unknown>): Promise<{ operators: string[]; notifications: string[] }> {
  const session = conn.db.driver.session({ database: conn.db.databaseName });
  try {
    const { summary } = await session.run(`EXPLAIN ${text}`, params);
    const operators: string[] = [];
    const walk = (p: Plan): void => {
      operators.push(p.operatorType.replace(/@.*$/, ''));
      p.children.forEach(walk);
    };
    if (summary.plan) walk(summary.plan as unknown as Plan);
    return { operators, notifications: summary.notifications.map((n) => n.code) };
  } finally {
    await session.close();
  }
}

const PAGE = {
  docNumber: '渝府办发〔2023〕51号', section: null, unitId: null, jurisdiction: null, functionalLine: null, platform: null,
  text: null, kind: null, after: null, limit: 24, withResponsibilities: true, withText: false, lean: false,
};

test('a hint to an index that does not exist is reported, so that the checks below can fail', async () => {
  const { notifications } = await explain('MATCH (n:Item) USING INDEX n:Item(noSuchProperty) WHERE n.noSuchProperty = $v RETURN n', { v: 1 });
  expect(notifications).toContain('Neo.ClientNotification.Schema.HintedIndexNotFound');
});

test.each([
  ['a document', { ...PAGE }],
  ['every document', { ...PAGE, docNumber: null }],
  ['a document, lean', { ...PAGE, lean: true }],
])('list-measures for %s starts from the Item(documentId) prefix seek it hints', async (_name, params) => {
  const { operators, notifications } = await explain(conn.db.cypher.get('list-measures').text, params);
  expect(notifications).toEqual([]);
  expect(operators).toContain('NodeIndexSeekByRange');
  expect(operators).not.toContain('NodeByLabelScan');
});

test('get-counterparts-on-measure finds its index', async () => {
  const { notifications } = await explain(conn.db.cypher.get('get-counterparts-on-measure').text, {
    measureId: 'doc:渝府办发〔2023〕51号/二/（一）',
    unitName: '重庆海关',
  });
  expect(notifications).toEqual([]);
});
