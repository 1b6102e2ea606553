import { goalTarget, isGoalHeader } from '../../../src/ingestion/parser/indicator-goal';

const span = { start: 10, end: 14 };

describe('isGoalHeader', () => {
  it.each([
    ['2025年目标', false, true],
    ['２０２５年目标值', false, true],
    ['2027年预期', false, true],
    ['目标值（2025年）', false, true],
    // Without a year, a goal only in a table of indicators: 工作目标 in a task table describes the work.
    ['目标', true, true],
    ['目标值', true, true],
    ['目标', false, false],
    ['工作目标', true, false],
    // A goal column names only the goal: 2024年目标任务 describes the work.
    ['2024年目标任务', false, false],
    ['2023年基数', true, false],
    ['指标名称', true, false],
  ])('%s (a table of indicators: %s) → %s', (header, indicators, expected) => {
    expect(isGoalHeader(header, indicators)).toBe(expected);
  });
});

describe('goalTarget', () => {
  it.each([
    // cell, header, 单位 cell → year, quantity, quantityFrom, unit, comparator
    ['1500', '2025年目标', '亿元', [2025, 1500, undefined, '亿元', undefined]],
    ['1,200', '2025年目标', '列', [2025, 1200, undefined, '列', undefined]],
    ['≥95', '2025年目标值', '%', [2025, 95, undefined, '%', '≥']],
    ['95%', '2025年目标', '', [2025, 95, undefined, '%', undefined]],
    ['９５％', '2025年目标', '', [2025, 95, undefined, '%', undefined]],
    ['1500以上', '2025年目标', '亿元', [2025, 1500, undefined, '亿元', '以上']],
    ['1500亿元以上', '2025年目标', '', [2025, 1500, undefined, '亿元', '以上']],
    ['不低于30', '目标值（2026年）', '家', [2026, 30, undefined, '家', '不低于']],
    ['10—15', '2025年目标', '个', [2025, 15, 10, '个', undefined]],
    ['3.5', '目标', '万标箱', [undefined, 3.5, undefined, '万标箱', undefined]],
    // The cell's scale on the column's unit.
    ['1.5万', '2025年目标', '列', [2025, 1.5, undefined, '万列', undefined]],
  ])('%s under %s with 单位 %s', (cell, header, unit, [year, quantity, quantityFrom, unitOf, comparator]) => {
    const t = goalTarget(cell, header, unit, '外贸进出口总额', span);
    expect(t).toEqual({
      text: cell,
      ...(year === undefined ? {} : { year }),
      quantity,
      ...(quantityFrom === undefined ? {} : { quantityFrom }),
      ...(unitOf === undefined ? {} : { unit: unitOf }),
      ...(comparator === undefined ? {} : { comparator }),
      subject: '外贸进出口总额',
      span,
    });
  });

  it.each([
    // A word before or a note after the figure says how it counts: in the subject, not the comparator.
    ['累计5', '亿美元', [5, '亿美元', '累计外贸进出口总额']],
    ['5（累计）', '亿元', [5, '亿元', '累计外贸进出口总额']],
    ['力争240', '家', [240, '家', '外贸进出口总额']],
    ['年均增长10%', '', [10, '%', '外贸进出口总额年均增长']],
  ] as const)('reads %s (单位 %s) as its figure, with how it counts', (cell, unit, [quantity, unitOf, subject]) => {
    expect(goalTarget(cell, '2025年目标', unit, '外贸进出口总额', span)).toEqual({ text: cell, year: 2025, quantity, unit: unitOf, subject, span });
  });

  it.each(['持续提升', '—', '', '稳步增长5%以上的水平'])('gives no target for a cell without one figure to reach: %s', (cell) => {
    expect(goalTarget(cell, '2025年目标', '%', '外贸进出口总额', span)).toBeUndefined();
  });
});
