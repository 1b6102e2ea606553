import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../../src/ingestion/parser';

describe('performance', () => {
  it('parses 1 MB of notice text in under a second', () => {
    const seed = readFileSync(join(__dirname, '../../../seed/000_a6c520428239bded.txt'), 'utf8');
    const start = seed.indexOf('二、高水平推动');
    const end = seed.indexOf('七、保障措施');
    const tasks = seed.slice(start, end);
    const parts: string[] = [seed.slice(0, start)];
    let size = start;
    for (let i = 0; size < 1_000_000; i++) {
      parts.push(tasks);
      size += tasks.length * 3; // UTF-8 bytes: CJK characters take three each
    }
    parts.push(seed.slice(end));
    const text = parts.join('');
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(1_000_000);
    parseDocument(text.slice(0, 20000)); // warm up the JIT
    const t0 = process.hrtime.bigint();
    const doc = parseDocument(text);
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    expect(doc.sections.flatMap((s) => s.items).length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(1000);
  });
});
