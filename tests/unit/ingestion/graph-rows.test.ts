import { prepareText } from '../../../src/ingestion/pipeline';

const PLAN = [
  '重庆市永川区人民政府办公室',
  '泸州市人民政府办公室',
  '',
  '关于印发泸永开放平台联动测试方案的通知',
  '',
  '永川府办发〔2024〕71号',
  '',
  '各镇人民政府、街道办事处，区政府各部门：',
  '',
  '重庆市永川区人民政府办公室     泸州市人民政府办公室',
  '',
  '2024年3月12日',
  '',
  '泸永开放平台联动测试方案',
  '',
  '一、工作目标',
  '',
  '到2025年，外贸进出口总额达到600亿元以上，其中泸州、永川分别达到350亿元、250亿元。',
  '',
  '二、重点任务',
  '',
  '（一）拓展航空货运。新开国际全货机航线分别达到20条、12条。（责任单位：泸州市商务局；永川区商务委）',
  '',
].join('\n');

describe('graph rows: targets', () => {
  it('keeps each figure one sentence gives for several places as a target of its own, each with its id', () => {
    const { rows } = prepareText(PLAN, 'plan.txt');
    const figures = rows.targets.map((t) => [t.quantity, t.unit, t.subject]);
    expect(figures).toHaveLength(5);
    expect(figures).toEqual(
      expect.arrayContaining([
        [600, '亿元', '外贸进出口总额'],
        [350, '亿元', '外贸进出口总额（泸州）'],
        [250, '亿元', '外贸进出口总额（永川）'],
        [20, '条', '新开国际全货机航线'],
        [12, '条', '新开国际全货机航线'],
      ]),
    );
    expect(new Set(rows.targets.map((t) => t.id)).size).toBe(rows.targets.length);
  });
});
