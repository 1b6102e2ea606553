import { parseDocument } from '../../../src/ingestion/parser';

/** A 重庆 notice around a plan body. */
function notice(body: string): string {
  return [
    '重庆市人民政府办公厅',
    '',
    '关于印发重庆市贸易便利化若干措施的通知',
    '',
    '渝府办发〔2024〕9号',
    '',
    '各区县（自治县）人民政府，市政府各部门：',
    '',
    '现将《重庆市贸易便利化若干措施》印发给你们，请认真贯彻执行。',
    '',
    '重庆市人民政府办公厅',
    '',
    '2024年3月1日',
    '',
    '重庆市贸易便利化若干措施',
    '',
    body,
  ].join('\n');
}

const TASKS = ['一、重点任务', '', '（一）推进通关一体化。推广“两段准入”。', '（二）发展跨境电商。建设跨境电商产业园。', '（三）放宽外资准入。落实负面清单制度。', ''];
const unitsOf = (source: string): string[][] =>
  parseDocument(source).sections.flatMap((s) => s.items.map((i) => [`${s.number}/${i.number}`, ...i.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`)]));

describe('measures given out by number in a section of their own (二、责任分工)', () => {
  it('gives each measure of a range the units its assignment names; the assignment keeps none and is no measure', () => {
    const source = notice([...TASKS, '二、责任分工', '', '（一）第（一）—（二）项由市商务委牵头负责，重庆海关配合；', '（二）第（三）项由市发展改革委牵头负责。'].join('\n'));
    expect(unitsOf(source)).toEqual([
      ['一/（一）', 'LEAD:市商务委', 'SUPPORTING:重庆海关'],
      ['一/（二）', 'LEAD:市商务委', 'SUPPORTING:重庆海关'],
      ['一/（三）', 'LEAD:市发展改革委'],
      ['二/（一）'],
      ['二/（二）'],
    ]);
    const doc = parseDocument(source);
    expect(doc.sections[1]?.kind).toBe('GENERAL');
    // Where each unit stands: in the assignment's sentence.
    const unit = doc.sections[0]?.items[1]?.unitLists[0]?.units[0];
    expect(source.slice(unit?.span.start, unit?.span.end)).toBe('市商务委');
    expect(doc.warnings).toEqual([]);
  });

  it('leaves the units on the assignment, with a warning, where a number names two measures or a measure names its own', () => {
    const own = notice(
      [...TASKS.slice(0, 2), '（一）推进通关一体化。推广“两段准入”。（责任单位：重庆海关）', ...TASKS.slice(3), '二、责任分工', '', '（一）第（一）—（二）项由市商务委牵头负责。'].join('\n'),
    );
    const doc = parseDocument(own);
    expect(unitsOf(own)).toEqual([['一/（一）', 'RESPONSIBLE:重庆海关'], ['一/（二）'], ['一/（三）'], ['二/（一）', 'LEAD:市商务委']]);
    expect(doc.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^item （一） gives measures 第（一）—（二）项/));
  });

  it('reads lists of numbers (第（一）、（三）项), drops the "names no unit" warning of a measure that gets units, and keeps a task section with 分工 in its title', () => {
    const own = '（一）推进通关一体化。推广“两段准入”。（责任单位：重庆海关）';
    const source = notice(
      ['一、重点任务及责任分工', '', own, '（二）发展跨境电商。（责任单位：市商务委）', '（三）放宽外资准入。落实负面清单制度。', '（四）扩大开放。（责任单位：市发展改革委）', '（五）优化服务。（责任单位：市政府办公厅）', '', '二、组织实施', '', '（一）第（三）、（六）—（六）项由市商务委牵头负责。'].join('\n'),
    );
    // A task section whose title says 分工 stays one; （六） names no measure, so the units stay on the assignment.
    expect(parseDocument(source).sections[0]?.kind).toBe('TASKS');
    expect(unitsOf(source).find((r) => r[0] === '二/（一）')).toEqual(['二/（一）', 'LEAD:市商务委']);
    const ok = notice(['一、重点任务及责任分工', '', own, '（二）发展跨境电商。（责任单位：市商务委）', '（三）放宽外资准入。落实负面清单制度。', '（四）扩大开放。（责任单位：市发展改革委）', '', '二、组织实施', '', '（一）第（三）项由市商务委牵头负责，重庆海关配合。'].join('\n'));
    const doc = parseDocument(ok);
    expect(unitsOf(ok).find((r) => r[0] === '一/（三）')).toEqual(['一/（三）', 'LEAD:市商务委', 'SUPPORTING:重庆海关']);
    expect(doc.warnings).toEqual([]);
    const list = notice([...TASKS, '二、责任分工', '', '（一）第（一）、（三）项由市商务委牵头负责。', '（二）第（二）项由市发展改革委牵头负责。'].join('\n'));
    expect(unitsOf(list).slice(0, 3)).toEqual([
      ['一/（一）', 'LEAD:市商务委'],
      ['一/（二）', 'LEAD:市发展改革委'],
      ['一/（三）', 'LEAD:市商务委'],
    ]);
  });

  it('does not give 第1—2项 to measures numbered （一）, （二）: the units stay on the assignment, with a warning', () => {
    const source = notice([...TASKS, '二、责任分工', '', '（一）第1—2项由重庆海关牵头负责。'].join('\n'));
    expect(unitsOf(source)).toEqual([['一/（一）'], ['一/（二）'], ['一/（三）'], ['二/（一）', 'LEAD:重庆海关']]);
    expect(parseDocument(source).warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/gives measures 第1—2项/));
  });

  it('reads 第一项改革 opening an attachment row as the row\'s own text, not as an assignment', () => {
    const source = `${notice(TASKS.join('\n'))}\n\n附件\n\n清单\n\n序号\t改革事项\t责任单位\n1\t第一项改革。内容一。\t区商务委\n\n抄送：区委办。`;
    expect(unitsOf(source).find((r) => r[0] === '附件/1')).toEqual(['附件/1', 'RESPONSIBLE:区商务委']);
  });
});
