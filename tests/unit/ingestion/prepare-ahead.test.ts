import fs from 'node:fs';
import { ErrorCode, isAppError } from '../../../src/errors';
import type { LoadableDocument } from '../../../src/ingestion/pipeline';
import { prepareAhead, PrepareRequest } from '../../../src/ingestion/prepare-ahead';
import { DISTRICT_PLAN, JOINT_PLAN } from '../../helpers/test-db';

async function all(requests: Iterable<PrepareRequest>, ahead?: number): Promise<(LoadableDocument | string)[]> {
  const out: (LoadableDocument | string)[] = [];
  for await (const d of prepareAhead(requests, { ahead })) out.push(isAppError(d) ? `${d.code} ${d.message}` : d);
  return out;
}

describe('prepareAhead (parsing in a worker thread, ahead of the load)', () => {
  it('yields each document in the order asked, a rejected one as its error, and the reports a load prints', async () => {
    const joint = fs.readFileSync(JOINT_PLAN, 'utf8');
    const out = await all([{ file: JOINT_PLAN }, { file: 'empty.txt', text: '' }, { file: DISTRICT_PLAN }, { file: 'joint-again.txt', text: joint }], 2);
    expect(out).toHaveLength(4);
    const [first, second, third, fourth] = out as [LoadableDocument, string, LoadableDocument, LoadableDocument];
    // The joint plan: 24 measures, 139 responsibilities; the district plan: 5 measures and 33 attachment items.
    expect([first.file, first.report.docNumber, first.report.measures, first.report.responsibilities]).toEqual([JOINT_PLAN, '渝府办发〔2023〕51号', 24, 139]);
    expect(second).toMatch(new RegExp(`^${ErrorCode.INPUT_EMPTY} empty\\.txt`));
    expect([third.report.docNumber, third.report.measures, third.report.attachmentItems]).toEqual(['永川府办发〔2022〕65号', 5, 33]);
    expect(fourth.report.docNumber).toBe('渝府办发〔2023〕51号');
    // The rows cross the thread as they are: the same as the first document's.
    expect(fourth.rows.items).toEqual(first.rows.items);
  });

  it('asks its source for no more than `ahead` documents in front of the one the caller holds', async () => {
    let pulled = 0;
    function* requests(): Generator<PrepareRequest> {
      for (let i = 0; i < 10; i += 1) {
        pulled += 1;
        yield { file: `blank-${i}.txt`, text: ' ' };
      }
    }
    const seen: number[] = [];
    for await (const d of prepareAhead(requests(), { ahead: 3 })) {
      expect(isAppError(d)).toBe(true);
      seen.push(pulled);
    }
    // Holding document k (0-based), the source has given at most k + 1 + 3 (and never more than its 10).
    expect(seen.every((p, k) => p <= Math.min(10, k + 1 + 3))).toBe(true);
    expect(seen).toHaveLength(10);
  });

  it('stops the run with the file and the stack when preparing fails other than as bad input (a bug)', async () => {
    // Not a text: the parser fails with a TypeError, which is no verdict on a document.
    const broken = { file: 'broken.txt', text: 42 as unknown as string };
    await expect(all([{ file: 'blank.txt', text: ' ' }, broken, { file: JOINT_PLAN }])).rejects.toThrow(/^preparing broken\.txt failed in its thread: TypeError/);
  });

  it('yields nothing for no documents', async () => {
    expect(await all([])).toEqual([]);
  });
});
