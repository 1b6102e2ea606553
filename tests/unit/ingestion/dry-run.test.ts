import { dryRunJson } from '../../../src/ingestion/dry-run';
import { prepareText } from '../../../src/ingestion/pipeline';
import { classifyUnit, defaultLineTable, parentLink, type Jurisdiction } from '../../../src/ingestion/units';

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

/** The joint notice with its （1） sub-item rewritten, and that sub-item as the dry run gives it. */
function rewrittenSubItem(line: string): ItemJson | undefined {
  const text = JOINT_NOTICE.replace('（1）推广单证共享。（责任单位：市商务委；省商务厅）', line);
  const json = dryRunJson([prepareText(text, 'plan.txt')]) as { documents: { measures: ItemJson[] }[] };
  return json.documents[0]?.measures[0]?.subItems[0]?.subItems[0];
}

const pairsOf = (item: ItemJson | undefined): string[][] => (item?.counterparts ?? []).map((c) => [c.a, c.b, c.basis]).sort();

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
    const ocr = JOINT_NOTICE.replace('（一）推进口岸合作', '(一)推进口岸合作').replace('（1）推广单证共享', '(1)推广单证共享').replace('1.共建通关平台', '1．共建通关平台');
    const prepared = prepareText(ocr, 'ocr.txt');
    const json = dryRunJson([prepared]) as { documents: { measures: ItemJson[] }[] };
    const [measure] = json.documents[0]?.measures ?? [];
    expect(measure?.number).toBe('(一)');
    expect(measure?.subItems[0]?.subItems[0]?.number).toBe('(1)');
    const byNumber = new Map(prepared.rows.items.map((i) => [i.number, i.id]));
    const typed = prepareText(JOINT_NOTICE, 'plan.txt').rows.items.map((i) => i.id);
    // The same plan typed with （一）, 1. and （1） has the same ids, so a saved query finds either.
    expect(prepared.rows.items.map((i) => i.id)).toEqual(typed);
    expect(byNumber.get('(一)')).toMatch(/\/一\/（一）$/);
    expect(byNumber.get('(1)')).toMatch(/\/（一）\/1\.\/（1）$/);
  });

  it('gives 省X in the 重庆 list of a 川渝 plan to 四川, and pairs it there', () => {
    const sub = rewrittenSubItem('（1）推广单证共享。（牵头单位：市政府口岸物流办、省政府口岸物流办；配合单位：重庆海关；成都海关）');
    expect(sub?.responsibilities.map((r) => [r.asWritten, r.unit, r.jurisdiction])).toEqual([
      ['市政府口岸物流办', '重庆市政府口岸物流办', '重庆市'],
      ['省政府口岸物流办', '四川省政府口岸物流办', '四川省'],
      ['重庆海关', '重庆海关', '重庆市'],
      ['成都海关', '成都海关', '四川省'],
    ]);
    expect(pairsOf(sub)).toEqual([
      ['重庆市政府口岸物流办', '四川省政府口岸物流办', 'FUNCTIONAL_LINE'],
      ['重庆海关', '成都海关', 'FUNCTIONAL_LINE'],
    ]);
  });

  it('pairs 外汇局 with 外汇局 and 人行 with 人行, where they used to pair all four ways', () => {
    const sub = rewrittenSubItem('（1）推广跨境结算。（责任单位：人行重庆市分行、国家外汇管理局重庆市分局；人行四川省分行、国家外汇管理局四川省分局）');
    expect(pairsOf(sub)).toEqual([
      ['人行重庆市分行', '人行四川省分行', 'FUNCTIONAL_LINE'],
      ['国家外汇管理局重庆市分局', '国家外汇管理局四川省分局', 'FUNCTIONAL_LINE'],
    ]);
  });

  it('pairs parks by their kind of zone: 新区 with 新区, 高新区 with 高新区, though 成都高新区 lies in a city', () => {
    const sub = rewrittenSubItem('（1）共建开放平台。（责任单位：两江新区管委会、重庆高新区管委会；四川天府新区管委会、成都高新区管委会）');
    expect(pairsOf(sub)).toEqual([
      ['两江新区管委会', '四川天府新区管委会', 'FUNCTIONAL_LINE'],
      ['重庆高新区管委会', '成都高新区管委会', 'FUNCTIONAL_LINE'],
    ]);
  });

  it('pairs a park with the peer of its kind only, and parks of no kind with each other', () => {
    const sub = rewrittenSubItem('（1）共建开放平台。（责任单位：两江新区管委会、果园港片区管委会；四川天府新区管委会、成都国际铁路港管委会）');
    expect(pairsOf(sub)).toEqual([
      ['两江新区管委会', '四川天府新区管委会', 'FUNCTIONAL_LINE'],
      ['果园港片区管委会', '成都国际铁路港管委会', 'FUNCTIONAL_LINE'],
    ]);
  });

  it('names a division written without its department by the department before it, on its line, reporting to it', () => {
    const sub = rewrittenSubItem('（1）推进证照互认。（责任单位：市商务委自贸区处、综合处；省商务厅自贸试验区处、综合处）');
    expect(sub?.responsibilities.map((r) => [r.asWritten, r.unit])).toEqual([
      ['市商务委自贸区处', '重庆市商务委自贸区处'],
      ['综合处', '重庆市商务委综合处'],
      ['省商务厅自贸试验区处', '四川省商务厅自贸试验区处'],
      ['综合处', '四川省商务厅综合处'],
    ]);
    // Divisions do different jobs on one line: they pair by their place in the list, never with a department.
    expect(pairsOf(sub)).toEqual([
      ['重庆市商务委综合处', '四川省商务厅综合处', 'POSITION'],
      ['重庆市商务委自贸区处', '四川省商务厅自贸试验区处', 'POSITION'],
    ]);
    const table = defaultLineTable();
    const chongqing = table.jurisdictionByName.get('重庆市') as Jurisdiction;
    const headOf = (name: string): [string | undefined, string | undefined] => {
      const c = classifyUnit(name, chongqing, table);
      return [c.line?.key, parentLink({ name: c.name, jurisdiction: c.jurisdiction, line: c.line, kind: c.kind }, table).parent];
    };
    // The department under its canonical name; an office away from it (办事处) is no division.
    expect(['市商务委综合处', '市人力资源和社会保障局就业处', '市政府办公室督查处'].map(headOf)).toEqual([
      ['commerce', '重庆市商务委'],
      ['human_resources', '重庆市人力社保局'],
      ['government', '重庆市政府办公室'],
    ]);
    expect(headOf('市口岸物流办驻深圳办事处')[1]).toBeUndefined();
  });
});
