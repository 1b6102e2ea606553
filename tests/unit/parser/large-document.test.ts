import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../../src/ingestion/parser';

// Speed is measured by `npm run bench:ingest` (timing assertions flake); this checks the parser stays correct at 1 MB.
describe('a 1 MB document', () => {
  it('parses every repeated measure section', () => {
    const seed = readFileSync(join(__dirname, '../../../seed/000_a6c520428239bded.txt'), 'utf8');
    const start = seed.indexOf('二、高水平推动');
    const end = seed.indexOf('七、保障措施');
    const tasks = seed.slice(start, end);
    const parts: string[] = [seed.slice(0, start)];
    let size = start;
    let copies = 0;
    for (; size < 1_000_000; copies++) {
      parts.push(tasks);
      size += tasks.length * 3; // UTF-8 bytes: CJK characters take three each
    }
    parts.push(seed.slice(end));
    const text = parts.join('');
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(1_000_000);
    const doc = parseDocument(text);
    // Each copy of sections 二–六 holds the 24 measures （一）–（二十四）, and every one keeps its 责任单位 clause.
    const measures = doc.sections.flatMap((s) => s.items).filter((i) => i.kind === 'MEASURE');
    expect(measures.length).toBe(24 * copies);
    expect(measures.every((m) => m.unitLists.length === 2)).toBe(true);
  });
});
