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
    const figures = rows.targets.map((t) => [t.quantity, t.unit]);
    expect(figures).toHaveLength(5);
    expect(figures).toEqual(expect.arrayContaining([[600, '亿元'], [350, '亿元'], [250, '亿元'], [20, '条'], [12, '条']]));
    const share = (quantity: number) => rows.targets.find((t) => t.quantity === quantity);
    expect([share(350)?.subject, share(250)?.subject]).toEqual(['外贸进出口总额（泸州）', '外贸进出口总额（永川）']);
    // The two shares begin where their sentence's clause does: their ids differ by where each figure ends.
    expect(share(350)?.start).toBe(share(250)?.start);
    expect(share(350)?.id).toBe(`target:doc:永川府办发〔2024〕71号@${share(350)?.start}-${share(350)?.end}`);
    expect(share(250)?.id).not.toBe(share(350)?.id);
  });
});
