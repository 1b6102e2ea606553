import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../../src/ingestion/parser';
import { resolveUnits } from '../../../src/ingestion/units';
import { MEASURES } from './seed000.fixture';
import { ROWS, UNITS_004 } from './seed004.fixture';

const seed = (file: string) => parseDocument(readFileSync(join(__dirname, '../../../seed', file), 'utf8'));

describe('parser output of the seeds, resolved', () => {
  describe('000', () => {
    const r = resolveUnits(seed('000_a6c520428239bded.txt'));

    it('has the 53 distinct units counted by hand', () => {
      expect(r.units).toHaveLength(53);
    });

    it('resolves every measure as the hand-typed lists do', () => {
      for (const m of MEASURES) {
        const key = `${m.section}/${m.number}`;
        const of = (i: number) => r.responsibilities.filter((x) => x.itemKey === key && x.listIndex === i).map((x) => x.unit);
        expect([key, of(0), of(1)]).toEqual([key, m.cqNames, m.scNames]);
      }
    });

    it('has 69 line pairs and only 市中新项目管理局 unpaired', () => {
      expect(r.counterparts).toHaveLength(MEASURES.reduce((n, m) => n + m.pairs.length, 0));
      expect(r.counterparts).toHaveLength(69);
      expect(r.counterparts.every((p) => p.basis === 'FUNCTIONAL_LINE')).toBe(true);
      expect(r.unpaired).toEqual([{ itemKey: '四/（十三）', unit: '重庆市中新项目管理局' }]);
      expect(r.warnings).toEqual([]);
    });
  });

  describe('004', () => {
    const r = resolveUnits(seed('004_5a98e9d818adeed0.txt'));

    it('has the 17 distinct units counted by hand', () => {
      expect(r.units.map((u) => u.name).sort()).toEqual(UNITS_004.map(([n]) => n).sort());
    });

    it('resolves every attachment row as the hand-typed cells do', () => {
      for (const [n, , names] of ROWS) {
        expect([n, r.responsibilities.filter((x) => x.itemKey === `附件/${n}`).map((x) => x.unit)]).toEqual([n, names]);
      }
    });

    it('links 15 units to Chongqing parents and warns about nothing', () => {
      expect(r.units.filter((u) => u.parent !== undefined)).toHaveLength(15);
      expect(r.impliedUnits).toHaveLength(15);
      expect(r.warnings).toEqual([]);
    });
  });
});
