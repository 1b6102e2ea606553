import { dryRunJson } from '../../../src/ingestion/dry-run';
import { prepareText } from '../../../src/ingestion/pipeline';

const JOINT_NOTICE = [
  '重庆市人民政府办公厅',
  '',
  '四川省人民政府办公厅',
  '',
  '关于印发测试行动方案的通知',
  '',
  '渝府办发〔2024〕99号',
  '',
  '重庆市各区县（自治县）人民政府：',
  '',
  '《测试行动方案》已经同意，现印发给你们。',
  '',
  '重庆市人民政府办公厅     四川省人民政府办公厅',
  '',
  '2024年2月2日',
  '',
  '测试行动方案',
  '',
  '一、主要任务',
  '',
  '（一）推进口岸合作。总体要求如下：',
  '1.共建通关平台。（责任单位：重庆海关；成都海关）',
  '（1）推广单证共享。（责任单位：市商务委；省商务厅）',
].join('\n');

interface ItemJson {
  number: string;
  kind: string;
  responsibilities: { asWritten: string; unit: string; jurisdiction: string }[];
  counterparts: { a: string; b: string; basis: string }[];
  subItems: ItemJson[];
}

describe('dry-run JSON', () => {
  it('nests sub-items under their measure, each with the units named on it and their pairs', () => {
    const json = dryRunJson([prepareText(JOINT_NOTICE, 'plan.txt')]) as { documents: { measures: ItemJson[] }[] };
    const [measure] = json.documents[0]?.measures ?? [];
    expect(measure?.number).toBe('（一）');
    expect(measure?.responsibilities).toEqual([]);
    const sub = measure?.subItems[0];
    expect([sub?.number, sub?.kind]).toEqual(['1.', 'SUB_ITEM']);
    expect(sub?.responsibilities.map((r) => [r.asWritten, r.unit, r.jurisdiction])).toEqual([
      ['重庆海关', '重庆海关', '重庆市'],
      ['成都海关', '成都海关', '四川省'],
    ]);
    expect(sub?.counterparts.map((c) => [c.a, c.b, c.basis])).toEqual([['重庆海关', '成都海关', 'FUNCTIONAL_LINE']]);
    const subSub = sub?.subItems[0];
    expect(subSub?.number).toBe('（1）');
    expect(subSub?.responsibilities.map((r) => r.unit)).toEqual(['重庆市商务委', '四川省商务厅']);
    expect(subSub?.subItems).toEqual([]);
  });

  it('keys an item numbered with half-width brackets as the genre writes them, its number kept as written', () => {
    const ocr = JOINT_NOTICE.replace('（一）推进口岸合作', '(一)推进口岸合作').replace('（1）推广单证共享', '(1)推广单证共享');
    const prepared = prepareText(ocr, 'ocr.txt');
    const json = dryRunJson([prepared]) as { documents: { measures: ItemJson[] }[] };
    const [measure] = json.documents[0]?.measures ?? [];
    expect(measure?.number).toBe('(一)');
    expect(measure?.subItems[0]?.subItems[0]?.number).toBe('(1)');
    const byNumber = new Map(prepared.rows.items.map((i) => [i.number, i.id]));
    const typed = prepareText(JOINT_NOTICE, 'plan.txt').rows.items.map((i) => i.id);
    // The same plan typed with （一） and （1） has the same ids, so a saved query finds either.
    expect(prepared.rows.items.map((i) => i.id)).toEqual(typed);
    expect(byNumber.get('(一)')).toMatch(/\/一\/（一）$/);
    expect(byNumber.get('(1)')).toMatch(/\/（一）\/1\.\/（1）$/);
  });
});
