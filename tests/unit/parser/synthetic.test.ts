import { parseChineseNumeral, parseDocument } from '../../../src/ingestion/parser';
import { prepareText } from '../../../src/ingestion/pipeline';
import { jurisdictionIndexByPrefix, jurisdictionOfHeader, jurisdictionOfIssuer } from '../../../src/ingestion/parser/jurisdictions';
import type { ParsedItem } from '../../../src/model/parsed';

/** A minimal single-issuer notice around a plan body. */
function notice(body: string, issuer = '重庆市人民政府办公厅'): string {
  return [
    issuer,
    '',
    '关于印发测试行动方案的通知',
    '',
    '渝府办发〔2024〕1号',
    '',
    '各区县（自治县）人民政府，市政府各部门：',
    '',
    '《测试行动方案》已经市政府同意，现印发给你们，请认真贯彻执行。',
    '',
    issuer,
    '',
    '2024年1月2日',
    '',
    '（此件公开发布）',
    '',
    '测试行动方案',
    '',
    '为测试解析器，特制定本方案。',
    '',
    body,
  ].join('\n');
}

/** The same notice issued jointly by 重庆 and 四川 (the 重庆 office first, as in the joint seed). */
function jointNotice(body: string): string {
  return ['重庆市人民政府办公厅', '', '四川省人民政府办公厅', '', ...notice(body).split('\n').slice(2)].join('\n');
}

const firstItem = (source: string): ParsedItem => parseDocument(source).sections[0]?.items[0] as ParsedItem;

describe('responsible-unit clause variants', () => {
  it('reads 牵头单位 and a following 配合单位 as lead and supporting lists', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。具体内容。（牵头单位：市商务委、市发展改革委；配合单位：市财政局）'));
    expect(item.unitLists.map((l) => [l.index, l.jurisdiction, l.role, l.label, l.units.map((u) => u.asWritten)])).toEqual([
      [0, '重庆市', 'LEAD', '牵头单位', ['市商务委', '市发展改革委']],
      [0, '重庆市', 'SUPPORTING', '配合单位', ['市财政局']],
    ]);
  });

  const lists = (item: ParsedItem): string[] => item.unitLists.map((l) => `${l.role}:${l.jurisdiction}:${l.units.map((u) => u.asWritten).join('、')}${l.trailing ? `+${l.trailing}` : ''}`);

  it.each([
    // Role verbs inside a labelled clause: each part's verb gives its role.
    ['（责任单位：省商务厅牵头，省发展改革委、省财政厅、省委网信办配合）', ['LEAD:四川省:省商务厅', 'SUPPORTING:四川省:省发展改革委、省财政厅、省委网信办']],
    ['（责任单位：市商务委牵头，市财政局配合；省商务厅牵头，省财政厅配合）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:市财政局', 'LEAD:四川省:省商务厅', 'SUPPORTING:四川省:省财政厅']],
    // A time to finish by closes the clause: it names no unit, and stays as the last list's closing phrase.
    ['（牵头单位：市商务委；配合单位：重庆海关；完成时限：2025年12月底前）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:重庆海关+完成时限：2025年12月底前']],
    // 等地方法人银行, 等（银行业）金融机构: the banks named, then "the other banks" as an entry of its own.
    ['（责任单位：人行重庆营管部、重庆银行、重庆农商行等地方法人银行）', ['RESPONSIBLE:重庆市:人行重庆营管部、重庆银行、重庆农商行、地方法人银行']],
    ['（责任单位：人行重庆营管部，中国银行重庆市分行、工商银行重庆市分行等金融机构）', ['RESPONSIBLE:重庆市:人行重庆营管部、中国银行重庆市分行、工商银行重庆市分行、金融机构']],
    ['（责任单位：市商务委、重庆海关；时间节点：2025年底前）', ['RESPONSIBLE:重庆市:市商务委、重庆海关+时间节点：2025年底前']],
    // Inside a segment, with a further list after it: the segment's list ends there, the next list is still read.
    ['（牵头单位：市商务委，完成时限：2024年底前；配合单位：市财政局）', ['LEAD:重庆市:市商务委+完成时限：2024年底前', 'SUPPORTING:重庆市:市财政局']],
    ['（责任单位：市商务委；省商务厅；完成时限：2025年12月）', ['RESPONSIBLE:重庆市:市商务委', 'RESPONSIBLE:四川省:省商务厅+完成时限：2025年12月']],
    ['（牵头单位：市商务委；配合单位：重庆海关，2025年底前完成）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:重庆海关+2025年底前完成']],
    ['（责任单位：市商务委、市财政局等按职责分工负责，2025年6月底前完成）', ['RESPONSIBLE:重庆市:市商务委、市财政局+等按职责分工负责，2025年6月底前完成']],
    // A 四川 segment with supporting units where the 重庆 one has none: the list is still 四川's.
    ['（责任单位：市商务委；省商务厅牵头，省财政厅配合）', ['RESPONSIBLE:重庆市:市商务委', 'LEAD:四川省:省商务厅', 'SUPPORTING:四川省:省财政厅']],
    ['（责任单位：市商务委牵头，各区县政府按职责分工负责）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:各区县政府+按职责分工负责']],
    // A role in brackets after a unit, in any of the brackets the genre uses.
    ['（责任单位：市商务委（牵头）、市财政局、市市场监管局）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市财政局、市市场监管局']],
    ['（责任单位：市商务委〔牵头〕、市发展改革委）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委']],
    ['（责任单位：市商务委【牵头】、市发展改革委）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委']],
    // 下同 ("the same below") closes the list and names no unit (before: a unit 重庆市下同, or no units at all).
    ['（责任单位：市商务委、市发展改革委，下同）', ['RESPONSIBLE:重庆市:市商务委、市发展改革委+下同']],
    // Inside a unit's bracket 下同 is the name's (以下简称…，下同), not the clause's note.
    ['（责任单位：市商务委、重庆市人民政府口岸和物流办公室（以下简称市口岸物流办，下同））', ['RESPONSIBLE:重庆市:市商务委、重庆市人民政府口岸和物流办公室（以下简称市口岸物流办，下同）']],
    // The ratio sign ∶ (U+2236) that converters give for a colon labels a clause as ： does.
    ['（责任单位∶市商务委；省商务厅）', ['RESPONSIBLE:重庆市:市商务委', 'RESPONSIBLE:四川省:省商务厅']],
    ['（牵头单位∶重庆海关；成都海关）', ['LEAD:重庆市:重庆海关', 'LEAD:四川省:成都海关']],
    ['（市商务委、市发展改革委按职责分工负责，下同）', ['RESPONSIBLE:重庆市:市商务委、市发展改革委+按职责分工负责，下同']],
    // 排名第一的为牵头单位: the unit named first leads, the others stay responsible; the note is no unit.
    ['（责任单位：市商务委、市发展改革委、市财政局，排名第一的为牵头单位）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委、市财政局+排名第一的为牵头单位']],
    ['（责任单位：市商务委、市发展改革委）（排名第一的为牵头单位）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委+排名第一的为牵头单位']],
    ['（责任单位：市商务委、市发展改革委；省商务厅、省发展改革委，排在第一位的为牵头单位）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委', 'LEAD:四川省:省商务厅', 'RESPONSIBLE:四川省:省发展改革委+排在第一位的为牵头单位']],
    // Other wordings: after a full stop, 排第一, 排在首位; ，其余为配合单位 makes the others supporting; a deadline after the note.
    ['（责任单位：市商务委、市发展改革委。排名第一的为牵头单位）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委+排名第一的为牵头单位']],
    ['（责任单位：市商务委、市发展改革委，排在首位的为牵头单位）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委+排在首位的为牵头单位']],
    ['（责任单位：市商务委、市发展改革委，排名第一的为牵头单位，其余为配合单位）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:市发展改革委+排名第一的为牵头单位，其余为配合单位']],
    ['（责任单位：市商务委、市发展改革委，排名第一的为牵头单位；2025年底前完成）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:市发展改革委+排名第一的为牵头单位，2025年底前完成']],
    // A lone unit has no order to speak of: it stays as the label says.
    ['（责任单位：市商务委，排名第一的为牵头单位）', ['RESPONSIBLE:重庆市:市商务委+排名第一的为牵头单位']],
    // Labels some offices write.
    ['（牵头单位：市商务委；协办单位：市财政局、市市场监管局）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:市财政局、市市场监管局']],
    ['（牵头责任单位：市商务委；配合责任单位：市财政局）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:市财政局']],
    ['（主要责任单位：市商务委、市财政局）', ['LEAD:重庆市:市商务委、市财政局']],
    // 和 between two units, not inside a name (市经济和信息化委); 等 with the kind of the others.
    ['（责任单位：市经济和信息化委、市市场监管局和各区县政府）', ['RESPONSIBLE:重庆市:市经济和信息化委、市市场监管局、各区县政府']],
    ['（责任单位：市商务委、市发展改革委等市级部门）', ['RESPONSIBLE:重庆市:市商务委、市发展改革委+等市级部门']],
    // Inside a list, 等市级部门 is a generic entry of its own.
    ['（责任单位：市商务委、市发展改革委等市级部门，各区县政府）', ['RESPONSIBLE:重庆市:市商务委、市发展改革委、市级部门、各区县政府']],
    ['（责任单位：市商务委及其下属单位、重庆海关及隶属海关）', ['RESPONSIBLE:重庆市:市商务委、重庆海关']],
    // A segment of central bodies alone takes no place's turn: the lists after it are still 重庆's and 四川's.
    ['（责任单位：海关总署；西永海关、两路海关；成都双流机场海关）', ['RESPONSIBLE:重庆市:海关总署', 'RESPONSIBLE:重庆市:西永海关、两路海关', 'RESPONSIBLE:四川省:成都双流机场海关']],
    // 等国家部委 after a ministry: the ministry, then "the other ministries" as an entry of its own.
    ['（责任单位：商务部等国家部委、市商务委；省商务厅）', ['RESPONSIBLE:重庆市:商务部、国家部委、市商务委', 'RESPONSIBLE:四川省:省商务厅']],
    ['（责任单位：市商务委，万州区、涪陵区等区县政府，重庆交运集团等市级国有企业）', ['RESPONSIBLE:重庆市:市商务委、万州区、涪陵区、区县政府、重庆交运集团、市级国有企业']],
    ['（责任单位：市委宣传部和市文化旅游委）', ['RESPONSIBLE:重庆市:市委宣传部、市文化旅游委']],
    ['（责任单位：市国资委，重庆交运集团等市属国有企业）', ['RESPONSIBLE:重庆市:市国资委、重庆交运集团、市属国有企业']],
    // Compound verbs; without a label every name must end as a unit's does.
    ['（市商务委牵头负责）', ['LEAD:重庆市:市商务委']],
    ['（市商务委牵头，各区县政府落实）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:各区县政府']],
    ['（市商务委负责，各区县政府配合落实）', ['RESPONSIBLE:重庆市:市商务委', 'SUPPORTING:重庆市:各区县政府']],
    ['（抓好落实）', []],
    // （…) with the other width's closing bracket closes the clause.
    ['（责任单位：市商务委、市发展改革委)', ['RESPONSIBLE:重庆市:市商务委、市发展改革委']],
    // A role mark in the first of two segments leaves the second the second jurisdiction's.
    ['（责任单位：市交通运输委（牵头）；长江航务管理局）', ['LEAD:重庆市:市交通运输委', 'RESPONSIBLE:四川省:长江航务管理局']],
    // A place's label opens its list (重庆：…；四川：…, 四川省——… after ，), whichever order the lists come in.
    ['（责任单位：重庆：重庆海关、市商务委；四川：成都海关、省商务厅）', ['RESPONSIBLE:重庆市:重庆海关、市商务委', 'RESPONSIBLE:四川省:成都海关、省商务厅']],
    ['（责任单位：四川省——人行四川省分行，重庆市——人行重庆市分行）', ['RESPONSIBLE:四川省:人行四川省分行', 'RESPONSIBLE:重庆市:人行重庆市分行']],
    // An item's own clause written 本条总责任单位.
    ['（本条总责任单位：市委金融办；省委金融办）', ['RESPONSIBLE:重庆市:市委金融办', 'RESPONSIBLE:四川省:省委金融办']],
    // A list is placed by its first unit that names a place by its start, not only by its first unit.
    ['（责任单位：成都海关、省商务厅；重庆海关、市商务委）', ['RESPONSIBLE:四川省:成都海关、省商务厅', 'RESPONSIBLE:重庆市:重庆海关、市商务委']],
    // A typed notice's space inside the label.
    ['（责任 单位：重庆海关；成都海关）', ['RESPONSIBLE:重庆市:重庆海关', 'RESPONSIBLE:四川省:成都海关']],
    // A time to finish by, or how long, in brackets after a unit is no part of its name.
    ['（责任单位：市经济信息委、市商务委（2025年12月底前完成））', ['RESPONSIBLE:重庆市:市经济信息委、市商务委']],
    ['（责任单位：市交通运输委（持续推进）；省交通运输厅〔2024年底前〕）', ['RESPONSIBLE:重庆市:市交通运输委', 'RESPONSIBLE:四川省:省交通运输厅']],
    // Each side's label without 责任单位 says these are its units (重庆：…；四川：…, 重庆方面：…).
    ['（重庆：市交通运输委、重庆高速集团；四川：省交通运输厅、蜀道集团）', ['RESPONSIBLE:重庆市:市交通运输委、重庆高速集团', 'RESPONSIBLE:四川省:省交通运输厅、蜀道集团']],
    ['（重庆方面：市商务委；四川方面：省商务厅）', ['RESPONSIBLE:重庆市:市商务委', 'RESPONSIBLE:四川省:省商务厅']],
    ['（责任单位：重庆方：市商务委；四川方：省商务厅）', ['RESPONSIBLE:重庆市:市商务委', 'RESPONSIBLE:四川省:省商务厅']],
    // Not when what follows the label is no list of units.
    ['（重庆：2025年底前完成）', []],
    // A request to bodies above inside a clause (争取…支持) gives them no task: it closes the part before.
    ['（责任单位：市农业农村委牵头，争取市科技局支持；省农业农村厅牵头，积极争取省科技厅、农业农村部支持）', ['LEAD:重庆市:市农业农村委+争取市科技局支持', 'LEAD:四川省:省农业农村厅+积极争取省科技厅、农业农村部支持']],
    // Times written without a year or in full-width digits, how long, and a time before a role mark.
    ['（责任单位：市商务委（6月底前）、市发展改革委（２０２５年底前））', ['RESPONSIBLE:重庆市:市商务委、市发展改革委']],
    ['（责任单位：市经济信息委（持续）、市商务委（2025年底前）（牵头））', ['RESPONSIBLE:重庆市:市经济信息委', 'LEAD:重庆市:市商务委']],
    // 属地 without 按, and 按照属地管理原则.
    ['（责任单位：市商务委牵头，各区县政府按照属地管理原则负责）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:各区县政府+按照属地管理原则负责']],
    // 按属地负责 closes a list as 按职责分工负责 does.
    ['（责任单位：市商务委牵头，各区县政府按属地负责）', ['LEAD:重庆市:市商务委', 'RESPONSIBLE:重庆市:各区县政府+按属地负责']],
    // A bare 负责 closes the list; the body that guides the work (指导, 业务指导) takes part as a supporting unit; 在…指导下
    // names no task of the guiding body's.
    ['（责任单位：市商务委、市财政局负责；省商务厅负责）', ['RESPONSIBLE:重庆市:市商务委、市财政局+负责', 'RESPONSIBLE:四川省:省商务厅+负责']],
    ['（责任单位：市交通运输委、重庆海关，交通运输部业务指导；省交通运输厅）', ['RESPONSIBLE:重庆市:市交通运输委、重庆海关', 'SUPPORTING:重庆市:交通运输部', 'RESPONSIBLE:四川省:省交通运输厅']],
    ['（责任单位：市金融监管局，在国家金融监管总局指导下推进；省金融监管局）', ['RESPONSIBLE:重庆市:市金融监管局+在国家金融监管总局指导下推进', 'RESPONSIBLE:四川省:省金融监管局']],
    // The other role a verb gives inside a 牵头单位 list leaves the 配合单位 list after it first of its role.
    ['（牵头单位：市商务委，商务部指导；配合单位：市财政局）', ['LEAD:重庆市:市商务委', 'SUPPORTING:重庆市:商务部', 'SUPPORTING:重庆市:市财政局']],
  ])('reads %s', (clause, expected) => {
    expect(lists(firstItem(jointNotice(`一、重点任务\n\n（一）做好第一件事。具体内容。${clause}`)))).toEqual(expected);
  });

  it('reads 排名第一的为牵头单位 after a clause on a line of its own, the note in brackets after the last unit', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。具体内容。\n责任单位：市政府口岸物流办、重庆海关、市商务委（排名第一的为牵头单位）'));
    expect(lists(item)).toEqual(['LEAD:重庆市:市政府口岸物流办', 'RESPONSIBLE:重庆市:重庆海关、市商务委+排名第一的为牵头单位']);
  });

  it('reads 牵头单位：…, 配合单位：… and 完成时限：… on lines of their own, none run into the line above', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。具体内容。\n牵头单位：市经济信息委\n配合单位：市商务委、江北区政府\n完成时限：2025年12月\n\n（二）做好第二件事。'));
    expect(lists(item)).toEqual(['LEAD:重庆市:市经济信息委', 'SUPPORTING:重庆市:市商务委、江北区政府+完成时限：2025年12月']);
    expect(item.text).toBe('（一）做好第一件事。具体内容。\n牵头单位：市经济信息委\n配合单位：市商务委、江北区政府\n完成时限：2025年12月');
  });

  it('gives 牵头单位：… and 配合单位：… lines below the sub-items to the whole item', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）提升综保区能级\n1. 推动提质增效。完善配套设施。\n2. 发展保税新业态。支持保税维修。\n牵头单位：区商务委、江津综保区管委会\n配合单位：江津海关、区发展改革委\n\n（二）深化改革。推进通关。（责任单位：区商务委）'));
    expect(lists(item)).toEqual(['LEAD:重庆市:区商务委、江津综保区管委会', 'SUPPORTING:重庆市:江津海关、区发展改革委']);
    expect(item.subItems.map((p) => p.unitLists.length)).toEqual([0, 0]);
  });

  it('reads a separate （配合单位：…） clause', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。（牵头单位：市商务委）（配合单位：市财政局、市税务局）'));
    expect(item.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])).toEqual([
      ['LEAD', ['市商务委']],
      ['SUPPORTING', ['市财政局', '市税务局']],
    ]);
  });

  it('reads 〔责任单位：…〕 with 〔〕', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。具体内容。〔责任单位：市商务委、市财政局〕'));
    expect(item.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])).toEqual([['RESPONSIBLE', ['市商务委', '市财政局']]]);
  });

  it('separates a trailing 按职责分工负责 from the last unit', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。具体内容。（责任单位：市商务委、各区县政府按职责分工负责）'));
    expect(item.unitLists[0]?.units.map((u) => u.asWritten)).toEqual(['市商务委', '各区县政府']);
    expect(item.unitLists[0]?.trailing).toBe('按职责分工负责');
  });

  it.each([
    ['（责任单位：市商务局、市发改委、市市场监管局等）', ['市商务局', '市发改委', '市市场监管局'], '等'],
    ['（责任单位：市商务局、成都高新区管委会，分别负责）', ['市商务局', '成都高新区管委会'], '分别负责'],
    ['（责任单位：市口岸物流办、成都国际铁路港管委会等按职能职责分工落实）', ['市口岸物流办', '成都国际铁路港管委会'], '等按职能职责分工落实'],
    ['（责任单位：市商务委、市财政局等部门按职责分工负责）', ['市商务委', '市财政局'], '等部门按职责分工负责'],
  ])('closes the list %s without a unit named after its trailing phrase', (clause, units, trailing) => {
    const item = firstItem(notice(`一、重点任务\n\n（一）做好第一件事。具体内容。${clause}`));
    expect(item.unitLists.map((l) => [l.units.map((u) => u.asWritten), l.trailing])).toEqual([[units, trailing]]);
  });

  it('keeps unit names with brackets and stray spaces, and their spans', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市政府口岸物流办（市物流办）、人行 重庆营管部）');
    const item = firstItem(source);
    const units = item.unitLists[0]?.units ?? [];
    expect(units.map((u) => u.asWritten)).toEqual(['市政府口岸物流办（市物流办）', '人行 重庆营管部']);
    for (const u of units) expect(source.slice(u.span.start, u.span.end)).toBe(u.asWritten);
  });

  it('reads a unit after 会同 ("together with") without the connective, its span on the name', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委、市发展改革委，会同四川省商务厅）');
    const units = firstItem(source).unitLists[0]?.units ?? [];
    expect(units.map((u) => u.asWritten)).toEqual(['市商务委', '市发展改革委', '四川省商务厅']);
    for (const u of units) expect(source.slice(u.span.start, u.span.end)).toBe(u.asWritten);
  });

  it('gives each list of a joint plan to its issuer, and a lone Sichuan list to Sichuan', () => {
    const doc = parseDocument(jointNotice('一、重点任务\n\n（一）第一件事。（责任单位：市商务委；省商务厅）\n\n（二）第二件事。（责任单位：四川省商务厅）'));
    expect(doc.jurisdictions.map((j) => j.name)).toEqual(['重庆市', '四川省']);
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => l.jurisdiction)).toEqual(['重庆市', '四川省']);
    expect(b?.unitLists.map((l) => l.jurisdiction)).toEqual(['四川省']);
  });
  it('reads units on a line of their own after the measure, without brackets, and 牵头/配合 lines glued by a lost line break', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）深化通关模式协同改革。推广查验结果互认。',
      '责任单位：重庆海关、市政府口岸物流办；成都海关、省政府口岸物流办',
      '',
      '（二）共建开放平台。推动平台互联。',
      '牵头单位：市商务委；省商务厅配合单位：重庆海关、市税务局；成都海关、省税务局',
      '',
      '（三）压实工作责任。各单位要明确责任单位：按照分工落实到位，确保取得实效。',
      '',
      '（四）强化督促落实。',
      '责任单位：按照分工落实到位，确保取得实效。',
    ].join('\n');
    const [a, b, c, d] = parseDocument(jointNotice(body)).sections[0]?.items ?? [];
    const lists = (i: ParsedItem | undefined): [string, string, string[]][] => (i?.unitLists ?? []).map((l) => [l.role, l.jurisdiction, l.units.map((u) => u.asWritten)]);
    expect(lists(a)).toEqual([
      ['RESPONSIBLE', '重庆市', ['重庆海关', '市政府口岸物流办']],
      ['RESPONSIBLE', '四川省', ['成都海关', '省政府口岸物流办']],
    ]);
    expect(lists(b)).toEqual([
      ['LEAD', '重庆市', ['市商务委']],
      ['LEAD', '四川省', ['省商务厅']],
      ['SUPPORTING', '重庆市', ['重庆海关', '市税务局']],
      ['SUPPORTING', '四川省', ['成都海关', '省税务局']],
    ]);
    // A label inside a sentence, or one followed by no unit names, is text.
    expect(lists(c)).toEqual([]);
    expect(lists(d)).toEqual([]);
  });

  it('gives a lone list of 省 units to Sichuan and of 市 units to Chongqing, whatever its place', () => {
    const doc = parseDocument(jointNotice('一、重点任务\n\n（一）第一件事。（责任单位：省交通运输厅、省港航事务中心、成都海关）\n\n（二）第二件事。（责任单位：市交通运输委；省交通运输厅）'));
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => l.jurisdiction)).toEqual(['四川省']);
    expect(b?.unitLists.map((l) => l.jurisdiction)).toEqual(['重庆市', '四川省']);
  });

  it('reads a role label that follows ， or 。 inside the clause, each role counting its lists per jurisdiction', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）第一件事。（牵头单位：市商务委，配合单位：市级有关部门；牵头单位：省商务厅，配合单位：省直有关部门）',
      '（二）第二件事。（牵头单位：重庆市政府口岸物流办、市交通运输委；四川省政府口岸物流办、省交通运输厅。配合单位：重庆海关；成都海关）',
    ].join('\n');
    const doc = parseDocument(jointNotice(body));
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => [l.index, l.jurisdiction, l.role, l.units.map((u) => u.asWritten)])).toEqual([
      [0, '重庆市', 'LEAD', ['市商务委']],
      [0, '重庆市', 'SUPPORTING', ['市级有关部门']],
      [1, '四川省', 'LEAD', ['省商务厅']],
      [1, '四川省', 'SUPPORTING', ['省直有关部门']],
    ]);
    expect(b?.unitLists.map((l) => [l.index, l.jurisdiction, l.role, l.units.map((u) => u.asWritten)])).toEqual([
      [0, '重庆市', 'LEAD', ['重庆市政府口岸物流办', '市交通运输委']],
      [1, '四川省', 'LEAD', ['四川省政府口岸物流办', '省交通运输厅']],
      [0, '重庆市', 'SUPPORTING', ['重庆海关']],
      [1, '四川省', 'SUPPORTING', ['成都海关']],
    ]);
  });

  it('closes 〔责任单位：…〕 after a nested 〔〕 in a unit name', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做好第一件事。〔责任单位：市商务委，各区县〔自治县〕政府按职责分工负责〕'));
    expect(item.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['市商务委', '各区县〔自治县〕政府']]);
    expect(item.unitLists[0]?.trailing).toBe('按职责分工负责');
  });

  it('reads a clause without a label, units followed by their role: 市商务委牵头，市财政局等配合；省商务厅牵头，…', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）第一件事。（市商务委牵头，市发展改革委、市财政局等配合；省商务厅牵头，省发展改革委配合）',
      '（二）第二件事。（由重庆海关、成都海关负责）。',
      '（三）第三件事，时间为（2023—2025年）。（责任单位：市商务委；省商务厅）',
    ].join('\n');
    const doc = parseDocument(jointNotice(body));
    const [a, b, c] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => [l.index, l.jurisdiction, l.role, l.label, l.units.map((u) => u.asWritten), l.trailing ?? null])).toEqual([
      [0, '重庆市', 'LEAD', '牵头', ['市商务委'], null],
      [0, '重庆市', 'SUPPORTING', '配合', ['市发展改革委', '市财政局'], '等配合'],
      [1, '四川省', 'LEAD', '牵头', ['省商务厅'], null],
      [1, '四川省', 'SUPPORTING', '配合', ['省发展改革委'], null],
    ]);
    // Each list keeps where its units stand in the source.
    const src = jointNotice(body);
    const fin = a?.unitLists[1]?.units[1];
    expect(src.slice(fin?.span.start, fin?.span.end)).toBe('市财政局');
    expect(b?.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])).toEqual([['RESPONSIBLE', ['重庆海关', '成都海关']]]);
    // A labelled clause wins; a bracket of years is no clause.
    expect(c?.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['市商务委'], ['省商务厅']]);
    expect(doc.warnings).toEqual([]);
  });

  it('splits points written inline with their own clauses (1）…；2）…, ①…；②…) into sub-items, titled before the clause', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）推进国际贸易“单一窗口”建设。1）拓展地方特色应用（牵头单位：市商务局，配合单位：宜宾海关）；2）推广跨境电商综合服务平台（牵头单位：市邮政管理局）。',
      '（二）发展多式联运。①推进多式联运示范工程（责任单位：市交通运输局）；②开行铁海联运班列（责任单位：市港口与物流局）。',
      '（三）优化营商环境。1）完善制度；2）加强监管。（责任单位：市市场监管局）',
    ].join('\n');
    const doc = parseDocument(notice(body, '宜宾市人民政府办公室'));
    const subs = (i: number): string[][] =>
      (doc.sections[0]?.items[i]?.subItems ?? []).map((x) => [x.number, x.title, ...x.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`)]);
    expect(subs(0)).toEqual([
      ['1）', '拓展地方特色应用', 'LEAD:市商务局', 'SUPPORTING:宜宾海关'],
      ['2）', '推广跨境电商综合服务平台', 'LEAD:市邮政管理局'],
    ]);
    expect(subs(1)).toEqual([
      ['①', '推进多式联运示范工程', 'RESPONSIBLE:市交通运输局'],
      ['②', '开行铁海联运班列', 'RESPONSIBLE:市港口与物流局'],
    ]);
    // Points that share one clause stay the item's text, the clause the item's.
    expect([subs(2), doc.sections[0]?.items[2]?.unitLists.map((l) => l.units.map((u) => u.asWritten).join('、'))]).toEqual([[], ['市市场监管局']]);
  });

  it('reads a clause without a label whose places share one unit\'s name (泸州市、宜宾市投资促进局配合), but no bare place alone', () => {
    const read = (clause: string): string[] => lists(firstItem(notice(`一、重点任务\n\n（一）协同招商引资。共建项目库。${clause}`, '四川省人民政府办公厅')));
    expect(read('（省投资促进局牵头，泸州市、宜宾市投资促进局配合）')).toEqual(['LEAD:四川省:省投资促进局', 'SUPPORTING:四川省:泸州市、宜宾市投资促进局']);
    // Places alone are their governments, as in a labelled list (the units module names them 泸州市政府).
    expect(read('（省投资促进局牵头，泸州市、宜宾市配合）')).toEqual(['LEAD:四川省:省投资促进局', 'SUPPORTING:四川省:泸州市、宜宾市']);
    // A place before a unit that does not open with a place shares nothing; 全市 and 自贸试验区 are no places: the bracket is text.
    expect(read('（省投资促进局牵头，泸州市、省商务厅配合）')).toEqual([]);
    expect(read('（省投资促进局牵头，全市、各区县政府配合）')).toEqual([]);
    expect(read('（省投资促进局牵头，自贸试验区、市财政局配合）')).toEqual([]);
  });

  it('reads a clause without a label whose unit carries a second name in 〔〕 (市经信局〔市新经济委〕牵头), as in （）', () => {
    const read = (clause: string): string[] => lists(firstItem(notice(`一、重点任务\n\n（一）协同发展先进制造业。共建跨区域产业链。${clause}`, '成都市人民政府办公厅')));
    expect(read('（市经信局〔市新经济委〕牵头，市发改委、市投促局、市商务局配合）')).toEqual(['LEAD:成都市:市经信局〔市新经济委〕', 'SUPPORTING:成都市:市发改委、市投促局、市商务局']);
    expect(read('（市经信局（市新经济委）牵头，市发改委、市投促局、市商务局配合）')).toEqual(['LEAD:成都市:市经信局（市新经济委）', 'SUPPORTING:成都市:市发改委、市投促局、市商务局']);
  });

  it('leaves a closing bracket that is not a unit clause as text, and warns when most measures name units but one does not', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）第一件事。（责任单位：市商务委）',
      '（二）第二件事。（责任单位：市财政局）',
      '（三）第三件事。（具体办法由市商务委另行制定并负责解释）',
    ].join('\n');
    const doc = parseDocument(notice(body));
    const items = doc.sections[0]?.items ?? [];
    expect(items.map((i) => i.unitLists.length)).toEqual([1, 1, 0]);
    expect(doc.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/^item （三） names no responsible unit/)]);
    expect(doc.warnings[0]?.line).toBe(notice(body).split('\n').indexOf('（三）第三件事。（具体办法由市商务委另行制定并负责解释）') + 1);
  });

  it('rejoins a unit list that a page break cut after ；', () => {
    const body = '一、重点任务\n\n（一）第一件事。（责任单位：市商务委、市发展改革委；\n\n省商务厅、省发展改革委）\n（二）第二件事。（责任单位：重庆海关；成都海关）';
    const doc = parseDocument(jointNotice(body));
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.text).toBe('（一）第一件事。（责任单位：市商务委、市发展改革委；省商务厅、省发展改革委）');
    expect(a?.unitLists.map((l) => [l.jurisdiction, l.units.map((u) => u.asWritten)])).toEqual([
      ['重庆市', ['市商务委', '市发展改革委']],
      ['四川省', ['省商务厅', '省发展改革委']],
    ]);
    expect(b?.number).toBe('（二）');
    expect(doc.warnings).toEqual([]);
  });
});

describe('outline', () => {
  it('reads the closing article of a 若干措施 without a 附则 chapter (本措施由…负责解释，自…施行) as general, not a measure', () => {
    const doc = parseDocument(
      notice('第一条　支持加工贸易。给予奖励。（责任单位：区商务委）\n\n第二条　建设物流园区。（责任单位：区物流办）\n\n第三条　本措施由区商务委负责解释，自印发之日起施行，有效期至2026年12月31日。'),
    );
    expect(doc.sections.flatMap((s) => s.items.map((i) => `${i.number}:${i.kind}`))).toEqual(['第一条:MEASURE', '第二条:MEASURE', '第三条:GENERAL']);
    // An article that only mentions the measures, or names its units, stays a measure.
    const kept = parseDocument(notice('第一条　本措施所称企业是指在本区注册的企业，由区商务委负责认定。（责任单位：区商务委）'));
    expect(kept.sections.flatMap((s) => s.items.map((i) => i.kind))).toEqual(['MEASURE']);
  });

  it('never runs a title into a unit clause on the next line', () => {
    const first = firstItem(notice('一、重点任务\n\n（一）建立商事纠纷多元化解机制，设立知识产权保护工作站；\n（责任单位：市高法院；省法院）\n\n二、保障措施\n\n（一）加强组织领导。统筹推进。'));
    expect(first.title).toBe('建立商事纠纷多元化解机制，设立知识产权保护工作站；');
  });

  it.each([
    ['a comma at the end of the line', '（一）建立商事纠纷多元化解机制，设立知识产权保护工作站，\n加强与成都知识产权法庭司法协作。（责任单位：市高法院；省法院）'],
    ['a page number between', '（一）建立商事纠纷多元化解机制，设立知识产权保护工作站，\n— 4 —\n加强与成都知识产权法庭司法协作。（责任单位：市高法院；省法院）'],
    ['the comma opening the next line', '（一）建立商事纠纷多元化解机制，设立知识产权保护工作站\n— 4 —\n，加强与成都知识产权法庭司法协作。（责任单位：市高法院；省法院）'],
  ])('takes a title cut by a break (%s) up to the first 。 of the sentence it began', (_case, item) => {
    const first = firstItem(notice(`一、重点任务\n\n${item}\n\n二、保障措施\n\n（一）加强组织领导。统筹推进。`));
    expect([first.title, first.text]).toEqual([
      '建立商事纠纷多元化解机制，设立知识产权保护工作站，加强与成都知识产权法庭司法协作',
      '（一）建立商事纠纷多元化解机制，设立知识产权保护工作站，加强与成都知识产权法庭司法协作。（责任单位：市高法院；省法院）',
    ]);
  });

  it('parses 1. and （1） sub-items inside an item', () => {
    const source = notice(
      [
        '一、重点任务',
        '',
        '（一）推进改革。总体要求如下：',
        '1.第一项任务。具体内容。（责任单位：市商务委）',
        '（1）细项一。内容一。',
        '（2）细项二。内容二。',
        '2．第二项任务。具体内容。',
        '',
        '（二）完善机制。内容。',
      ].join('\n'),
    );
    const [item, second] = parseDocument(source).sections[0]?.items ?? [];
    expect(item?.title).toBe('推进改革');
    expect(item?.subItems.map((s) => [s.kind, s.number, s.ordinal, s.title])).toEqual([
      ['SUB_ITEM', '1.', 1, '第一项任务'],
      ['SUB_ITEM', '2．', 2, '第二项任务'],
    ]);
    expect(item?.subItems[0]?.subItems.map((s) => [s.number, s.ordinal, s.title, s.text])).toEqual([
      ['（1）', 1, '细项一', '（1）细项一。内容一。'],
      ['（2）', 2, '细项二', '（2）细项二。内容二。'],
    ]);
    expect(item?.subItems[0]?.unitLists[0]?.units.map((u) => u.asWritten)).toEqual(['市商务委']);
    expect(item?.unitLists).toEqual([]);
    expect(item?.text).toBe('（一）推进改革。总体要求如下：\n1.第一项任务。具体内容。（责任单位：市商务委）\n（1）细项一。内容一。\n（2）细项二。内容二。\n2．第二项任务。具体内容。');
    expect(second?.title).toBe('完善机制');
  });

  it('gives a unit clause on its own line below the last sub-item to the whole item when no sub-item names units', () => {
    const joint = parseDocument(
      jointNotice(
        [
          '一、重点任务',
          '',
          '（一）深化金融合作。推动川渝金融协同。',
          '1. 推动跨境结算便利化。',
          '2. 支持绿色金融发展。',
          '（责任单位：市地方金融监管局、人行重庆营管部；省地方金融监管局、人行成都分行）',
          '（二）加强物流协同。',
          '1. 共建物流枢纽。',
          '（责任单位：市交通局；省交通运输厅）',
          '2. 共建班列品牌。',
          '（责任单位：市口岸物流办；省发展改革委）',
          '（三）深化跨境金融合作。推动结算便利化。（牵头单位：市金融监管局；省地方金融监管局）',
          '1. 推广跨境人民币结算。',
          '2. 推进外汇收支便利化。',
          '（配合单位：人行重庆营管部；人行成都分行）',
        ].join('\n'),
      ),
    );
    const header = jointNotice('一、重点任务');
    const [finance, logistics, crossBorder] = joint.sections[0]?.items ?? [];
    const written = (i: ParsedItem | undefined): string[][] => (i?.unitLists ?? []).map((l) => [l.jurisdiction, ...l.units.map((u) => u.asWritten)]);
    expect(written(finance)).toEqual([
      ['重庆市', '市地方金融监管局', '人行重庆营管部'],
      ['四川省', '省地方金融监管局', '人行成都分行'],
    ]);
    expect(finance?.subItems.map((s) => [s.text, written(s)])).toEqual([
      ['1. 推动跨境结算便利化。', []],
      ['2. 支持绿色金融发展。', []],
    ]);
    expect(finance?.text).toBe(
      '（一）深化金融合作。推动川渝金融协同。\n1. 推动跨境结算便利化。\n2. 支持绿色金融发展。\n（责任单位：市地方金融监管局、人行重庆营管部；省地方金融监管局、人行成都分行）',
    );
    // Provenance: each unit's span is its written form in the source, and the item's span is its text.
    const text = joint.source;
    for (const u of finance?.unitLists.flatMap((l) => l.units) ?? []) expect(text.slice(u.span.start, u.span.end)).toBe(u.asWritten);
    expect(text.slice(finance?.span.start, finance?.span.end)).toBe(finance?.text);
    expect(header.length).toBeLessThan(finance?.span.start ?? 0);
    // Sub-items that name their own units keep them, each its own.
    expect(written(logistics)).toEqual([]);
    expect(logistics?.subItems.map((s) => [s.title, written(s), s.text])).toEqual([
      ['共建物流枢纽', [['重庆市', '市交通局'], ['四川省', '省交通运输厅']], '1. 共建物流枢纽。\n（责任单位：市交通局；省交通运输厅）'],
      ['共建班列品牌', [['重庆市', '市口岸物流办'], ['四川省', '省发展改革委']], '2. 共建班列品牌。\n（责任单位：市口岸物流办；省发展改革委）'],
    ]);
    // An item that names its lead units in its own paragraph gets the supporting units below its sub-items as well.
    expect((crossBorder?.unitLists ?? []).map((l) => [l.role, l.jurisdiction, ...l.units.map((u) => u.asWritten)])).toEqual([
      ['LEAD', '重庆市', '市金融监管局'],
      ['LEAD', '四川省', '省地方金融监管局'],
      ['SUPPORTING', '重庆市', '人行重庆营管部'],
      ['SUPPORTING', '四川省', '人行成都分行'],
    ]);
    expect(crossBorder?.subItems.map((i) => written(i))).toEqual([[], []]);
    // An item that names its responsible units itself leaves a 责任单位 line below its sub-items to the last one.
    const own = parseDocument(
      jointNotice(['一、重点任务', '', '（一）推进数据共享。（责任单位：市商务委；省商务厅）', '1. 共建平台。', '2. 共享数据。', '（责任单位：重庆海关；成都海关）'].join('\n')),
    ).sections[0]?.items[0];
    expect(written(own)).toEqual([['重庆市', '市商务委'], ['四川省', '省商务厅']]);
    expect(own?.subItems.map((i) => written(i))).toEqual([[], [['重庆市', '重庆海关'], ['四川省', '成都海关']]]);
    expect(text.slice(crossBorder?.span.start, crossBorder?.span.end)).toBe(crossBorder?.text);
    expect(joint.warnings).toEqual([]);
  });

  it('gives a sentence below the sub-items that looks back on them all (以上…, 上述…) to the item, with a clause after it', () => {
    const source = jointNotice(
      [
        '一、重点任务',
        '',
        '（一）共建开放平台。推动两地平台互联。',
        '1. 共建国际贸易“单一窗口”。（责任单位：市口岸物流办；省口岸物流办）',
        '2. 共享通关数据。',
        '以上工作由两地统筹推进。（责任单位：市商务委；省商务厅）',
        '（二）深化人才交流。',
        '1. 互认人才资质。',
        '上述任务按年度分解落实。',
        '2. 共建人才平台。',
        '具体工作由两地人力社保部门推进。',
      ].join('\n'),
    );
    const [platforms, talent] = parseDocument(source).sections[0]?.items ?? [];
    const written = (i: ParsedItem | undefined): string[][] => (i?.unitLists ?? []).map((l) => [l.jurisdiction, ...l.units.map((u) => u.asWritten)]);
    expect(written(platforms)).toEqual([
      ['重庆市', '市商务委'],
      ['四川省', '省商务厅'],
    ]);
    expect(platforms?.subItems.map((s) => [s.text, written(s)])).toEqual([
      ['1. 共建国际贸易“单一窗口”。（责任单位：市口岸物流办；省口岸物流办）', [['重庆市', '市口岸物流办'], ['四川省', '省口岸物流办']]],
      ['2. 共享通关数据。', []],
    ]);
    expect(platforms?.text.endsWith('\n2. 共享通关数据。\n以上工作由两地统筹推进。（责任单位：市商务委；省商务厅）')).toBe(true);
    expect(source.slice(platforms?.span.start, platforms?.span.end)).toBe(platforms?.text);
    // Only a paragraph that opens by looking back is lifted; it stays the sub-item's when more sub-items follow it, and
    // any other paragraph below a sub-item is that sub-item's own.
    expect(talent?.subItems.map((s) => s.text)).toEqual(['1. 互认人才资质。\n上述任务按年度分解落实。', '2. 共建人才平台。\n具体工作由两地人力社保部门推进。']);
    // 以上率下 (an idiom) and 上述补贴 (about the sub-item above) stay with the sub-item.
    const idiom = firstItem(jointNotice(['一、保障措施', '', '（一）压实责任。', '1. 主要负责同志亲自抓。', '以上率下，层层压实责任。', '2. 兑现支持政策。', '上述补贴由市财政局负责兑现。'].join('\n')));
    expect(idiom.subItems.map((s) => s.text)).toEqual(['1. 主要负责同志亲自抓。\n以上率下，层层压实责任。', '2. 兑现支持政策。\n上述补贴由市财政局负责兑现。']);
  });

  it('gives the units a section names once below its items to every item of it that names none', () => {
    const source = notice(
      [
        '一、深化改革',
        '',
        '（一）下放管理权限。推动市级权限下放。',
        '（二）开展首创性探索。鼓励差异化探索。',
        '（本部分责任单位：市商务委、市司法局）',
        '',
        '二、提升开放能级',
        '',
        '（三）拓展开放通道。对接西部陆海新通道。',
        '（四）培育外贸新业态。发展跨境电商。（责任单位：市商务委）',
        '以上任务由市政府口岸物流办牵头，重庆海关、市发展改革委按职责分工负责。',
        '',
        '三、强化要素保障',
        '',
        '（五）加大财政支持。统筹资金。',
        '（六）保障用地需求。优先保障用地。',
        '责任单位：市财政局、市规划自然资源局。',
        '',
        '四、组织实施',
        '',
        '（七）加强组织领导。（责任单位：市商务委）',
        '（八）强化督促检查。定期通报进展。',
        '责任单位：市政府督查办。',
        '',
        '五、保障措施',
        '',
        '（九）加强资金保障。（牵头单位：市财政局）',
        '（十）加强用地保障。（牵头单位：市规划自然资源局）',
        '1. 优先保障重大项目。',
        '2. 盘活存量用地。',
        '（本部分配合单位：市发展改革委、市税务局）',
        '',
        '六、组织实施',
        '',
        '（十一）建立工作机制。明确分工。',
        '（十二）加强督查考核。定期督查。',
        '责任单位：市政府督查办。',
      ].join('\n'),
    );
    const doc = parseDocument(source);
    const units = (i: ParsedItem): string[] => i.unitLists.flatMap((l) => l.units.map((u) => `${l.role}:${u.asWritten}`));
    expect(doc.sections.map((s) => s.items.map((i) => [i.number, units(i)]))).toEqual([
      [
        ['（一）', ['RESPONSIBLE:市商务委', 'RESPONSIBLE:市司法局']],
        ['（二）', ['RESPONSIBLE:市商务委', 'RESPONSIBLE:市司法局']],
      ],
      // 以上任务由… speaks for all the items above it, in the roles an item does not name itself.
      [
        ['（三）', ['LEAD:市政府口岸物流办', 'RESPONSIBLE:重庆海关', 'RESPONSIBLE:市发展改革委']],
        ['（四）', ['RESPONSIBLE:市商务委', 'LEAD:市政府口岸物流办']],
      ],
      [
        ['（五）', ['RESPONSIBLE:市财政局', 'RESPONSIBLE:市规划自然资源局']],
        ['（六）', ['RESPONSIBLE:市财政局', 'RESPONSIBLE:市规划自然资源局']],
      ],
      // A 责任单位： line below the last item is that item's where another item names its own.
      [
        ['（七）', ['RESPONSIBLE:市商务委']],
        ['（八）', ['RESPONSIBLE:市政府督查办']],
      ],
      // 本部分配合单位, below the last item's sub-items too, adds the supporting units to items that name their leads.
      [
        ['（九）', ['LEAD:市财政局', 'SUPPORTING:市发展改革委', 'SUPPORTING:市税务局']],
        ['（十）', ['LEAD:市规划自然资源局', 'SUPPORTING:市发展改革委', 'SUPPORTING:市税务局']],
      ],
      // A lone line naming one unit below the last item is that item's own, even where no other item names units.
      [
        ['（十一）', []],
        ['（十二）', ['RESPONSIBLE:市政府督查办']],
      ],
    ]);
    // The items' texts no longer hold the section's clause; the units' spans are the clause's words.
    expect(doc.sections[0]?.items[1]?.text).toBe('（二）开展首创性探索。鼓励差异化探索。');
    for (const u of doc.sections.flatMap((s) => s.items.flatMap((i) => i.unitLists.flatMap((l) => l.units)))) expect(source.slice(u.span.start, u.span.end)).toBe(u.asWritten);
    expect(doc.warnings).toEqual([]);
  });

  it('reads a point that opens with 由 after its number ((2)由人民银行成都分行牵头，…) as naming its lead', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）推进金融协同。\n（1）扩大试点范围。（责任单位：省商务厅）\n（2）由人民银行成都分行牵头，推动跨境人民币结算便利化。'));
    expect(item.subItems.map((x) => [x.number, x.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])])).toEqual([
      ['（1）', [['RESPONSIBLE', ['省商务厅']]]],
      ['（2）', [['LEAD', ['人民银行成都分行']]]],
    ]);
  });

  it('reads the units of a sentence that says who does the work (此项工作由…牵头，…配合。)', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）推进监管协同。建立协同机制。此项工作由市市场监管局牵头，市公安局、市税务局配合。'));
    expect(item.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])).toEqual([
      ['LEAD', ['市市场监管局']],
      ['SUPPORTING', ['市公安局', '市税务局']],
    ]);
    const lists = (text: string): Array<[string, string[]]> =>
      firstItem(notice(`一、重点任务\n\n（一）推进监管协同。${text}`)).unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)]);
    // A further 由 that hands the work on names a unit; one that says who pays, or a part naming none, loses nothing.
    expect(lists('此项工作由市商务委牵头，具体工作由市招商中心负责。')).toEqual([
      ['LEAD', ['市商务委']],
      ['RESPONSIBLE', ['市招商中心']],
    ]);
    expect(lists('此项工作由市财政局牵头，所需经费由各区县政府负责。')).toEqual([['LEAD', ['市财政局']]]);
    // A clause that opens with 由 after a comma names its units as a sentence does; a 由 that names no unit gives none.
    expect(lists('推动结算便利化，由省商务厅牵头，省司法厅配合。')).toEqual([
      ['LEAD', ['省商务厅']],
      ['SUPPORTING', ['省司法厅']],
    ]);
    expect(lists('推动跨境人民币结算便利化，由人民银行成都分行牵头负责。')).toEqual([['LEAD', ['人民银行成都分行']]]);
    expect(lists('推动外贸发展，由企业自主申报。')).toEqual([]);
    // Each side's units before one verb (省X、省Y，市X、市Y配合) share it, one list a side, in a sentence and in brackets.
    const bySides = [
      ['LEAD', ['市医保局', '省医保局']],
      ['SUPPORTING', ['市卫生健康委', '市药监局']],
      ['SUPPORTING', ['省卫生健康委', '省药监局']],
    ];
    expect(lists('组建采购联盟。由市医保局、省医保局牵头，市卫生健康委、市药监局，省卫生健康委、省药监局配合。')).toEqual(bySides);
    expect(lists('组建采购联盟。（市医保局、省医保局牵头，市卫生健康委、市药监局，省卫生健康委、省药监局配合）')).toEqual(bySides);
    // After a comma only a clause naming a lead: ，由运营公司负责 says who, not which unit.
    expect(lists('推动外贸发展，由运营公司负责。')).toEqual([]);
    expect(lists('此项工作由市财政局牵头，市税务局配合，2025年底前完成。')).toEqual([
      ['LEAD', ['市财政局']],
      ['SUPPORTING', ['市税务局']],
    ]);
    // Roles joined by 、 (…牵头、…配合) are two parts, in a 由 sentence, a bare clause and a labelled one.
    for (const text of ['此项工作由市商务委牵头、市财政局配合。', '开展试点。（市商务委牵头、市财政局配合）', '开展试点。（责任单位：市商务委牵头、市财政局配合）']) {
      expect(lists(text)).toEqual([
        ['LEAD', ['市商务委']],
        ['SUPPORTING', ['市财政局']],
      ]);
    }
    // A sentence or a request after the list closes it: the bodies it asks for help get no task.
    expect(lists('开展试点。（责任单位：市商务委、市财政局。2025年底前完成）')).toEqual([['RESPONSIBLE', ['市商务委', '市财政局']]]);
    expect(lists('开展试点。（责任单位：重庆海关，争取海关总署、商务部支持）')).toEqual([['RESPONSIBLE', ['重庆海关']]]);
    expect(lists('开展试点。（牵头单位：市商务委。配合单位：市财政局）')).toEqual([
      ['LEAD', ['市商务委']],
      ['SUPPORTING', ['市财政局']],
    ]);
    // Once the sentence has named a unit, a later part's units need not end as a department's do.
    expect(lists('此项工作由市商务委牵头，市财政局、中欧班列运营平台配合。')).toEqual([
      ['LEAD', ['市商务委']],
      ['SUPPORTING', ['市财政局', '中欧班列运营平台']],
    ]);
    // A 由 sentence that is not the item's last names its units too, and so do each side's (重庆方面由…，四川方面由…).
    expect(lists('由市商务委牵头，市经济信息委负责，联合培育外贸基地。2025年底前完成。')).toEqual([
      ['LEAD', ['市商务委']],
      ['RESPONSIBLE', ['市经济信息委']],
    ]);
    // Units whose names end as a railway section's or a brigade's do (车务段, 消防救援支队).
    expect(lists('巩固班列通道。由市口岸物流办牵头，市商务委、中铁成都局集团公司重庆车务段、市消防救援总队配合。')).toEqual([
      ['LEAD', ['市口岸物流办']],
      ['SUPPORTING', ['市商务委', '中铁成都局集团公司重庆车务段', '市消防救援总队']],
    ]);
    expect(lists('此项工作由市商务委牵头，市文化旅游委配合。两地联合举办活动。')).toEqual([
      ['LEAD', ['市商务委']],
      ['SUPPORTING', ['市文化旅游委']],
    ]);
    expect(lists('重庆方面由市招商投资促进局负责，四川方面由省投资促进局负责。')).toEqual([
      ['RESPONSIBLE', ['市招商投资促进局']],
      ['RESPONSIBLE', ['省投资促进局']],
    ]);
    // 由 before no unit names none.
    expect(lists('由市场主体自主决定经营方式。')).toEqual([]);
    // …but a phrase is no unit.
    expect(lists('此项工作由市商务委牵头，相关企业积极参与。')).toEqual([['LEAD', ['市商务委']]]);
    expect(lists('此项工作由市商务委牵头，专人负责。')).toEqual([['LEAD', ['市商务委']]]);
    // Units after a full stop inside a clause go on the list.
    expect(lists('开展试点。（牵头单位：市商务委。市财政局、市发展改革委配合）')).toEqual([
      ['LEAD', ['市商务委']],
      ['SUPPORTING', ['市财政局', '市发展改革委']],
    ]);
    expect(lists('开展试点。（责任单位：市商务委、市发展改革委。市财政局。）')).toEqual([['RESPONSIBLE', ['市商务委', '市发展改革委', '市财政局']]]);
    // A single dash joins names; it labels no list.
    expect(lists('开展试点。（责任单位：重庆—成都双城经济圈建设联合办公室、市商务委）')).toEqual([['RESPONSIBLE', ['重庆—成都双城经济圈建设联合办公室', '市商务委']]]);
    // The first part must name units: a sentence that begins with anything else names none.
    expect(lists('此项工作由两地统筹推进，具体工作由市招商中心负责。')).toEqual([]);
  });

  it('reads points numbered ①②, ⑴⑵, 1）2） and 一是/二是 with units of their own as sub-items; 一是…，二是… in one sentence stay the item\'s', () => {
    const items = parseDocument(
      notice(
        [
          '一、重点任务',
          '',
          '（一）推进监管互认。',
          '①推广监管模式。（责任单位：重庆海关）',
          '②开展结果互认。（责任单位：市市场监管局）',
          '（二）推进投资促进。',
          '1）统一登记标准。（责任单位：市市场监管局）',
          '2）举办投资促进活动。（责任单位：市商务委）',
          '（三）推进结算便利化。',
          '⑴扩大结算试点。（责任单位：人行重庆市分行）',
          '⑵推进平台应用。（责任单位：重庆海关）',
          '（四）推进数据跨境流动。一是支持银行开展试点。（牵头单位：人行重庆市分行）二是支持保险机构开展业务。（牵头单位：重庆金融监管局）',
          '（五）培育市场主体。一是实施倍增计划，二是建设服务平台。（牵头单位：市商务委）',
          // Each point with a 由 sentence of its own.
          '（六）发展保税物流。一是建设公共保税仓，由西永综保区管委会负责；二是开行铁海联运班列，由市交通运输委牵头，市口岸物流办配合。',
        ].join('\n'),
      ),
    ).sections[0]?.items;
    expect(items?.map((i) => [i.number, i.unitLists.length, i.subItems.map((p) => [p.number, p.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])])).toEqual([
      ['（一）', 0, [['①', ['重庆海关']], ['②', ['市市场监管局']]]],
      ['（二）', 0, [['1）', ['市市场监管局']], ['2）', ['市商务委']]]],
      ['（三）', 0, [['⑴', ['人行重庆市分行']], ['⑵', ['重庆海关']]]],
      ['（四）', 0, [['一是', ['人行重庆市分行']], ['二是', ['重庆金融监管局']]]],
      ['（五）', 1, []],
      ['（六）', 0, [['一是', ['西永综保区管委会']], ['二是', ['市交通运输委', '市口岸物流办']]]],
    ]);
    // A point's title stops before the 由 sentence that says whose it is.
    expect(items?.[5]?.subItems.map((p) => p.title)).toEqual(['建设公共保税仓', '开行铁海联运班列']);
  });

  it('takes a wrapped line that begins 1.5小时 or 2.0版 for text, not a point', () => {
    const item = firstItem(notice(['一、重点任务', '', '（一）建设通勤圈。', '1.推进轨道交通建设。构建成渝', '1.5小时通勤圈。（责任单位：市交通运输委）', '2.提升口岸能力。', '2.0版国际贸易单一窗口全面上线。（责任单位：重庆海关）'].join('\n')));
    expect(item.subItems.map((p) => [p.number, p.subItems.length, p.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['1.', 0, ['市交通运输委']],
      ['2.', 0, ['重庆海关']],
    ]);
  });

  it('reads points numbered 7.1, 7.2 below the sub-item 7. as its own, each with its units; 1.5亿元 opens no point', () => {
    const item = firstItem(
      notice(
        [
          '一、重点任务',
          '',
          '（一）共育开放型产业集群。',
          '7.协同打造先进制造业集群。',
          '7.1 推动保税维修试点。（责任单位：市经济信息委）',
          '7.2 建设口腔装备材料产业园。（责任单位：市商务委）',
          '1.5亿元专项资金统筹使用。',
        ].join('\n'),
      ),
    );
    const sub = item.subItems[0];
    expect([sub?.number, sub?.subItems.map((p) => [p.number, p.title, p.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])]).toEqual([
      '7.',
      [
        ['7.1', '推动保税维修试点', ['市经济信息委']],
        ['7.2', '建设口腔装备材料产业园', ['市商务委']],
      ],
    ]);
    expect(sub?.subItems[1]?.text).toBe('7.2 建设口腔装备材料产业园。（责任单位：市商务委）\n1.5亿元专项资金统筹使用。');
  });

  it('gives a clause below （1）（2） to their 1. when 1. has them as parts, even where a sibling names its own units', () => {
    const item = firstItem(
      notice(
        [
          '一、重点任务',
          '',
          '（一）优化涉外金融服务。围绕跨境结算开展以下工作：',
          '1.推进跨境人民币结算便利化。（责任单位：人行重庆营管部、市地方金融监管局）',
          '2.深化外汇管理改革。主要包括：',
          '（1）支持企业开展资本项目收入支付便利化业务。',
          '（2）探索开展贸易外汇收支便利化试点。',
          '（责任单位：国家外汇管理局重庆外汇管理部、市商务委）',
        ].join('\n'),
      ),
    );
    const units = (i: ParsedItem | undefined): string[] => (i?.unitLists ?? []).flatMap((l) => l.units.map((u) => u.asWritten));
    expect(units(item)).toEqual([]);
    expect(item.subItems.map((s) => units(s))).toEqual([['人行重庆营管部', '市地方金融监管局'], ['国家外汇管理局重庆外汇管理部', '市商务委']]);
    expect(item.subItems[1]?.subItems.map((s) => [s.text, units(s)])).toEqual([
      ['（1）支持企业开展资本项目收入支付便利化业务。', []],
      ['（2）探索开展贸易外汇收支便利化试点。', []],
    ]);
  });

  it('dates the counts of sub-items by the year in their item\'s own paragraph', () => {
    const item = firstItem(notice(['一、重点任务', '', '（一）培育跨境结算主体。到2025年，形成一批示范企业：', '1.培育试点企业10家。', '2.新增结算银行5家。'].join('\n')));
    expect(item.subItems.map((s) => s.targets.map((t) => [t.year, t.quantity, t.unit]))).toEqual([[[2025, 10, '家']], [[2025, 5, '家']]]);
  });

  it('takes 1. 2. directly under a section as its items (a guarantees section numbered so too)', () => {
    const doc = parseDocument(
      notice(
        ['一、重点任务', '', '1.推进测试工作。做好测试。（责任单位：市商务委）', '（1）细项一。内容一。', '2.推进口岸合作。（责任单位：重庆海关）', '二、保障机制', '', '1.加强组织领导。建立联席会议。', '2.强化督促落实。'].join('\n'),
      ),
    );
    const [tasks, guarantees] = doc.sections;
    expect(tasks?.items.map((i) => [i.kind, i.number, i.ordinal, i.title, i.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['MEASURE', '1.', 1, '推进测试工作', ['市商务委']],
      ['MEASURE', '2.', 2, '推进口岸合作', ['重庆海关']],
    ]);
    expect(tasks?.items[0]?.subItems.map((s) => s.number)).toEqual(['（1）']);
    expect(guarantees?.items.map((i) => [i.kind, i.number, i.title])).toEqual([
      ['GUARANTEE', '1.', '加强组织领导'],
      ['GUARANTEE', '2.', '强化督促落实'],
    ]);
  });

  it('takes （1） directly under an item when there is no 1.', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）推进改革。\n（1）细项一。\n（2）细项二。'));
    expect(item.subItems.map((s) => s.number)).toEqual(['（1）', '（2）']);
  });

  it('rejoins a paragraph broken by a page break, and not after a heading or a finished sentence', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）指导思想\n\n坚持创新联\n\n动，协同发展。\n\n第二段。'));
    expect(item.kind).toBe('GENERAL');
    expect(item.title).toBe('指导思想');
    expect(item.text).toBe('（一）指导思想\n坚持创新联动，协同发展。\n第二段。');
  });

  it.each([
    ['总体要求', 'GENERAL'],
    ['指导思想和基本原则', 'GENERAL'],
    ['区位布局', 'GENERAL'],
    ['重点任务', 'TASKS'],
    ['保障措施', 'GUARANTEES'],
    ['保障机制', 'GUARANTEES'],
  ])('classifies section 一、%s as %s', (title, kind) => {
    expect(parseDocument(notice(`一、${title}\n\n（一）内容。`)).sections[0]?.kind).toBe(kind);
  });

  it('reads a date written in Chinese numerals, and a plan period', () => {
    const src = notice('一、重点任务\n\n（一）内容。').replace('2024年1月2日', '二〇二四年一月十二日').replace('测试行动方案\n', '测试行动方案（2024—2026年）\n');
    const doc = parseDocument(src);
    expect(doc.signedOn).toBe('2024-01-12');
    expect(doc.period).toBe('2024—2026');
    expect(doc.planTitle).toBe('测试行动方案');
  });

  it('carries a target year over the following clauses', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到2025年，力争提供创新案例3个以上，新增企业20家。到2027年，培育平台超过5个。'));
    expect(item.targets.map((t) => [t.year, t.quantity, t.unit, t.comparator, t.subject])).toEqual([
      [2025, 3, '个', '以上', '创新案例'],
      [2025, 20, '家', undefined, '企业'],
      [2027, 5, '个', '超过', '平台'],
    ]);
    expect(item.targets[0]?.text).toBe('到2025年，力争提供创新案例3个以上');
  });

  it.each([
    // Trains are counted in 列 (the headline figure of 西部陆海新通道 and 中欧班列 plans).
    ['到2027年，西部陆海新通道班列年开行量达到5000列以上。', [2027, 5000, '列', '以上', '西部陆海新通道班列年开行量']],
    // The word after the number says more than 达到 before it.
    ['到2025年，跨境电商企业达到50家以上。', [2025, 50, '家', '以上', '跨境电商企业']],
    // An adverb before the verb is no part of what is counted.
    ['到2025年，川南渝西地区外贸进出口总额力争突破100亿元。', [2025, 100, '亿元', '突破', '川南渝西地区外贸进出口总额']],
    // Nor is the target year when the clause opens with it.
    ['到2024年主要申报业务应用率达到95%以上。', [2024, 95, '%', '以上', '主要申报业务应用率']],
    ['到2025年，集装箱吞吐量达到100万标箱。', [2025, 100, '万标箱', '达到', '集装箱吞吐量']],
    // Tens of thousands of trains: 万列, not 万 with 列 cut off.
    ['到2027年，中欧班列（成渝）年开行量达到1.2万列。', [2027, 1.2, '万列', '达到', '中欧班列（成渝）年开行量']],
    // Trillions: 万亿元, not 万 with 亿元 cut off.
    ['到2026年，川渝自贸试验区进出口总额突破1.2万亿元。', [2026, 1.2, '万亿元', '突破', '川渝自贸试验区进出口总额']],
    ['加快培育经营主体，力争到2024年底跨境电商交易额突破10亿元。', [2024, 10, '亿元', '突破', '跨境电商交易额']],
    // A running total: 累计 belongs to the comparator whichever verb follows it, never to what is counted.
    ['到2027年，实际利用外资累计达到1亿美元。', [2027, 1, '亿美元', '累计达到', '实际利用外资']],
    ['到2027年，跨境电商交易额累计突破50亿元。', [2027, 50, '亿元', '累计突破', '跨境电商交易额']],
    // Events are counted in 场; 年内 ("within the year") and a point's own number open no subject.
    ['举办产业链供需对接活动4场以上。', [undefined, 4, '场', '以上', '举办产业链供需对接活动']],
    ['年内新增合作银行3家以上。', [undefined, 3, '家', '以上', '合作银行']],
    ['到2025年，举办招商推介活动30场次以上。', [2025, 30, '场次', '以上', '举办招商推介活动']],
    ['到2025年，培训外贸人才2000人次以上。', [2025, 2000, '人次', '以上', '培训外贸人才']],
    // A running total that says which firms count is no target of its own.
    ['到2025年，跨境电商交易额累计超过1亿元的企业达到50家。', [2025, 50, '家', '达到', '企业']],
  ])('reads the target in %s', (sentence, expected) => {
    const item = firstItem(notice(`一、总体要求\n\n（一）发展目标。${sentence}`));
    expect(item.targets.map((t) => [t.year, t.quantity, t.unit, t.comparator, t.subject])).toEqual([expected]);
  });

  it('reads on past the table header repeated at the top of a page, inside a broken row', () => {
    const table = [
      '附件',
      '',
      '改革试点经验清单',
      '',
      '序号\t改革事项\t责任单位',
      '1\t<p>第一项改革。内容一。</p>\t区商务委',
      '2\t<p>第二项改革。对区内企业实行集中申报，压缩通关时</p>\t区海关',
      '',
      '序号\t改革事项\t责任单位',
      '\t<p>间。</p>\t',
      '3\t第三项改革。内容三。\t区税务局',
      '',
      // The end matter, as a whole notice has it (a file that stops inside the table is warned about).
      '抄送：区委办。',
      '',
      '重庆市人民政府办公厅',
      '',
      '2024年1月2日印发',
    ].join('\n');
    const doc = parseDocument(`${notice('一、重点任务\n\n（一）内容。')}\n\n${table}`);
    const rows = doc.sections.find((x) => x.kind === 'ATTACHMENT')?.items ?? [];
    expect(rows.map((r) => [r.number, r.text, r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['1', '第一项改革。内容一。', ['区商务委']],
      ['2', '第二项改革。对区内企业实行集中申报，压缩通关时间。', ['区海关']],
      ['3', '第三项改革。内容三。', ['区税务局']],
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it('reads a page number line (— 5 —) as a page break: a unit list it cuts is rejoined, no text keeps it', () => {
    const body = ['一、重点任务', '', '（一）第一件事。（责任单位：市交通运输委；省发展改革委、', '', '— 5 —', '', '省交通运输厅）', '', '第 6 页', '', '（二）第二件事。（责任单位：市商务委）'].join('\n');
    const doc = parseDocument(jointNotice(body));
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['市交通运输委'], ['省发展改革委', '省交通运输厅']]);
    expect(a?.text).not.toMatch(/5|页/);
    expect(b?.text).toBe('（二）第二件事。（责任单位：市商务委）');
    expect(doc.warnings).toEqual([]);
  });

  it('reads a running head repeated beside the page numbers as part of the page break: in a name, a paragraph and a table', () => {
    const head = '重庆市人民政府行政规范性文件';
    const body = [
      '一、重点任务',
      '',
      '（一）第一件事。（责任单位：市委金融办、国家金融监督管理总局重庆监',
      '',
      '— 3 —',
      '',
      head,
      '',
      '管局）',
      '（二）第二件事。（责任单位：市商务委）',
      '',
      '附件',
      '',
      '重点任务分工表',
      '',
      '序号\t主要任务\t牵头单位\t完成时间',
      '1\t建设跨境金融数据服务平台，接入银行',
      '',
      '— 4 —',
      '',
      head,
      '',
      '\t20家以上。\t市数据局\t2025年12月底前',
      '2\t设立跨境科技金融服务中心。\t市科技局\t2026年12月底前',
    ].join('\n');
    const doc = parseDocument(notice(body));
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['市委金融办', '国家金融监督管理总局重庆监管局']]);
    expect(b?.text).toBe('（二）第二件事。（责任单位：市商务委）');
    const rows = doc.sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? [];
    expect(rows.map((r) => [r.number, r.text, r.unitLists.map((l) => l.units.map((u) => u.asWritten).join('、'))])).toEqual([
      ['1', '建设跨境金融数据服务平台，接入银行20家以上。', ['市数据局']],
      ['2', '设立跨境科技金融服务中心。', ['市科技局']],
    ]);
    expect(JSON.stringify(doc.sections)).not.toContain(head);
    // Once beside one page number only, and not opening the file, a line is text: a heading after a page break.
    const once = parseDocument(notice(['一、重点任务', '', '（一）第一件事。（责任单位：市商务委）', '', '— 3 —', '', '二、保障措施', '', '（一）加强组织领导。'].join('\n')));
    expect(once.sections.map((s) => s.title)).toEqual(['重点任务', '保障措施']);
  });

  it('drops a running head of two lines (重庆市人民政府公报⏎2025年第3期) from a unit\'s name and a target', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）推动跨境投融资便利化。稳步推进试点。（责任单位：重庆证监局、市发展改革',
      '',
      '— 2 —',
      '',
      '重庆市人民政府公报',
      '2025年第3期',
      '',
      '委）',
      '（二）加强科技金融与跨境金融融合。到2027年服务企业',
      '',
      '— 3 —',
      '',
      '重庆市人民政府公报',
      '2025年第3期',
      '',
      '300家以上。（责任单位：市科技局）',
    ].join('\n');
    const [a, b] = parseDocument(notice(body)).sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['重庆证监局', '市发展改革委']]);
    expect(b?.targets.map((t) => [t.quantity, t.subject])).toEqual([[300, '服务企业']]);
  });

  it('keeps text that repeats beside page numbers but is no running head: a units line, a heading', () => {
    const units = '责任单位：市商务委、市财政局';
    const body = [
      '一、重点任务',
      '',
      '（一）提升结算便利化。扩大试点。',
      units,
      '',
      '— 2 —',
      '',
      '（二）推动跨境电商发展。建设产业园。（责任单位：市发展改革委）',
      '（三）发展外贸新业态。培育新业态。',
      units,
      '',
      '— 3 —',
      '',
      '二、区县任务',
      '',
      '（一）工作目标。新增外贸企业。',
      '',
      '— 4 —',
      '',
      '（二）重点任务',
      '推进外贸转型。（责任单位：永川区商务委）',
      '',
      '（三）工作目标。新增企业。',
      '',
      '— 5 —',
      '',
      '（二）重点任务',
      '推进跨境电商。（责任单位：江津区商务委）',
    ].join('\n');
    const doc = parseDocument(notice(body));
    const [one, two] = doc.sections;
    expect(one?.items.map((i) => i.unitLists.map((l) => l.units.map((u) => u.asWritten).join('、')))).toEqual([['市商务委、市财政局'], ['市发展改革委'], ['市商务委、市财政局']]);
    expect(two?.items.map((i) => [i.number, i.unitLists.map((l) => l.units.map((u) => u.asWritten).join('、'))])).toEqual([
      ['（一）', []],
      ['（二）', ['永川区商务委']],
      ['（三）', []],
      ['（二）', ['江津区商务委']],
    ]);
  });

  it('keeps the copy of a running head that opens the file (it may be the issuer\'s red header)', () => {
    const source = ['重庆市人民政府文件', '', ...notice(['一、重点任务', '', '（一）第一件事。（责任单位：市商务委）', '', '— 2 —', '', '重庆市人民政府文件', '', '（二）第二件事。（责任单位：市财政局）'].join('\n')).split('\n')].join('\n');
    const doc = parseDocument(source);
    expect(doc.issuers[0]).toBe('重庆市人民政府');
    expect(doc.sections[0]?.items.map((i) => i.text)).toEqual(['（一）第一件事。（责任单位：市商务委）', '（二）第二件事。（责任单位：市财政局）']);
  });

  it('reads a bare number between blank lines (⏎⏎12⏎⏎) as a page footer, in a unit list, a paragraph and a table', () => {
    const body = [
      '一、重点任务',
      '',
      '（一）加强知识产权保护。（责任单位：省知识产权中心、省法院、',
      '',
      '12',
      '',
      '省市场监管局；市知识产权局）',
      '（二）深化投资管理',
      '',
      '６',
      '',
      '改革。推行负面清单管理。（责任单位：省发展改革委）',
    ].join('\n');
    const doc = parseDocument(jointNotice(body));
    const [a, b] = doc.sections[0]?.items ?? [];
    expect(a?.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['省知识产权中心', '省法院', '省市场监管局'], ['市知识产权局']]);
    expect(b?.text).not.toMatch(/６/);
    // In a table too: the row the footer broke is rejoined, and the table goes on.
    const table = ['附件', '', '清单', '', '序号\t改革事项\t责任单位', '1\t推进改革。\t市商务委', '', '2', '', '\t续写。\t', '3\t深化改革。\t市财政局'].join('\n');
    const rows = parseDocument(notice(`一、重点任务\n\n（一）内容。\n\n${table}`)).sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? [];
    expect(rows.map((r) => [r.number, r.text])).toEqual([
      ['1', '推进改革。续写。'],
      ['3', '深化改革。'],
    ]);
  });

  it.each([
    // A deadline without 到 dates the count after it, and the later of two years dates what follows it.
    ['2025年底前，中欧班列（成渝）年开行量稳定在5000列以上。', [[2025, 5000, '列', '以上']]],
    ['到2027年，新增市场主体20万户；2025年底前，建成公共保税仓1个。', [[2027, 20, '万户', undefined], [2025, 1, '个', undefined]]],
    ['力争2026年，新增外贸企业20家以上。', [[2026, 20, '家', '以上']]],
    // Where things stand (截至…) is no target.
    ['截至2023年底，新设企业超过25万家，外贸进出口额突破3000亿元。到2027年，外贸进出口额达到1,200亿元。', [[2027, 1200, '亿元', '达到']]],
    // A count that says what the next one counts (超10亿元企业) is no target of its own; 超 is a comparator.
    ['到2027年，培育进出口额超10亿元企业50家，跨境电商交易额超200亿元。', [[2027, 50, '家', undefined], [2027, 200, '亿元', '超']]],
    ['到2026年，出口退税平均办理时间压缩至3个工作日以内。', [[2026, 3, '个工作日', '以内']]],
    // Two counts in one clause are two targets; a count with 一次 after it is still one.
    ['到2027年，建成3个国家级平台、10个市级平台。', [[2027, 3, '个', undefined], [2027, 10, '个', undefined]]],
    ['到2027年，建成10个产业园区和5个物流中心。', [[2027, 10, '个', undefined], [2027, 5, '个', undefined]]],
    ['到2027年，实现100个高频事项一次办成。', [[2027, 100, '个', undefined]]],
    // A baseline ends where the next target year begins.
    ['截至2023年底，新设企业25万家，到2027年达到40万家以上。', [[2027, 40, '万家', '以上']]],
    // 2023年前三季度 is a period, not a deadline.
    ['2023年前三季度，外贸进出口额达到5000亿元。', [[undefined, 5000, '亿元', '达到']]],
    // A 截至 after the year the plan was issued (渝府办发〔2024〕) is a deadline.
    ['截至2026年底，建成5G基站10万个以上。', [[2026, 10, '万个', '以上']]],
    // 翻一番 doubles (2 倍), 翻两番 quadruples; without a target year it is no target.
    ['力争到2027年，外贸进出口额实现翻一番，新增企业50家以上。', [[2027, 2, '倍', undefined], [2027, 50, '家', '以上']]],
    ['到2030年，数字贸易额翻两番。', [[2030, 4, '倍', undefined]]],
    ['推动产业规模翻一番。', []],
    // A level to reach (提高到, 压缩至, 稳定在, 保持在) compares as 达到 does; hours and percentage points are counted.
    ['到2027年，外贸进出口额占全市比重提高到45%。', [[2027, 45, '%', '提高到']]],
    ['到2025年，整体通关时间压缩至30小时以内。', [[2025, 30, '小时', '以内']]],
    ['到2025年，回程班列稳定在2000列以上。', [[2025, 2000, '列', '以上']]],
    ['到2025年，综合物流成本降低5至10个百分点。', [[2025, 10, '个百分点', undefined]]],
    // A sentence that grants support states thresholds, amounts, caps and rates, no goals; the goal beside it stays.
    ['对年进出口额首次突破1亿美元的企业，给予一次性奖励50万元，单个企业每年最高不超过300万元。', []],
    ['到2025年，中欧班列年开行量达到2500列以上。对银行按融资额的0.5%给予奖励。', [[2025, 2500, '列', '以上']]],
    // Money set aside for the plan is an input, no goal.
    ['区财政每年安排自贸试验区发展专项资金不低于2000万元。', []],
    ['两地每年各安排专项资金不少于5000万元。', []],
    // A change to make (增长, 降低, 压缩 …) is a goal without a year too; any other share still needs its year.
    ['推动汽车零部件出口增长20%。', [[undefined, 20, '%', undefined]]],
    ['推行铁水联运“一单到底”，降低企业物流成本10%以上。', [[undefined, 10, '%', '以上']]],
    ['外贸依存度达到30%。', []],
    ['回程班列占比提高5个百分点。', [[undefined, 5, '个百分点', undefined]]],
    // Money set aside silences its own clause only; where things stand (同比, 较上年, a past year) is no change to make.
    ['统筹用好专项资金，到2025年引进重大项目50个以上。', [[2025, 50, '个', '以上']]],
    ['全区实现外贸进出口总额180亿元，同比增长15.2%。', []],
    ['今年以来，全区进出口额增长12.5%，较上年提高3个百分点。', []],
  ])('reads the targets of %s', (sentence, expected) => {
    const item = firstItem(notice(`一、总体要求\n\n（一）发展目标。${sentence}`));
    expect(item.targets.map((t) => [t.year, t.quantity, t.unit, t.comparator])).toEqual(expected);
  });

  it('takes what a share counts from after it, without its 的 (80%以上的规上工业企业…)', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到2025年，80%以上的规上工业企业实现数字化转型。'));
    expect(item.targets.map((t) => [t.year, t.quantity, t.unit, t.subject])).toEqual([[2025, 80, '%', '规上工业企业实现数字化转型']]);
  });

  it('gives a rate alone (年均增长12%以上) what the target before it in the sentence counts', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到2025年，全区外贸进出口总额突破150亿元，年均增长12%以上。'));
    expect(item.targets.map((t) => [t.quantity, t.subject])).toEqual([
      [150, '全区外贸进出口总额'],
      [12, '全区外贸进出口总额年均增长'],
    ]);
  });

  it('dates by 力争2026年底前 its own sentence only, and takes what a figure counts from after it when nothing is before it', () => {
    const doc = parseDocument(
      notice('一、重点任务\n\n（一）共建主通道。力争2026年底前实现1,200公里以上铁路干线扩能。（责任单位：市发展改革委）\n\n（二）提质扩容。推动铁海联运班列运输时间压缩至36小时以内。（责任单位：市交通运输委）'),
    );
    const targets = (doc.sections[0]?.items ?? []).flatMap((i) => i.targets.map((t) => [i.number, t.year, t.quantity, t.subject]));
    expect(targets).toEqual([
      ['（一）', 2026, 1200, '铁路干线扩能'],
      ['（二）', undefined, 36, '铁海联运班列运输时间'],
    ]);
  });

  it.each([
    // Hours and minutes need a comparator: a policy's 72 hours, a commuting circle, a 7×24 service are no targets.
    ['到2025年，推行72小时过境免签政策，基本建成1小时通勤圈和15分钟生活圈。', []],
    ['到2025年，实现7×24小时通关。', []],
    // A growth in % to a level is two figures, no range.
    ['到2025年，外贸进出口额同比增长8%至1200亿元。', [[undefined, 8, '%'], [undefined, 1200, '亿元']]],
  ])('reads the figures of %s', (sentence, expected) => {
    const item = firstItem(notice(`一、总体要求\n\n（一）发展目标。${sentence}`));
    expect(item.targets.map((t) => [t.quantityFrom, t.quantity, t.unit])).toEqual(expected);
  });

  it('reads a range written with its unit on both figures (10%—15%) as one target, and takes a level verb out of the subject', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到2025年，跨境电商交易额年均增长10%—15%，中欧班列年开行量稳定在5000列以上。'));
    expect(item.targets.map((t) => [t.quantityFrom, t.quantity, t.unit, t.subject])).toEqual([
      [10, 15, '%', '跨境电商交易额年均增长'],
      [undefined, 5000, '列', '中欧班列年开行量'],
    ]);
  });

  it('counts a figure listed right after another (分别达到20件、12件) as the first is counted', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到2025年，川渝两地每万人口高价值发明专利拥有量分别达到 20件、12件。'));
    expect(item.targets.map((t) => [t.year, t.quantity, t.unit, t.comparator, t.subject])).toEqual([
      [2025, 20, '件', '达到', '川渝两地每万人口高价值发明专利拥有量'],
      [2025, 12, '件', '达到', '川渝两地每万人口高价值发明专利拥有量'],
    ]);
  });

  it('reads a share (其中…) as part of the total before it, each listed figure for its place', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到2025年，外贸进出口总额达到300亿元，其中万州、达州、开州分别达到160亿元、100亿元、40亿元。累计形成制度创新成果60项，其中在全国复制推广5项以上。'));
    expect(item.targets.map((t) => [t.quantity, t.unit, t.subject])).toEqual([
      [300, '亿元', '外贸进出口总额'],
      [160, '亿元', '外贸进出口总额（万州）'],
      [100, '亿元', '外贸进出口总额（达州）'],
      [40, '亿元', '外贸进出口总额（开州）'],
      [60, '项', '制度创新成果'],
      [5, '项', '制度创新成果（在全国复制推广）'],
    ]);
    const subjects = (text: string): Array<string | undefined> => firstItem(notice(`一、总体要求\n\n（一）发展目标。${text}`)).targets.map((t) => t.subject);
    // One figure for two things is not split; a share's own verb and 为 are no part of its subject.
    expect(subjects('到2025年，新增外资项目和内资项目50个以上，其中新增外资项目和内资项目10个以上。')).toEqual(['外资项目和内资项目', '外资项目和内资项目（外资项目和内资项目）']);
    expect(subjects('到2025年，外贸进出口总额达到300亿元，其中出口额为180亿元。')).toEqual(['外贸进出口总额', '外贸进出口总额（出口额）']);
    // 其中， with a comma opens a share too; a total in an earlier sentence is no whole of it.
    expect(subjects('到2025年，规上工业产值达到500亿元，其中，达州100亿元。')).toEqual(['规上工业产值', '规上工业产值（达州）']);
    expect(subjects('到2025年，新增市场主体1000家以上。2024年新设企业，其中外资企业30家以上。')).toEqual(['市场主体', '外资企业']);
    // A share is named whole, 的 and all.
    expect(subjects('到2025年，培育跨境电商企业100家，其中年交易额超过1亿元的企业10家。')).toEqual(['跨境电商企业', '跨境电商企业（年交易额超过1亿元的企业）']);
  });

  it('dates only its own sentence by a deadline (2025年底前), where 到2027年 dates the items after it', () => {
    const doc = parseDocument(
      notice(['一、主要任务', '', '（一）畅通物流。2025年底前，中欧班列（成渝）年开行量稳定在5000列以上。', '（二）提升效率。出口退税平均办理时间压缩至3个工作日以内。', '（三）发展目标。到2027年，新增外贸企业50家以上。', '（四）培育主体。培育龙头企业10家以上。'].join('\n')),
    );
    expect(doc.sections[0]?.items.map((i) => i.targets.map((t) => [t.year, t.quantity, t.unit]))).toEqual([
      [[2025, 5000, '列']],
      [[undefined, 3, '个工作日']],
      [[2027, 50, '家']],
      [[2027, 10, '家']],
    ]);
  });

  it.each([
    ['到2027年，培育龙头企业5—10家。', [2027, 5, 10, '家']],
    ['到2025年，建成3至5个平台。', [2025, 3, 5, '个']],
  ])('reads a range as its two figures: %s', (sentence, expected) => {
    const item = firstItem(notice(`一、总体要求\n\n（一）发展目标。${sentence}`));
    expect(item.targets.map((t) => [t.year, t.quantityFrom, t.quantity, t.unit])).toEqual([expected]);
  });

  it('rejoins an item heading cut by a page break (（三）深化投资管理⏎⏎改革。推行…), and leaves a heading on its own line alone', () => {
    const source = notice(['一、主要任务', '', '（一）深化投资管理', '', '改革。推行“拿地即开工”。（责任单位：区发展改革委）', '', '（二）指导思想', '', '坚持改革创新。推动高质量发展。'].join('\n'));
    const [cut, whole] = parseDocument(source).sections[0]?.items ?? [];
    expect([cut?.title, cut?.text]).toEqual(['深化投资管理改革', '（一）深化投资管理改革。推行“拿地即开工”。（责任单位：区发展改革委）']);
    expect(source.slice(cut?.span.start, cut?.span.end)).toBe('（一）深化投资管理\n\n改革。推行“拿地即开工”。（责任单位：区发展改革委）');
    expect([whole?.title, whole?.text]).toEqual(['指导思想', '（二）指导思想\n坚持改革创新。推动高质量发展。']);
    // A short first sentence of the heading's own (详见附件。, 三年。) is no rest of its phrase.
    const own = parseDocument(notice(['一、主要任务', '', '（一）任务清单', '', '详见附件。', '', '（二）实施期限', '', '三年。'].join('\n'))).sections[0]?.items ?? [];
    expect(own.map((i) => [i.title, i.text])).toEqual([
      ['任务清单', '（一）任务清单\n详见附件。'],
      ['实施期限', '（二）实施期限\n三年。'],
    ]);
  });

  it('reads targets written in full-width digits, quoting them as written', () => {
    const item = firstItem(notice('一、总体要求\n\n（一）发展目标。到２０２６年，力争形成制度创新成果１２０项以上，跨境贸易整体通关时间压缩３０％以上。'));
    expect(item.targets.map((t) => [t.year, t.quantity, t.unit, t.comparator, t.subject, t.text])).toEqual([
      [2026, 120, '项', '以上', '制度创新成果', '到２０２６年，力争形成制度创新成果１２０项以上'],
      [2026, 30, '%', '以上', '跨境贸易整体通关时间压缩', '跨境贸易整体通关时间压缩３０％以上'],
    ]);
  });

  it('names a zone written with the short form of its kind, or with its place in front, by its one name', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）做强开放平台。推动江津综保区与江津综合保税区物流园联动，建设江津珞璜港和珞璜港铁水联运中心。'));
    const zones = item.mentions.filter((m) => m.kind === 'ZONE').map((m) => [m.asWritten, m.name]);
    expect(zones).toEqual(expect.arrayContaining([['江津综保区', '江津综合保税区'], ['江津珞璜港', '珞璜港']]));
  });

  it('finds a zone that is an item\'s whole heading, its number no part of the name: （二）德阳协同改革先行区。', () => {
    const item = firstItem(notice('一、重点任务\n\n（二）德阳协同改革先行区。推进改革。（责任单位：市商务委）'));
    expect(item.mentions.map((m) => [m.kind, m.name])).toEqual([['ZONE', '德阳协同改革先行区']]);
  });

  it('takes no item number and heading for a port\'s name: （二）建强国际铁路港 names none, 成都国际铁路港 after it does', () => {
    const item = firstItem(notice('一、重点任务\n\n（二）建强国际铁路港。推进成都国际铁路港建设。（责任单位：市口岸物流办）'));
    const zones = item.mentions.filter((m) => m.kind === 'ZONE').map((m) => m.name);
    expect(zones).toEqual(['成都国际铁路港']);
  });

  it.each([
    ['由川渝自贸试验区牵头组织实施。', [['ZONE', '川渝自贸试验区']]],
    // 对接 and 衔接, the genre's commonest verbs before a zone (对 is a boundary, which left 接 at the start).
    ['加快对接重庆自贸试验区。', [['ZONE', '重庆自贸试验区']]],
    ['积极衔接重庆自贸试验区。', [['ZONE', '重庆自贸试验区']]],
    ['会同自贸试验区青白江铁路港片区开展试点。', [['ZONE', '自贸试验区青白江铁路港片区']]],
    ['力争川渝自贸试验区形成一批制度创新成果。', [['ZONE', '川渝自贸试验区']]],
    ['实施自由贸易试验区提升战略。', [['ZONE', '自由贸易试验区']]],
    ['高标准建设宜宾协同改革先行区。', [['ZONE', '宜宾协同改革先行区']]],
    ['建设璧山跨境电商产业园。', [['ZONE', '璧山跨境电商产业园']]],
    ['成立先行区建设工作领导小组。', [['MECHANISM', '先行区建设工作领导小组']]],
    // 建设 inside a name stays: only a name's start is cut.
    ['发挥川渝自贸试验区协同开放示范区建设联席会议作用。', [['MECHANISM', '川渝自贸试验区协同开放示范区建设联席会议']]],
    // A word that cuts other names (发展) is a mechanism's own when a name stands before it and nothing would be left
    // without it; a verb alone before the suffix names no mechanism.
    ['发挥渝北区广安市协同发展联席会议作用。', [['MECHANISM', '渝北区广安市协同发展联席会议']]],
    ['依托川渝自贸试验区协同发展联席会议，统筹推进。', [['MECHANISM', '川渝自贸试验区协同发展联席会议']]],
    ['建立联席会议制度。', []],
    ['充分发挥联席会议作用。', []],
    ['强化领导小组统筹作用。', []],
    // A name before （以下简称…） is another one than the name after it.
    ['支持中国（四川）自由贸易试验区（以下简称四川自贸试验区）川南临港片区发展。', [['ZONE', '四川自贸试验区'], ['ZONE', '四川自贸试验区'], ['ZONE', '川南临港片区']]],
    ['推动各片区（以下统称自贸试验区成都区域）协同。', [['ZONE', '自贸试验区']]],
    ['举办川渝自贸试验区论坛。', [['ZONE', '川渝自贸试验区']]],
    ['支持中国移动重庆公司建设国际数据专用通道。', [['PLATFORM', '国际数据专用通道']]],
    // A division of a department (自贸区处) is no zone; a zone that 处于 somewhere is.
    ['由市商务委自贸区处牵头。', []],
    ['定期召开联席会议。', []],
    ['高水平建设自贸试验区荣昌联动创新区。', [['ZONE', '自贸试验区荣昌联动创新区']]],
    ['两江新区处于国家战略叠加区域。', [['ZONE', '两江新区']]],
    // 发展 after a word it makes one phrase with (一体化发展, 统筹发展, 高质量发展) stays in a name; a joint area's short
    // place name (遂潼, 万达开) begins one.
    ['加快推动遂潼川渝毗邻地区一体化发展先行区建设。', [['ZONE', '遂潼川渝毗邻地区一体化发展先行区']]],
    ['支持万达开川渝统筹发展示范区开放发展。', [['ZONE', '万达开川渝统筹发展示范区']]],
    ['推动泸州与重庆永川、江津共建泸永江融合发展示范区。', [['ZONE', '泸永江融合发展示范区']]],
    ['推动内江、自贡与重庆荣昌共建成渝中部产业集聚示范区。', [['ZONE', '成渝中部产业集聚示范区']]],
    // A bonded logistics centre of type B is the centre, one node with or without its type.
    ['加快泸州港保税物流中心（B型）建设。', [['ZONE', '泸州港保税物流中心']]],
    // A port followed by 投运 or 投资 is still a port; a province or city with 港 alone (四川省港投集团) is none.
    ['推动果园港投运新码头，扩大泸州港投资。', [['ZONE', '果园港'], ['ZONE', '泸州港']]],
    // 结合新区实际, 实行新区范围内: a common noun after a verb; a unit of the tax system names the zone after 国家税务总局 only.
    ['结合新区实际，实行新区范围内“一个标准”。', []],
    ['依托国家税务总局川渝高竹新区税务局。', [['ZONE', '川渝高竹新区']]],
    ['依托市推进综合保税区高质量发展工作联席会议统筹推进。', [['MECHANISM', '综合保税区高质量发展工作联席会议']]],
    // 综保区 as a common noun names no zone.
    ['对照海关总署综保区发展绩效评估指标，逐个综保区制定方案。', []],
    ['将更多产品纳入综保区保税维修目录，推进智慧综保区建设。', []],
    ['推动我市综合保税区和川渝两地综合保税区协同。', []],
    // Places listed before a zone's name share its kind.
    ['推动德阳、眉山、资阳协同改革先行区联动发展。', [['ZONE', '德阳协同改革先行区'], ['ZONE', '眉山协同改革先行区'], ['ZONE', '资阳协同改革先行区']]],
    ['支持两江、天府新区协同。', [['ZONE', '两江新区'], ['ZONE', '四川天府新区']]],
    ['推动天府新区、两江新区协同。', [['ZONE', '四川天府新区'], ['ZONE', '两江新区']]],
    // One zone of several places, or a zone whose place is longer than the listed ones, is no zone of each.
    ['支持广安、渝北川渝高竹新区建设。', [['ZONE', '渝北川渝高竹新区']]],
    ['推动内江、自贡、重庆荣昌高新区协同。', [['ZONE', '重庆荣昌高新区']]],
    ['推动达州市、万州经开区合作。', [['ZONE', '万州经开区']]],
    // A station is no centre; a count (一批) or a generic port names no zone; 新增 begins no name.
    ['共同推进重庆团结村中心站扩能改造。', []],
    ['培育一批口岸经济产业园。', []],
    ['共建国际铁路港。', []],
    // 开行 and 加密 begin no port's name; 离港 (departure) is none; 安排 and 深入实施 begin no zone's.
    ['开行龙头港至上海洋山港“沪渝直达快线”。', [['ZONE', '龙头港'], ['ZONE', '上海洋山港']]],
    ['加密泸州港至上海港的班轮。', [['ZONE', '泸州港'], ['ZONE', '上海港']]],
    ['开展出口货物离港确认试点。', []],
    ['区财政每年安排自贸试验区发展专项资金。', [['ZONE', '自贸试验区']]],
    // DEPA stands alone as CPTPP does.
    ['开展CPTPP、DEPA规则压力测试。', [['AGREEMENT', 'CPTPP'], ['AGREEMENT', 'DEPA']]],
    // Airports are ports of entry, one node however written.
    ['用好天府国际机场。', [['ZONE', '成都天府国际机场']]],
    ['提升重庆江北国际机场、天府国际机场航空货运能力。', [['ZONE', '重庆江北国际机场'], ['ZONE', '成都天府国际机场']]],
    // 重庆两江新区 is 两江新区 (one node; the graph keeps one relationship per measure).
    ['推动与重庆两江新区、两江新区管委会合作。', [['ZONE', '两江新区'], ['ZONE', '两江新区']]],
    // 发布, 宣传 and 推广 begin no zone's name; 经济 in a channel's name stays.
    ['共同发布川渝自贸试验区协同改革创新案例，宣传重庆自贸试验区经验。', [['ZONE', '川渝自贸试验区'], ['ZONE', '重庆自贸试验区']]],
    ['建设长江经济带综合立体交通通道。', [['PLATFORM', '长江经济带综合立体交通通道'], ['PLATFORM', '长江经济带']]],
    // 扩建 begins no name, and a bare 铁路港 is generic too.
    ['扩建铁路港集装箱作业区。', []],
    ['扩建果园港。', [['ZONE', '果园港']]],
    ['两地新增国家级示范物流园区2—3个。', [['ZONE', '国家级示范物流园区']]],
    ['高质量建设宜宾协同改革先行区。', [['ZONE', '宜宾协同改革先行区']]],
  ])('takes no verb or connective at the start of a name: %s → %j', (sentence, expected) => {
    const item = firstItem(notice(`一、重点任务\n\n（一）做强开放平台。${sentence}（责任单位：市商务委）`));
    expect(item.mentions.map((m) => [m.kind, m.name])).toEqual(expected);
  });

  it('reads a short name the plan declares (（以下简称江津联动创新区）, 简称：) as the full one wherever it stands, its written form kept', () => {
    const doc = parseDocument(
      notice('一、重点任务\n\n（一）推动联动发展。推动中国（重庆）自由贸易试验区江津联动创新区（以下简称江津联动创新区）建设，支持江津联动创新区与西永综保区联动。（责任单位：区商务委）'),
    );
    const mentions = doc.sections[0]?.items[0]?.mentions ?? [];
    expect(mentions.filter((m) => m.kind === 'ZONE').map((m) => [m.name, m.asWritten])).toEqual([
      ['中国（重庆）自由贸易试验区江津联动创新区', '中国（重庆）自由贸易试验区江津联动创新区'],
      // The short name in the note itself, then where the plan uses it.
      ['中国（重庆）自由贸易试验区江津联动创新区', '江津联动创新区'],
      ['中国（重庆）自由贸易试验区江津联动创新区', '江津联动创新区'],
      ['重庆西永综合保税区', '西永综保区'],
    ]);
  });

  it('reads 万盛经济技术开发区 as the zone 万盛经开区, written either way', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）推动联动发展。支持重庆市万盛经济技术开发区与万盛经开区周边园区协同。（责任单位：市商务委）'));
    expect(item.mentions.filter((m) => m.kind === 'ZONE').map((m) => [m.name, m.asWritten])).toEqual([
      ['万盛经开区', '重庆市万盛经济技术开发区'],
      ['万盛经开区', '万盛经开区'],
    ]);
  });

  it('takes no article number into a name (第四条建设国际铁路港综合保税区 → 国际铁路港综合保税区)', () => {
    const item = firstItem(notice('第四条 建设国际铁路港综合保税区。推动申报。（责任单位：区商务委）'));
    expect(item.mentions.map((m) => [m.kind, m.name])).toEqual([['ZONE', '国际铁路港综合保税区']]);
  });

  it('reads no platform inside a unit\'s name, and a zone only where the unit is the zone\'s own body', () => {
    const item = firstItem(
      jointNotice('一、重点任务\n\n（一）推进港口建设。推动西部陆海新通道建设。（责任单位：重庆市港航海事事务中心、陆海新通道运营有限公司、两江新区管委会；四川省港投集团、四川港投集团）'),
    );
    expect(item.mentions.map((m) => [m.kind, m.name])).toEqual([
      ['PLATFORM', '西部陆海新通道'],
      ['ZONE', '两江新区'],
    ]);
  });

  it('keeps an item whose number repeats a sibling\'s apart, with a warning: its units stay its own', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）\n\n（二）做好第二件事。（责任单位：市财政局）\n\n（一）做好第三件事。（责任单位：市交通局）');
    const doc = parseDocument(source);
    const items = doc.sections[0]?.items ?? [];
    expect(items.map((i) => [i.number, i.key, i.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['（一）', undefined, ['市商务委']],
      ['（二）', undefined, ['市财政局']],
      ['（一）', '（一）#2', ['市交通局']],
    ]);
    const line = source.split('\n').indexOf('（一）做好第三件事。（责任单位：市交通局）') + 1;
    expect(doc.warnings).toEqual([{ line, message: 'item （一） appears 2 times in section 一; this one is kept as （一）#2' }]);
    // Distinct ids in the graph, and each item's units on it alone.
    const rows = prepareText(source, 'dup.txt').rows;
    const ids = rows.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unitsOf = (id: string | undefined): string[] => rows.responsibilities.filter((r) => r.itemId === id).map((r) => r.unitId);
    expect([unitsOf(ids[0]), unitsOf(ids[2])]).toEqual([['unit:重庆市商务委'], ['unit:重庆市交通局']]);
  });

  it('reads recipients wrapped onto a second line as one', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('各区县（自治县）人民政府，市政府各部门：', '各区县（自治县）人民政府，市政府各部门、\n有关单位：');
    const doc = parseDocument(source);
    expect(doc.recipients).toBe('各区县（自治县）人民政府，市政府各部门、有关单位：');
    expect(doc.warnings).toEqual([]);
  });

  it('reads sections numbered 一. or 一． as OCR writes them', () => {
    const doc = parseDocument(notice('一.总体要求\n\n（一）指导思想。内容。\n\n二．重点任务\n\n（一）做好第一件事。（责任单位：市商务委）\n\n三.保障措施\n\n（一）加强组织领导。'));
    expect(doc.sections.map((s) => [s.number, s.title, s.kind, s.items.map((i) => i.number)])).toEqual([
      ['一', '总体要求', 'GENERAL', ['（一）']],
      ['二', '重点任务', 'TASKS', ['（一）']],
      ['三', '保障措施', 'GUARANTEES', ['（一）']],
    ]);
    expect(doc.sections[1]?.items[0]?.unitLists.map((l) => l.units.map((u) => u.asWritten))).toEqual([['市商务委']]);
  });

  it('reads end matter (附件 list, 抄送, printing line on one line) and warns about stray lines', () => {
    const src = `${notice('一、重点任务\n\n（一）内容。')}\n\n附件：1.任务清单\n2.项目清单\n\n抄送：市委办公厅。\n\n这行无处可放\n\n重庆市人民政府办公厅     2024年1月3日印发`;
    const doc = parseDocument(src);
    expect(doc.attachmentTitles).toEqual(['任务清单', '项目清单']);
    expect(doc.copiedTo).toBe('市委办公厅。');
    expect(doc.printedOn).toBe('2024-01-03');
    expect(doc.printedBy).toBe('重庆市人民政府办公厅');
    const line = src.split('\n').indexOf('这行无处可放') + 1;
    expect(doc.warnings).toEqual([{ line, message: expect.stringContaining('这行无处可放') }]);
  });
});

describe('notice header', () => {
  it('takes an issuer\'s name that the title block wraps (中国银行保险监督管理委员会⏎重庆监管局关于…) for no issuer of its own', () => {
    const doc = parseDocument(
      [
        '重庆市商务委员会',
        '中国银行保险监督管理委员会重庆监管局',
        '',
        '渝商务发〔2021〕58号',
        '',
        '重庆市商务委员会 中国银行保险监督管理委员会',
        '重庆监管局关于印发《金融服务创新若干措施》的通知',
        '',
        '各区县（自治县）商务主管部门：',
        '',
        '现将《金融服务创新若干措施》印发给你们，请认真贯彻执行。',
        '',
        '重庆市商务委员会          中国银行保险监督管理委员会重庆监管局',
        '',
        '2021年9月16日',
        '',
        '金融服务创新若干措施',
        '',
        '一、重点任务',
        '',
        '（一）推进测试。开展测试。（责任单位：市商务委、重庆银保监局）',
      ].join('\n'),
    );
    expect(doc.issuers).toEqual(['重庆市商务委员会', '中国银行保险监督管理委员会重庆监管局']);
    // Only a name that the next line goes on with is a wrapped one: 四川省人民政府 beside 四川省人民政府办公厅 is an issuer.
    const both = parseDocument(
      ['四川省人民政府办公厅', '', '川府发〔2024〕3号', '', '四川省人民政府', '关于印发《测试方案》的通知', '', '各市（州）人民政府：', '', '现将《测试方案》印发给你们。', '', '四川省人民政府', '', '2024年3月1日', '', '测试方案', '', '一、重点任务', '', '（一）推进测试。开展测试。（责任单位：省商务厅）'].join('\n'),
    );
    expect(both.issuers).toEqual(['四川省人民政府办公厅', '四川省人民政府']);
  });

  it.each([
    ['关于印发《川渝共建西部陆海新通道和中欧班列（成渝）', '协同发展行动方案》的通知', '关于印发《川渝共建西部陆海新通道和中欧班列（成渝）协同发展行动方案》的通知'],
    ['关于印发深化国际贸易“单一窗口”', '建设实施方案的通知', '关于印发深化国际贸易“单一窗口”建设实施方案的通知'],
  ])('reads a title wrapped after ）, ” or 》: %s⏎%s', (first, second, title) => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('关于印发测试行动方案的通知', `${first}\n\n${second}`);
    const doc = parseDocument(source);
    expect([doc.title, doc.issuers, doc.warnings]).toEqual([title, ['重庆市人民政府办公厅'], []]);
  });

  it.each([
    ['渝府办发[2024]1号', '渝府办发〔2024〕1号'],
    ['渝府办发〔２０２４〕１号', '渝府办发〔2024〕1号'],
    ['渝府办发（2024）1号', '渝府办发〔2024〕1号'],
  ])('reads the document number %s as %s, the form a citation of it takes', (written, canonical) => {
    const doc = parseDocument(notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('渝府办发〔2024〕1号', written));
    expect(doc.docNumber).toBe(canonical);
    const cited = firstItem(notice(`一、重点任务\n\n（一）落实文件。按照${written}要求推进。（责任单位：市商务委）`)).mentions.filter((m) => m.kind === 'POLICY');
    expect(cited.map((m) => [m.name, m.docNumber, m.asWritten])).toEqual([[canonical, canonical, written]]);
  });

  it('reads a typed notice\'s full-width digits: its date, printing date and sub-items; and passes over a contact block below the plan', () => {
    const source = notice('一、重点任务\n\n（一）推进通关便利化。\n１．推广两步申报。（责任单位：重庆海关）\n２．推广提前申报。（责任单位：市商务委）\n\n联系人：市商务委自贸区处  王某某，023-63662000；\n        市政府口岸物流办  李某某，023-63662001。')
      .replace('2024年1月2日', '２０２４年１月２日');
    const doc = parseDocument(source);
    const item = doc.sections[0]?.items[0];
    expect([doc.signedOn, doc.planTitle]).toEqual(['2024-01-02', '测试行动方案']);
    expect(item?.subItems.map((s) => [s.number, s.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['１．', ['重庆海关']],
      ['２．', ['市商务委']],
    ]);
    expect(item?.subItems[1]?.text).toBe('２．推广提前申报。（责任单位：市商务委）');
    expect(doc.warnings).toEqual([]);
  });

  it('keeps a 联系方式： line with no telephone number inside its item, and reads on', () => {
    const doc = parseDocument(notice('一、重点任务\n\n（一）建立联络员制度。各单位确定1名联络员。\n联系方式：请于10月10日前将名单报送市商务委。\n（二）推进通关便利化。（责任单位：重庆海关）'));
    expect(doc.sections[0]?.items.map((i) => i.number)).toEqual(['（一）', '（二）']);
    expect(doc.sections[0]?.items[0]?.text).toContain('联系方式：请于10月10日前将名单报送市商务委。');
  });

  it('reads an article only with a space or a mark after 第X条, its （一） as points, and 第X章 as chapters (总则, 附则 general)', () => {
    const doc = parseDocument(
      notice(
        [
          '第一章　总则',
          '第一条　为支持自贸试验区建设，制定本措施。',
          '第二章　支持措施',
          '第二条　支持跨境电商发展。',
          '（一）对年进出口额超过1亿元的企业给予奖励。',
          '（二）支持建设海外仓。',
          '（责任单位：市商务委）',
          '第三条　支持开行中欧班列。',
          '第一条中欧班列线路于2021年开通，要持续扩大线路网络。（责任单位：市口岸物流办）',
        ].join('\n'),
      ),
    );
    expect(doc.sections.map((sec) => [sec.number, sec.kind, sec.items.map((i) => [i.number, i.kind, i.subItems.map((p) => p.number)])])).toEqual([
      ['第一章', 'GENERAL', [['第一条', 'GENERAL', []]]],
      [
        '第二章',
        'TASKS',
        [
          ['第二条', 'MEASURE', ['（一）', '（二）']],
          ['第三条', 'MEASURE', []],
        ],
      ],
    ]);
    expect(doc.sections[1]?.items[1]?.text).toContain('第一条中欧班列线路于2021年开通');
  });

  it('takes no plot or line number in brackets for a document number: 两江新区（2024）12号地块', () => {
    const item = firstItem(notice('一、重点任务\n\n（一）推进建设。新建两江新区（2024）12号地块。（责任单位：市商务委）'));
    expect(item.mentions.filter((m) => m.kind === 'POLICY')).toEqual([]);
  });

  it('reads measures numbered 第一条, 第二条 as items, with or without a section above them', () => {
    for (const body of ['一、重点任务\n\n', '']) {
      const doc = parseDocument(notice(`${body}第一条 推进通关便利化。推广两步申报。（责任单位：市商务委）\n第二条 共建单一窗口。推动数据互通。（责任单位：市政府口岸物流办）`));
      expect(doc.sections.flatMap((s) => s.items).map((i) => [i.number, i.title, i.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
        ['第一条', '推进通关便利化', ['市商务委']],
        ['第二条', '共建单一窗口', ['市政府口岸物流办']],
      ]);
    }
  });

  it('reads a plan title whose first line ends in 中心 as the title, not as an office signing again', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('测试行动方案\n', '川渝共建西部陆海新通道物流和运营组织中心\n\n行动方案（2024—2025年）\n');
    const doc = parseDocument(source);
    expect([doc.planTitle, doc.period, doc.issuers, doc.warnings]).toEqual(['川渝共建西部陆海新通道物流和运营组织中心行动方案', '2024—2025', ['重庆市人民政府办公厅'], []]);
  });

  it('reads an issuer written again on the line above the title once', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('关于印发测试行动方案的通知', '重庆市人民政府办公厅\n\n关于印发测试行动方案的通知');
    expect(parseDocument(source).issuers).toEqual(['重庆市人民政府办公厅']);
  });

  it.each(['（本文有删减）', '（有删节）'])('takes %s, the note of an abridged text, as the release note and out of the plan title', (note) => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('（此件公开发布）', note);
    const doc = parseDocument(source);
    expect([doc.planTitle, doc.publicRelease, doc.sections.length]).toEqual(['测试行动方案', note, 1]);
  });

  it.each([
    ['渝商务发〔2024〕36号  川商务发〔2024〕19号'],
    ['渝商务发〔2024〕36号\n\n川商务发〔2024〕19号'],
  ])('keeps both numbers of a notice two departments issue jointly: %s', (numbers) => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委；省商务厅）', '重庆市商务委员会')
      .replace('重庆市商务委员会\n', '重庆市商务委员会\n\n四川省商务厅\n')
      .replace('渝府办发〔2024〕1号', numbers);
    const doc = parseDocument(source);
    expect([doc.docNumber, doc.otherDocNumbers, doc.warnings]).toEqual(['渝商务发〔2024〕36号', ['川商务发〔2024〕19号'], []]);
  });

  it('reads an issuing 中心 as an issuer, in the header and on the signature line beside another office', () => {
    const source = notice('一、重点任务\n\n（一）加强保护。（责任单位：市知识产权局；省知识产权服务促进中心）', '重庆市知识产权局')
      .replace('重庆市知识产权局\n', '重庆市知识产权局\n\n四川省知识产权服务促进中心\n')
      .replace(/\n重庆市知识产权局\n\n2024年/, '\n重庆市知识产权局                四川省知识产权服务促进中心\n\n2024年');
    const doc = parseDocument(source);
    expect([doc.issuers, doc.planTitle, doc.jurisdictions.map((j) => j.name)]).toEqual([['重庆市知识产权局', '四川省知识产权服务促进中心'], '测试行动方案', ['重庆市', '四川省']]);
    expect(doc.sections[0]?.items[0]?.unitLists.map((l) => l.jurisdiction)).toEqual(['重庆市', '四川省']);
  });

  it('takes no second number for a notice one office issues, nor its own number written twice', () => {
    const one = parseDocument(notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市商务委）').replace('渝府办发〔2024〕1号', '渝府办发〔2024〕1号\n\n渝府办发〔2024〕1号'));
    expect([one.docNumber, one.otherDocNumbers]).toEqual(['渝府办发〔2024〕1号', []]);
  });

  it('reads a notice the Party committee\'s office and the government\'s issue together as 重庆市\'s alone (中共 names no place)', () => {
    const source = notice('一、重点任务\n\n（一）做好第一件事。（责任单位：市委改革办、市商务委）', '中共重庆市委办公厅')
      .replace('中共重庆市委办公厅\n', '中共重庆市委办公厅\n重庆市人民政府办公厅\n')
      .replace(/\n中共重庆市委办公厅\n\n2024年/, '\n中共重庆市委办公厅\n重庆市人民政府办公厅\n\n2024年');
    const doc = parseDocument(source);
    expect(doc.jurisdictions.map((j) => j.name)).toEqual(['重庆市']);
    expect(doc.sections[0]?.items[0]?.unitLists.map((l) => [l.jurisdiction, l.units.map((u) => u.asWritten)])).toEqual([['重庆市', ['市委改革办', '市商务委']]]);
    expect(doc.warnings).toEqual([]);
  });
});

describe('jurisdictions from issuers', () => {
  it('reads a notice whose plan is only its attached task list (no 一、 outline): the table\'s rows are its items', () => {
    const source = [
      '重庆市渝北区人民政府办公室',
      '',
      '关于印发渝北区2024年重点任务清单的通知',
      '',
      '渝北府办发〔2024〕21号',
      '',
      '各镇人民政府，各街道办事处，区政府各部门：',
      '',
      '《渝北区2024年重点任务清单》已经区政府同意，现印发给你们，请认真贯彻执行。',
      '',
      '重庆市渝北区人民政府办公室',
      '',
      '2024年3月1日',
      '',
      '附件',
      '',
      '渝北区2024年重点任务清单',
      '',
      '序号\t工作任务\t责任单位\t责任人\t完成时限',
      '1\t建设空港保税物流中心。\t区发展改革委\t张三\t2024年12月',
      '2\t深化“一网通办”改革。\t区政务服务办\t李四\t2024年10月',
      '',
      '重庆市渝北区人民政府办公室\t\t2024年3月2日印发',
    ].join('\n');
    const doc = parseDocument(source);
    expect(doc.sections.map((s) => [s.number, s.kind, s.items.map((i) => [i.number, i.title])])).toEqual([
      ['附件', 'ATTACHMENT', [['1', '建设空港保税物流中心'], ['2', '深化“一网通办”改革']]],
    ]);
    expect(doc.sections[0]?.items.map((i) => i.unitLists.flatMap((l) => l.units.map((u) => u.asWritten)))).toEqual([['区发展改革委'], ['区政务服务办']]);
  });

  it('reads a notice of an office of 川渝高竹新区 as the area\'s, not as a joint notice of both provinces', () => {
    const doc = parseDocument(notice('一、重点任务\n\n（一）第一件事。（责任单位：新区经济发展局）', '川渝高竹新区建设领导小组办公室'));
    expect(doc.jurisdictions).toEqual([{ name: '川渝高竹新区', level: 'REGION' }]);
  });

  it('reads a notice of an office both provinces run (推动成渝地区双城经济圈建设联合办公室) as both provinces\', 重庆 first', () => {
    const doc = parseDocument(notice('一、重点任务\n\n（一）第一件事。（牵头单位：市商务委；省商务厅）', '推动成渝地区双城经济圈建设联合办公室'));
    expect(doc.jurisdictions).toEqual([
      { name: '重庆市', level: 'MUNICIPALITY' },
      { name: '四川省', level: 'PROVINCE' },
    ]);
    expect(doc.sections[0]?.items[0]?.unitLists.map((l) => l.jurisdiction)).toEqual(['重庆市', '四川省']);
    expect(doc.warnings).toEqual([]);
  });

  it('reads a joint notice of two vertical offices as the two provinces\' plan (国家税务总局四川省税务局, 国家税务总局重庆市税务局)', () => {
    const source = [
      '国家税务总局四川省税务局', '国家税务总局重庆市税务局', '川税发〔2024〕31号', '关于印发《川渝税费服务协同方案》的通知', '各有关单位：',
      '国家税务总局四川省税务局          国家税务总局重庆市税务局', '2024年5月10日', '川渝税费服务协同方案', '一、主要任务',
      '（一）推进毗邻协作。推行就近办理。（责任单位：省商务厅、广安市税务局；市商务委、渝北区税务局）',
    ].join('\n');
    const doc = parseDocument(source);
    expect(doc.jurisdictions.map((j) => j.name)).toEqual(['四川省', '重庆市']);
    expect(doc.issuers).toEqual(['国家税务总局四川省税务局', '国家税务总局重庆市税务局']);
    const rows = prepareText(source, 'tax.txt').rows;
    expect(rows.counterparts.map((c) => `${c.aId}↔${c.bId}`)).toEqual(['unit:四川省商务厅↔unit:重庆市商务委', 'unit:广安市税务局↔unit:渝北区税务局']);
    // In a district's plan, a second list of the municipality's units (重庆海关 among them) is no other side to pair with.
    const wanzhou = prepareText(notice('一、重点任务\n\n（一）提升综保区。推动联动发展。（责任单位：区商务委、万州海关；市商务委、重庆海关）', '重庆市万州区人民政府办公室'), 'wz.txt').rows;
    expect(wanzhou.counterparts).toEqual([]);
  });

  it.each([
    ['重庆市人民政府办公厅', { name: '重庆市', level: 'MUNICIPALITY' }],
    ['四川省人民政府办公厅', { name: '四川省', level: 'PROVINCE' }],
    ['重庆市永川区人民政府办公室', { name: '永川区', level: 'DISTRICT', parent: '重庆市' }],
    ['重庆市石柱土家族自治县人民政府办公室', { name: '石柱土家族自治县', level: 'COUNTY', parent: '重庆市' }],
    ['四川省成都市人民政府办公厅', { name: '成都市', level: 'CITY', parent: '四川省' }],
    ['四川省凉山彝族自治州人民政府', { name: '凉山彝族自治州', level: 'CITY', parent: '四川省' }],
    ['成都市武侯区人民政府', { name: '武侯区', level: 'DISTRICT', parent: '成都市' }],
    ['泸州市人民政府办公室', { name: '泸州市', level: 'CITY' }],
    ['广西壮族自治区人民政府办公厅', { name: '广西壮族自治区', level: 'PROVINCE' }],
    ['国务院办公厅', { name: '中国', level: 'NATIONAL' }],
    // An area both provinces run issues notices of its own.
    ['川渝高竹新区党政办公室', { name: '川渝高竹新区', level: 'REGION' }],
    // Offices of vertical lines issue for their place: the central body's name before it, a province's name without 省/市.
    ['国家税务总局四川省税务局', { name: '四川省', level: 'PROVINCE' }],
    ['国家税务总局泸州市税务局', { name: '泸州市', level: 'CITY' }],
    ['中国人民银行重庆市分行', { name: '重庆市', level: 'MUNICIPALITY' }],
    ['国家金融监督管理总局四川监管局', { name: '四川省', level: 'PROVINCE' }],
    ['重庆金融监管局', { name: '重庆市', level: 'MUNICIPALITY' }],
    ['重庆海关', { name: '重庆市', level: 'MUNICIPALITY' }],
    ['成都海关', { name: '四川省', level: 'PROVINCE' }],
  ])('%s → %o', (issuer, expected) => {
    expect(jurisdictionOfIssuer(issuer)).toEqual(expected);
  });
});

describe('the jurisdiction a list names by its first unit', () => {
  const CQ = { name: '重庆市', level: 'MUNICIPALITY' as const };
  const SC = { name: '四川省', level: 'PROVINCE' as const };
  const CD = { name: '成都市', level: 'CITY' as const, parent: '四川省' };
  it.each([
    ['四川省商务厅', [CQ, SC], 1],
    ['重庆海关', [SC, CQ], 1],
    // In a plan of the province and the municipality alone, 省X and 市X say whose list it is.
    ['省交通运输厅', [CQ, SC], 1],
    ['市商务委', [SC, CQ], 1],
    // Not 市场…, nor a 四川 list's 市（州）, nor 市 where a third place (成都市) could be meant.
    ['市场监管局', [CQ, SC], -1],
    ['市（州）人民政府', [SC, CQ], -1],
    ['市商务局', [CQ, SC, CD], -1],
    ['成都海关', [CQ, SC], -1],
  ] as const)('%s among %j → %i', (unit, jurisdictions, index) => {
    expect(jurisdictionIndexByPrefix(unit, jurisdictions)).toBe(index);
  });
});

describe('the place a table column\'s header names', () => {
  const CQ = { name: '重庆市', level: 'MUNICIPALITY' as const };
  const SC = { name: '四川省', level: 'PROVINCE' as const };
  const YC = { name: '永川区', level: 'DISTRICT' as const, parent: '重庆市' };
  const LZ = { name: '泸州市', level: 'CITY' as const };
  it.each([
    ['重庆方责任单位', [CQ, SC], '重庆市'],
    ['四川方责任单位', [CQ, SC], '四川省'],
    ['四川省牵头单位', [CQ, SC], '四川省'],
    ['渝方责任单位', [CQ, SC], '重庆市'],
    ['川方', [CQ, SC], '四川省'],
    ['泸州市责任单位', [YC, LZ], '泸州市'],
    ['永川责任单位', [YC, LZ], '永川区'],
    // A province the plan's issuers do not name: 四川方 in a plan 重庆 issues alone.
    ['四川方责任单位', [CQ], '四川省'],
    // A province's side in a plan of two places: the plan's place in it (a city without its province is 四川's).
    ['渝方责任单位', [{ name: '合川区', level: 'DISTRICT', parent: '重庆市' }, { name: '广安市', level: 'CITY' }], '合川区'],
    ['川方责任单位', [{ name: '合川区', level: 'DISTRICT', parent: '重庆市' }, { name: '广安市', level: 'CITY' }], '广安市'],
    // A place the issuers do not name, by its own name.
    ['江津区责任单位', [YC, LZ], '江津区'],
    ['綦江区', [LZ], '綦江区'],
    // No place, or both.
    ['责任单位', [CQ, SC], undefined],
    ['市级责任单位', [CQ, SC], undefined],
    ['川渝两地责任单位', [CQ, SC], undefined],
    ['重庆四川共同牵头', [CQ, SC], undefined],
  ] as const)('%s among %j → %s', (header, jurisdictions, name) => {
    expect(jurisdictionOfHeader(header, jurisdictions)?.name).toBe(name);
  });
});

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['二十四', 24],
    ['一百零五', 105],
    ['二〇二三', 2023],
  ])('%s = %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });
  it('rejects non-numerals', () => {
    expect(parseChineseNumeral('附件')).toBeUndefined();
  });
});

describe('attachment tables wider than 序号 / 改革事项 / 责任单位', () => {
  /** A district-style notice whose plan ends in the given attachment table, end matter after it. */
  const withTable = (...tableLines: string[]): string =>
    [notice('一、重点任务\n\n（一）内容。'), '', '附件', '', '重点任务清单', '', ...tableLines, '', '抄送：区委办。', '', '重庆市人民政府办公厅', '', '2024年1月2日印发'].join('\n');
  const rowsOf = (source: string): ParsedItem[] => parseDocument(source).sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? [];

  it.each([
    ['附件1：重点任务清单', ''],
    ['附件1  重点任务清单', ''],
    ['附件1  重点任务清单', '（2025—2026年）'],
    ['附件1', '重点任务清单'],
  ])('reads a table whose page is headed %s (title on the line after: %s) as attachment 附件1 with its rows', (heading, titleLine) => {
    const source = [
      notice('一、重点任务\n\n（一）推进外贸发展。详见附件1。（责任单位：市商务委）\n\n二、保障措施\n\n（一）强化督促考核。纳入年度目标考核。'),
      '',
      heading,
      ...(titleLine ? ['', titleLine] : []),
      '',
      '序号\t任务名称\t牵头单位\t完成时限',
      '1\t开展出口退税服务前置\t市税务局\t2024年6月',
      '2\t推进进口药品通关便利化\t市市场监管局、重庆海关\t2024年12月',
      '',
      '抄送：市委办公厅。',
    ].join('\n');
    const doc = parseDocument(source);
    const table = doc.sections.find((s) => s.kind === 'ATTACHMENT');
    expect([table?.number, table?.title?.startsWith('重点任务清单'), table?.items.map((r) => r.title)]).toEqual(['附件1', true, ['开展出口退税服务前置', '推进进口药品通关便利化']]);
    expect(doc.sections[1]?.items[0]?.text).toBe('（一）强化督促考核。纳入年度目标考核。');
    expect(doc.warnings).toEqual([]);
  });

  it('reads a units column headed 责任单位（排名第一的为牵头单位）: the first unit of each cell leads (a lone one too), the others as the header says', () => {
    const rows = rowsOf(withTable('序号\t重点任务\t责任单位（排名第一的为牵头单位）', '1\t开展结算便利化试点。\t国家外汇管理局重庆市分局、市商务委、市财政局', '2\t设立服务中心。\t市科技局'));
    expect(rows.map((r) => r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`))).toEqual([
      ['LEAD:国家外汇管理局重庆市分局', 'RESPONSIBLE:市商务委、市财政局'],
      ['LEAD:市科技局'],
    ]);
    const support = rowsOf(withTable('序号\t重点任务\t责任单位（排名第一的为牵头单位，其余为配合单位）', '1\t开展结算便利化试点。\t国家外汇管理局重庆市分局、市商务委'));
    expect(support.map((r) => r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`))).toEqual([['LEAD:国家外汇管理局重庆市分局', 'SUPPORTING:市商务委']]);
  });

  it('reads a units column whose header names a place (重庆方 / 四川方, 永川区 / 泸州市) as that place\'s list, each cell its abbreviations\' place', () => {
    const cells = (source: string): string[][] =>
      (parseDocument(source).sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? []).map((r) => r.unitLists.map((l) => `${l.index}:${l.jurisdiction}:${l.units.map((u) => u.asWritten).join('、')}`));
    const joint = jointNotice('一、重点任务\n\n（一）内容。');
    expect(cells([joint, '', '附件', '', '重点任务分工表', '', '序号\t重点任务\t重庆方责任单位\t四川方责任单位\t完成时限', '1\t共建知识产权保护协作机制\t市知识产权局\t省知识产权服务促进中心\t2024年底', '', '抄送：市委办公厅。'].join('\n'))).toEqual([
      ['0:重庆市:市知识产权局', '1:四川省:省知识产权服务促进中心'],
    ]);
    // Columns in the other order, and a plan 重庆 issues alone: 四川方's 省X is 四川's, not 重庆市省商务厅.
    expect(cells(withTable('序号\t重点任务\t四川方责任单位\t重庆方责任单位', '1\t推动中欧班列高质量发展\t省商务厅\t市商务委'))).toEqual([['1:四川省:省商务厅', '0:重庆市:市商务委']]);
    const luyong = [
      '重庆市永川区人民政府办公室', '', '泸州市人民政府办公室', '', '关于印发泸永协同发展工作方案的通知', '', '永川府办发〔2024〕12号', '', '各有关单位：', '',
      '《泸永协同发展工作方案》已经区政府同意，现印发给你们。', '', '重庆市永川区人民政府办公室　　泸州市人民政府办公室', '', '2024年3月1日', '', '泸永协同发展工作方案', '',
      '一、主要任务', '', '（一）推进通关便利化。加强两地海关协作。', '', '附件', '', '重点任务分工表', '',
      '序号\t重点任务\t永川区责任单位\t泸州市责任单位\t完成时限', '1\t推进税收服务协同\t区税务局\t市税务局、市商务局\t持续推进', '', '抄送：区委各部门。',
    ].join('\n');
    expect(cells(luyong)).toEqual([['0:永川区:区税务局', '1:泸州市:市税务局、市商务局']]);
    // Resolved and paired as a joint clause's two lists are: 市税务局 under 泸州市 is 泸州市's, its peer 永川区税务局.
    const rows = prepareText(luyong, 'luyong.txt').rows;
    expect(rows.responsibilities.map((r) => `${r.unitId}@${r.jurisdiction}`)).toEqual(['unit:永川区税务局@永川区', 'unit:泸州市税务局@泸州市', 'unit:泸州市商务局@泸州市']);
    expect(rows.counterparts.map((c) => `${c.aId}↔${c.bId}:${c.basis}`)).toEqual(['unit:永川区税务局↔unit:泸州市税务局:FUNCTIONAL_LINE']);
  });

  it('takes no column for a side that names no side: where things lie, zones, statistics, another country\'s side, a wrapped header', () => {
    const rowsOf = (source: string): string[][] =>
      (parseDocument(source).sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? []).map((r) => r.unitLists.map((l) => `${l.index}:${l.jurisdiction}:${l.role}:${l.units.map((u) => u.asWritten).join('、')}`));
    const yongchuan = (...table: string[]): string =>
      [
        '重庆市永川区人民政府办公室', '', '泸州市人民政府办公室', '', '关于印发泸永协同发展工作方案的通知', '', '永川府办发〔2024〕12号', '', '各有关单位：', '',
        '《泸永协同发展工作方案》已经区政府同意，现印发给你们。', '', '重庆市永川区人民政府办公室　　泸州市人民政府办公室', '', '2024年3月1日', '', '泸永协同发展工作方案', '',
        '一、主要任务', '', '（一）推进合作。加强协作。（责任单位：区商务委；市商务局）', '', '附件', '', '重点任务表', '', ...table, '', '抄送：区委办公室。',
      ].join('\n');
    // A table of statistics under the two places' names lists no tasks: no rows, no units.
    expect(rowsOf(yongchuan('序号\t项目\t永川区\t泸州市', '1\t地区生产总值（亿元）\t1300\t2600'))).toEqual([]);
    // A task table's column of where a project lies names no responsible unit.
    expect(rowsOf(yongchuan('序号\t重点任务\t项目所在区县\t完成时限', '1\t建设综合保税区二期。\t永川区\t2024年底'))).toEqual([[]]);
    // Under a place alone, a cell that reads as no unit (已实现) names none.
    expect(rowsOf(yongchuan('序号\t重点任务\t永川区\t泸州市', '1\t营业执照异地办理。\t已实现\t暂未实现'))).toEqual([[]]);
    // One name that is no unit leaves the others of its cell (相关企业 of a kind, places and areas alone are bodies too); a
    // side's role alone (主办⇥协办) is no unit.
    expect(rowsOf(yongchuan('序号\t重点任务\t永川区\t泸州市', '1\t共建产业园。\t区经济信息委、永川高新区、相关企业、已完成\t市经济和信息化局、江阳区', '2\t联合举办推介会。\t主办\t协办'))).toEqual([
      ['0:永川区:RESPONSIBLE:区经济信息委、永川高新区、相关企业', '1:泸州市:RESPONSIBLE:市经济和信息化局、江阳区'],
      [],
    ]);
    // 新方 is Singapore's side, not 新疆's.
    const cq = (...table: string[]): string => [notice('一、重点任务\n\n（一）内容。（责任单位：市商务委）'), '', '附件', '', '分工表', '', ...table, '', '抄送：市委办公厅。'].join('\n');
    expect(rowsOf(cq('序号\t合作事项\t中方\t新方\t完成时限', '1\t深化金融合作。\t市中新项目管理局\t新加坡金融管理局\t2024年底'))).toEqual([[]]);
    // 区县责任单位 names no place of its own (区县 is no place): the list stays the plan's.
    expect(rowsOf(cq('序号\t重点任务\t牵头单位\t区县责任单位\t完成时限', '1\t建设物流枢纽。\t市交通运输委\t有关区县政府\t2025年底'))).toEqual([
      ['0:重庆市:LEAD:市交通运输委', '0:重庆市:RESPONSIBLE:有关区县政府'],
    ]);
    // 责任单位 merged over the places' own columns (綦江区⇥泸州市) heads each place's list.
    const qijiang = [
      '重庆市綦江区人民政府办公室', '', '泸州市人民政府办公室', '', '关于印发协同发展工作要点的通知', '', '綦江府办发〔2024〕1号', '', '各有关单位：', '', '现印发给你们。', '',
      '重庆市綦江区人民政府办公室　泸州市人民政府办公室', '', '2024年3月1日', '', '协同发展工作要点', '', '一、主要任务', '', '（一）推进合作。加强协作。', '', '附件', '', '重点任务表', '',
      '序号\t重点任务\t责任单位\t\t完成时限', '\t\t綦江区\t泸州市\t', '1\t共建商贸联盟。\t区商务委\t市商务局\t2024年底', '', '抄送：区委办公室。',
    ].join('\n');
    expect(rowsOf(qijiang)).toEqual([['0:綦江区:RESPONSIBLE:区商务委', '1:泸州市:RESPONSIBLE:市商务局']]);
    // A header wrapped onto two lines (牵头⏎单位 beside 配合单位) merges nothing: 配合单位 stays supporting.
    expect(rowsOf(cq('序号\t改革事项\t牵头\t\t完成时限', '\t\t单位\t配合单位\t', '1\t推进通关便利化改革。\t市商务委\t重庆海关、市财政局\t2024年底'))).toEqual([
      ['0:重庆市:LEAD:市商务委', '0:重庆市:SUPPORTING:重庆海关、市财政局'],
    ]);
  });

  it('reads a park\'s office as no place of its own, and 万盛经开区\'s offices as 万盛经开区\'s', () => {
    expect(jurisdictionOfIssuer('重庆两江新区管理委员会办公室')).toBeUndefined();
    expect(jurisdictionOfIssuer('永川高新区管委会办公室')).toBeUndefined();
    expect(jurisdictionOfIssuer('重庆市万盛经济技术开发区管理委员会办公室')).toEqual({ name: '万盛经开区', level: 'DISTRICT', parent: '重庆市' });
  });

  it('gives a list beyond the plan\'s places to the place its units name (a third list, 江津区…, in a plan of 永川区 and 泸州市), not to the last place', () => {
    const source = [
      '重庆市永川区人民政府办公室', '', '泸州市人民政府办公室', '', '关于印发泸永协同发展工作方案的通知', '', '永川府办发〔2024〕12号', '', '各有关单位：', '',
      '《泸永协同发展工作方案》已经区政府同意，现印发给你们。', '', '重庆市永川区人民政府办公室　　泸州市人民政府办公室', '', '2024年3月1日', '', '泸永协同发展工作方案', '',
      '一、主要任务', '', '（一）深化港口物流合作。共同开行班列。（责任单位：区交通局；市交通运输局；江津区交通局、区港航中心；两江新区管委会）',
    ].join('\n');
    const item = firstItem(source);
    expect(item.unitLists.map((l) => `${l.jurisdiction}:${l.units.map((u) => u.asWritten).join('、')}`)).toEqual([
      '永川区:区交通局',
      '泸州市:市交通运输局',
      '江津区:江津区交通局、区港航中心',
      // A new area's body names no place of its own: the last place's, as before.
      '泸州市:两江新区管委会',
    ]);
  });

  it('pairs no national body (中国测试技术研究院) with a province\'s; the two metrology institutes pair on their line', () => {
    const source = jointNotice('一、重点任务\n\n（一）推动计量资源共享。共建计量测试中心。（责任单位：重庆市计量质量检测研究院；中国测试技术研究院、四川省计量检定测试院）');
    const rows = prepareText(source, 'metrology.txt').rows;
    expect(rows.counterparts.map((c) => `${c.aId}↔${c.bId}:${c.basis}`)).toEqual(['unit:重庆市计量质量检测研究院↔unit:四川省计量检定测试院:FUNCTIONAL_LINE']);
    expect(rows.units.filter((u) => u.name.endsWith('院')).map((u) => `${u.name}:${u.kind}`)).toEqual([
      '重庆市计量质量检测研究院:PUBLIC_INSTITUTION',
      '中国测试技术研究院:PUBLIC_INSTITUTION',
      '四川省计量检定测试院:PUBLIC_INSTITUTION',
    ]);
  });

  it('pairs two units of one line across roles (one side leads, the other supports) where neither has a partner in its role, never by position', () => {
    const source = jointNotice('一、重点任务\n\n（一）拓展经贸合作。联合举办论坛。（牵头单位：省商务厅；配合单位：市商务委、市贸促会、市财政局；省贸促会）');
    const rows = prepareText(source, 'roles.txt').rows;
    expect(rows.counterparts.map((c) => `${c.aId}↔${c.bId}:${c.basis}`).sort()).toEqual([
      'unit:重庆市商务委↔unit:四川省商务厅:FUNCTIONAL_LINE',
      'unit:重庆市贸促会↔unit:四川省贸促会:FUNCTIONAL_LINE',
    ]);
  });

  it('reads place-headed columns whatever the layout: a merged 责任单位 over 重庆方⇥四川方, places alone, ； inside a cell, a place no issuer names, an empty cell', () => {
    const rowsOf = (source: string): string[][] =>
      (parseDocument(source).sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? []).map((r) => r.unitLists.map((l) => `${l.index}:${l.jurisdiction}:${l.units.map((u) => u.asWritten).join('、')}`));
    const joint = (...table: string[]): string => [jointNotice('一、重点任务\n\n（一）内容。'), '', '附件', '', '重点任务分工表', '', ...table, '', '抄送：市委办公厅。'].join('\n');
    // 责任单位 merged over the two sides' columns, the sides on the header's second line.
    expect(rowsOf(joint('序号\t重点任务\t责任单位\t\t完成时限', '\t\t重庆方\t四川方\t', '1\t共建信用体系。\t市发展改革委、重庆海关\t省发展改革委、成都海关\t2024年底前'))).toEqual([
      ['0:重庆市:市发展改革委、重庆海关', '1:四川省:省发展改革委、成都海关'],
    ]);
    // Columns headed by the sides alone; an empty side written / names no unit.
    expect(rowsOf(joint('序号\t重点任务\t重庆方\t四川方\t完成时限', '1\t推进港口合作。\t/\t省交通运输厅\t持续推进', '2\t共建信用体系。\t无\t—\t2024年底前'))).toEqual([['1:四川省:省交通运输厅'], []]);
    const plan = (issuers: string[], ...table: string[]): string =>
      [
        ...issuers.flatMap((i) => [i, '']), '关于印发协同发展工作要点的通知', '', '潼南府办发〔2024〕31号', '', '各有关单位：', '', '现将《协同发展工作要点》印发给你们。', '',
        issuers.join('　'), '', '2024年2月26日', '', '协同发展工作要点', '', '一、主要任务', '', '（一）推进合作。加强协作。', '', '附件', '', '重点任务分工表', '', ...table, '', '抄送：区委各部门。',
      ].join('\n');
    const tongnan = ['重庆市潼南区人民政府办公室', '遂宁市人民政府办公室'];
    // ； inside a side's cell keeps the whole cell on its side (市消防救援支队 is 遂宁's, not 重庆市消防救援支队).
    expect(rowsOf(plan(tongnan, '序号\t任务名称\t潼南区责任单位\t遂宁市责任单位\t完成时限', '1\t共建应急救援协作机制。\t区应急局；区消防救援支队\t市应急管理局；市消防救援支队\t2024年12月底前'))).toEqual([
      ['0:潼南区:区应急局', '0:潼南区:区消防救援支队', '1:遂宁市:市应急管理局', '1:遂宁市:市消防救援支队'],
    ]);
    // A column of a place the issuers do not name is that place's; 渝方/川方 in a plan of a district and a city are theirs.
    expect(rowsOf(plan(tongnan, '序号\t任务名称\t潼南区\t遂宁市\t大足区\t完成时限', '1\t共建产业园区。\t区经济信息委\t市经济和信息化局\t区经济信息委\t2024年底前'))).toEqual([
      ['0:潼南区:区经济信息委', '1:遂宁市:市经济和信息化局', '2:大足区:区经济信息委'],
    ]);
    expect(rowsOf(plan(tongnan, '序号\t任务名称\t渝方责任单位\t川方责任单位\t完成时限', '1\t共建产业园区。\t市经济信息委、区经济信息委\t省经济和信息化厅、市经济和信息化局\t2024年底前'))).toEqual([
      ['0:潼南区:市经济信息委、区经济信息委', '1:遂宁市:省经济和信息化厅、市经济和信息化局'],
    ]);
  });

  it('reads a 附表 (a schedule) as it reads a 附件: its own section, its rows items with their units', () => {
    const source = [
      notice('一、重点任务\n\n（一）内容。（责任单位：市商务委）\n\n二、保障措施\n\n（一）强化任务落实。重点任务分工详见附表。'),
      '',
      '附表：重点任务分工表',
      '',
      '附表',
      '',
      '重点任务分工表',
      '',
      '序号\t主要任务\t具体举措\t牵头单位\t配合单位\t完成时间',
      '1\t跨境贸易结算\t开展经常项目资金收付便利化试点。\t国家外汇管理局重庆市分局\t市商务委\t2025年12月底前',
      '2\t科技金融\t设立跨境科技金融服务中心。\t市科技局\t市委金融办\t2026年12月底前',
      '',
      '抄送：区委办。',
    ].join('\n');
    const doc = parseDocument(source);
    expect(doc.attachmentTitles).toEqual(['重点任务分工表']);
    const table = doc.sections.find((s) => s.kind === 'ATTACHMENT');
    expect([table?.number, table?.title]).toEqual(['附表', '重点任务分工表']);
    expect(table?.items.map((r) => [r.number, r.title, r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`), r.table?.deadline])).toEqual([
      ['1', '跨境贸易结算', ['LEAD:国家外汇管理局重庆市分局', 'SUPPORTING:市商务委'], '2025年12月底前'],
      ['2', '科技金融', ['LEAD:市科技局', 'SUPPORTING:市委金融办'], '2026年12月底前'],
    ]);
    // The guarantee before it keeps its own text only.
    expect(doc.sections[1]?.items[0]?.text).toBe('（一）强化任务落实。重点任务分工详见附表。');
  });

  it('reads a task table without 序号: a row opens with text in its first cell, numbered in order; its header repeated on a new page is no row', () => {
    const rows = rowsOf(
      withTable(
        '主要任务\t具体举措\t牵头单位\t配合单位\t完成时间',
        '跨境贸易结算\t开展经常项目资金收付便利化试点，扩大优质',
        '',
        '— 5 —',
        '',
        '主要任务\t具体举措\t牵头单位\t配合单位\t完成时间',
        '\t企业名单至500家。\t国家外汇管理局重庆市分局\t市商务委\t2025年12月底前',
        '科技金融\t设立跨境科技金融服务中心。\t市科技局\t市委金融办\t2026年12月底前',
      ),
    );
    expect(rows.map((r) => [r.number, r.title, r.text, r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`), r.table?.deadline])).toEqual([
      ['1', '跨境贸易结算', '跨境贸易结算\n开展经常项目资金收付便利化试点，扩大优质企业名单至500家。', ['LEAD:国家外汇管理局重庆市分局', 'SUPPORTING:市商务委'], '2025年12月底前'],
      ['2', '科技金融', '科技金融\n设立跨境科技金融服务中心。', ['LEAD:市科技局', 'SUPPORTING:市委金融办'], '2026年12月底前'],
    ]);
  });

  it('reads a row of a table without 序号 that reads like a header, rows under a merged first cell, and stops at the printing line', () => {
    const source = [
      notice('一、重点任务\n\n（一）内容。（责任单位：市商务委）'),
      '',
      '附件',
      '',
      '重点任务分工表',
      '',
      '主要任务\t具体举措\t牵头单位\t配合单位\t完成时间',
      '推进外贸转型升级\t完善外贸工作协调机制。\t市商务委\t市发展改革委等有关部门\t2025年12月底前',
      '提升结算便利化\t开展经常项目资金收付便利化试点。\t国家外汇管理局重庆市分局\t市商务委\t2025年12月底前',
      '\t推广跨境人民币结算。\t人行重庆营管部\t市委金融办\t2025年12月底前',
      '\t建设跨境金融服务平台。\t市委金融办\t市大数据发展局\t2026年6月底前',
      '重庆市人民政府办公厅\t\t2025年1月3日印发',
    ].join('\n');
    const doc = parseDocument(source);
    const rows = doc.sections.find((s) => s.kind === 'ATTACHMENT')?.items ?? [];
    expect(rows.map((r) => [r.number, r.title, r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`)])).toEqual([
      ['1', '推进外贸转型升级', ['LEAD:市商务委', 'SUPPORTING:市发展改革委']],
      ['2', '提升结算便利化', ['LEAD:国家外汇管理局重庆市分局', 'SUPPORTING:市商务委']],
      ['3', '推广跨境人民币结算', ['LEAD:人行重庆营管部', 'SUPPORTING:市委金融办']],
      ['4', '建设跨境金融服务平台', ['LEAD:市委金融办', 'SUPPORTING:市大数据发展局']],
    ]);
    expect(doc.printedOn).toBe('2025-01-03');
    expect(doc.warnings).toEqual([]);
  });

  it('keeps a row of a table without 序号 whole when it wraps mid-sentence, or when its deadline wraps onto a line of its own', () => {
    const rows = rowsOf(
      withTable(
        '主要任务\t具体举措\t牵头单位\t配合单位\t完成时间',
        '提升结算便利化\t开展经常项目资金收付便利化试点，支持更多优质企业\t国家外汇管理局重庆市\t市商务委、市\t2025年12月底前',
        '\t享受便利化政策。\t分局\t发展改革委\t',
        '\t推广跨境人民币结算。\t人行重庆营管部\t市委金融办',
        '\t\t\t\t2025年12月31日',
        '发展科技金融\t设立跨境科技金融服务中心。\t市科技局\t市委金融办\t2026年12月底前',
      ),
    );
    expect(rows.map((r) => [r.number, r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`), r.table?.deadline])).toEqual([
      ['1', ['LEAD:国家外汇管理局重庆市分局', 'SUPPORTING:市商务委、市发展改革委'], '2025年12月底前'],
      ['2', ['LEAD:人行重庆营管部', 'SUPPORTING:市委金融办'], '2025年12月31日'],
      ['3', ['LEAD:市科技局', 'SUPPORTING:市委金融办'], '2026年12月底前'],
    ]);
  });

  it('reads no table without 序号 unless it lists tasks and who does them (a roster of members stays text)', () => {
    expect(rowsOf(withTable('成员单位\t姓名\t职务', '市商务委\t刘洋\t副处长', '市财政局\t王磊\t科长'))).toEqual([]);
    expect(rowsOf(withTable('成员单位\t工作职责\t联络员\t联系电话', '市商务委\t负责领导小组办公室日常工作\t张三\t63899999'))).toEqual([]);
    expect(rowsOf(withTable('主要任务\t完成时间', '跨境贸易结算\t2025年12月底前'))).toEqual([]);
  });

  it('reads on past a category row (一、…⇥⇥⇥) and gives each row below it that category', () => {
    const rows = rowsOf(
      withTable(
        '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
        '一、国际物流通道建设\t\t\t\t',
        '1\t开行西部陆海新通道铁海联运班列。\t市政府口岸物流办\t市交通运输委\t2025年12月底前',
        '2\t推动中欧班列（成渝）高质量发展，拓展中亚线路\t市政府口岸物流办\t\t2025年12月底前',
        '',
        '— 7 —',
        '',
        '\t，提升回程班列货源组织水平。\t\t市商务委\t',
        '二、贸易投资便利化\t\t\t\t',
        '3\t推广“关银一key通”模式。\t重庆海关\t人行重庆市分行\t持续推进',
      ),
    );
    expect(rows.map((r) => [r.number, r.text, r.table?.category])).toEqual([
      ['1', '开行西部陆海新通道铁海联运班列。', '一、国际物流通道建设'],
      ['2', '推动中欧班列（成渝）高质量发展，拓展中亚线路，提升回程班列货源组织水平。', '一、国际物流通道建设'],
      ['3', '推广“关银一key通”模式。', '二、贸易投资便利化'],
    ]);
    expect(rows[1]?.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])).toEqual([
      ['LEAD', ['市政府口岸物流办']],
      ['SUPPORTING', ['市商务委']],
    ]);
  });

  it('reads a category row the PDF gave without its empty cells (一、… with no tab) when a row follows it, and ends the table at such a line with none after it', () => {
    const rows = rowsOf(
      withTable(
        '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
        '一、提升贸易便利化水平',
        '1\t推广“关银一KEY通”川渝一体化模式。\t重庆海关\t市政府口岸物流办、人行重庆营管部\t2025年12月',
        '2\t扩大“智能审图”查验模式应用范围。\t重庆海关\t两江新区管委会\t持续推进',
        '二、拓展开放通道功能',
        '3\t推动西部陆海新通道班列与中欧班列（成渝）国际联运。\t市政府口岸物流办\t市交通运输委\t2025年12月',
      ),
    );
    expect(rows.map((r) => [r.number, r.table?.category, r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['1', '一、提升贸易便利化水平', ['重庆海关', '市政府口岸物流办', '人行重庆营管部']],
      ['2', '一、提升贸易便利化水平', ['重庆海关', '两江新区管委会']],
      ['3', '二、拓展开放通道功能', ['市政府口岸物流办', '市交通运输委']],
    ]);
    const ended = parseDocument(
      withTable('序号\t重点任务\t牵头单位', '1\t推广“关银一KEY通”川渝一体化模式。\t重庆海关', '二、其他事项', '各单位要按季度报送进展。'),
    );
    expect(ended.sections.find((s) => s.kind === 'ATTACHMENT')?.items.map((r) => r.number)).toEqual(['1']);
  });

  it('reads a table of facts (the zones, their approval and their authority) as no measures, and a list of projects as measures', () => {
    const facts = withTable('序号\t名称\t所在区域\t批复时间\t管理机构', '1\t重庆江津综合保税区\t江津区\t2017年1月\t江津综保区管委会', '2\t重庆永川综合保税区\t永川区\t2021年4月\t永川综保区管委会');
    expect(rowsOf(facts)).toEqual([]);
    const doc = parseDocument(facts);
    expect(doc.sections.flatMap((s) => s.items).map((i) => i.number)).toEqual(['（一）']);
    // Its lines are the attachment's text, row by row, not its title.
    const attachment = doc.sections.find((s) => s.kind === 'ATTACHMENT');
    expect(attachment?.title).toBe('重点任务清单');
    expect(attachment?.intro?.split('\n')).toEqual(['序号\t名称\t所在区域\t批复时间\t管理机构', '1\t重庆江津综合保税区\t江津区\t2017年1月\t江津综保区管委会', '2\t重庆永川综合保税区\t永川区\t2021年4月\t永川综保区管委会']);
    expect(rowsOf(withTable('序号\t航线名称\t开通时间', '1\t重庆—新加坡航线\t2019年'))).toEqual([]);
    // A bare 单位 column gives the measure's unit (亿元), not who does the work.
    const indicators = rowsOf(withTable('序号\t指标名称\t单位\t2025年目标\t责任单位', '1\t外贸进出口总额\t亿元\t1500\t区商务委'));
    expect(indicators.map((r) => r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten)))).toEqual([['区商务委']]);
    // Task tables whose columns say 责任主体, 牵头处室, or only a time to finish by, keep their rows.
    for (const header of ['序号\t重点项目\t责任主体\t完成时限', '序号\t项目名称\t建设规模\t总投资（亿元）\t建设年限', '序号\t政策名称\t政策要点\t牵头处室', '序号\t创新案例\t主要成效\t责任主体']) {
      const cells = header.split('\t').map((_, k) => (k === 0 ? '1' : `内容${k}`));
      expect(rowsOf(withTable(header, cells.join('\t'))).map((r) => r.number)).toEqual(['1']);
    }
    // A list of projects names who builds them: its rows are the plan's measures.
    const projects = rowsOf(withTable('序号\t项目名称\t建设地点\t责任单位', '1\t江津综保区智能卡口\t江津区\t江津综保区管委会'));
    expect(projects.map((r) => [r.number, r.text, r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([['1', '江津综保区智能卡口', ['江津综保区管委会']]]);
  });

  it('reads a 责任单位及责任人 column\'s units without the person after each (区商务委 李明)', () => {
    const source = withTable('序号\t重点任务\t责任单位及责任人\t完成时限', '1\t推进外贸企业培育。\t区商务委 李明、南彭街道 王强\t2025年12月');
    const [row] = rowsOf(source);
    const units = row?.unitLists.flatMap((l) => l.units) ?? [];
    expect(units.map((u) => [u.asWritten, source.slice(u.span.start, u.span.end)])).toEqual([
      ['区商务委', '区商务委'],
      ['南彭街道', '南彭街道'],
    ]);
  });

  it('cuts a person\'s name after a unit, never an office\'s (区税务局 区侨办 keeps 区侨办)', () => {
    const [row] = rowsOf(withTable('序号\t重点任务\t责任单位及责任人', '1\t推进外贸企业培育。\t区税务局 区侨办、区商务委 李明'));
    expect(row?.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))).toEqual(['区税务局 区侨办', '区商务委']);
  });

  it('reads a table of indicators: each goal cell a target, its year from the header, its unit from 单位, what it counts from the row', () => {
    const rows = rowsOf(
      withTable(
        '序号\t指标名称\t单位\t2023年基数\t2025年目标\t责任单位',
        '1\t外贸进出口总额\t亿元\t1210\t1500\t区商务委',
        '2\t中欧班列（成渝）开行量\t列\t800\t≥1000\t区政府口岸物流办',
        '3\t营商环境满意度\t\t\t持续提升\t区发展改革委',
      ),
    );
    expect(rows.map((r) => [r.number, r.text, r.targets.map((t) => [t.text, t.year, t.quantity, t.unit, t.comparator, t.subject])])).toEqual([
      ['1', '外贸进出口总额', [['1500', 2025, 1500, '亿元', undefined, '外贸进出口总额']]],
      ['2', '中欧班列（成渝）开行量', [['≥1000', 2025, 1000, '列', '≥', '中欧班列（成渝）开行量']]],
      ['3', '营商环境满意度', []],
    ]);
    expect(rows[0]?.table?.cells.map((c) => c.role)).toEqual(['NUMBER', 'TEXT', 'MEASURE_UNIT', 'OTHER', 'GOAL', 'UNITS']);
    // The target points at its cell in the source.
    const source = withTable('序号\t指标名称\t单位\t2025年目标', '1\t跨境电商交易额\t亿元\t120');
    const [row] = rowsOf(source);
    const target = row?.targets[0];
    expect(target && source.slice(target.span.start, target.span.end)).toBe('120');
    // With no units column its rows are still the plan's: their goals are targets.
    expect(row?.targets.map((t) => [t.year, t.quantity, t.unit, t.subject])).toEqual([[2025, 120, '亿元', '跨境电商交易额']]);
  });

  it('takes a group row that names units for a task, keeps an outer category over a group, and passes over a totals row with no number', () => {
    const rows = rowsOf(
      withTable(
        '序号\t改革任务\t责任单位\t完成时限',
        '一、贸易便利化\t\t\t',
        '1\t推进贸易投资便利化\t\t',
        '1.1\t推广两步申报\t重庆海关\t2024年',
        '2\t深化金融开放\t人行重庆营管部\t2025年',
        '2.1\t发展跨境结算\t人行重庆营管部\t2025年',
        '3\t推进制度创新\t市司法局\t2025年',
        '\t合计\t\t',
      ),
    );
    expect(rows.map((r) => [r.number, r.text, r.table?.category])).toEqual([
      ['1.1', '推广两步申报', '1 推进贸易投资便利化'],
      ['2', '深化金融开放', '一、贸易便利化'],
      ['2.1', '发展跨境结算', '一、贸易便利化'],
      ['3', '推进制度创新', '一、贸易便利化'],
    ]);
  });

  it('gives a 分工表 row that names a body measure by its title the measure\'s units, and makes it no measure of its own', () => {
    const source = [
      notice('一、重点任务\n\n（一）协同推进通关便利化。推广两步申报。\n（二）共建单一窗口。推动数据互通。\n（三）深化金融合作。（责任单位：人行重庆市分行）'),
      '',
      '附件',
      '',
      '重点任务分工表',
      '',
      '序号\t重点任务\t牵头单位\t配合单位',
      '1\t（一）协同推进通关便利化\t重庆海关\t市商务委',
      '2\t共建单一窗口。\t市政府口岸物流办\t',
      '3\t深化金融合作\t市金融监管局\t',
      '4\t培育外贸新业态\t市商务委\t',
      '',
      '抄送：区委办。',
    ].join('\n');
    const doc = parseDocument(source);
    const units = (i: ParsedItem | undefined): string[] => (i?.unitLists ?? []).flatMap((l) => l.units.map((u) => `${l.role}:${u.asWritten}`));
    expect(doc.sections[0]?.items.map((i) => [i.number, units(i)])).toEqual([
      ['（一）', ['LEAD:重庆海关', 'SUPPORTING:市商务委']],
      ['（二）', ['LEAD:市政府口岸物流办']],
      // A measure that names its own units keeps them; the row naming it stays a row.
      ['（三）', ['RESPONSIBLE:人行重庆市分行']],
    ]);
    expect(doc.sections.find((s) => s.kind === 'ATTACHMENT')?.items.map((r) => [r.number, r.title])).toEqual([
      ['3', '深化金融合作'],
      ['4', '培育外贸新业态'],
    ]);
    // The row's cells go with its units to the measure.
    expect(doc.sections[0]?.items[0]?.table?.cells.map((c) => c.text)).toEqual(['1', '（一）协同推进通关便利化', '重庆海关', '市商务委']);
    // The units keep their place in the table.
    const first = doc.sections[0]?.items[0]?.unitLists[0]?.units[0];
    expect(first && source.slice(first.span.start, first.span.end)).toBe('重庆海关');
  });

  it('makes the rows under a 分工表 category that repeats a body measure\'s title (一、提升贸易便利化水平) that measure\'s sub-items', () => {
    const source = [
      notice('一、重点任务\n\n（一）提升贸易便利化水平。深化通关一体化改革。\n\n（二）拓展开放通道功能。提升集疏运能力。\n\n（三）深化金融合作。（责任单位：人行重庆市分行）'),
      '',
      '附件',
      '',
      '重点任务分工表',
      '',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '一、提升贸易便利化水平\t\t\t\t',
      '1\t推广“关银一KEY通”川渝一体化模式。\t重庆海关\t市政府口岸物流办、人行重庆营管部\t2025年12月',
      '2\t扩大“智能审图”查验模式应用范围。\t重庆海关\t两江新区管委会\t持续推进',
      '二、拓展开放通道功能',
      '3\t推动西部陆海新通道班列与中欧班列（成渝）国际联运。\t市政府口岸物流办\t市交通运输委\t2025年12月',
      // A measure that names its own units keeps them; the rows under its category stay rows.
      '三、深化金融合作',
      '4\t推广跨境金融服务。\t人行重庆营管部\t\t2025年12月',
      '',
      '抄送：区委办。',
    ].join('\n');
    const doc = parseDocument(source);
    const units = (i: ParsedItem): string[] => i.unitLists.flatMap((l) => l.units.map((u) => `${l.role}:${u.asWritten}`));
    expect(doc.sections[0]?.items.map((i) => [i.number, units(i), i.subItems.map((x) => [x.number, x.title, units(x), x.table?.deadline])])).toEqual([
      [
        '（一）',
        [],
        [
          ['1', '推广“关银一KEY通”川渝一体化模式', ['LEAD:重庆海关', 'SUPPORTING:市政府口岸物流办', 'SUPPORTING:人行重庆营管部'], '2025年12月'],
          ['2', '扩大“智能审图”查验模式应用范围', ['LEAD:重庆海关', 'SUPPORTING:两江新区管委会'], '持续推进'],
        ],
      ],
      ['（二）', [], [['3', '推动西部陆海新通道班列与中欧班列（成渝）国际联运', ['LEAD:市政府口岸物流办', 'SUPPORTING:市交通运输委'], '2025年12月']]],
      ['（三）', ['RESPONSIBLE:人行重庆市分行'], []],
    ]);
    expect(doc.sections.find((s) => s.kind === 'ATTACHMENT')?.items.map((r) => r.number)).toEqual(['4']);
    // A sub-item taken from the table keeps its place there.
    const row = doc.sections[0]?.items[0]?.subItems[0];
    expect(row && source.slice(row.span.start, row.span.end).startsWith('1\t推广“关银一KEY通”')).toBe(true);
  });

  it('reads rows numbered 1.1, 1.2 below a group row (1⇥推进贸易投资便利化⇥⇥⇥) as measures headed by it, and passes over a totals row', () => {
    const rows = rowsOf(
      withTable(
        '序号\t重点任务\t具体举措\t牵头单位\t配合单位',
        '1\t推进贸易投资便利化\t\t\t',
        '1.1\t\t推广“关银一KEY通”模式。\t区商务委\t寸滩海关',
        '1.2\t\t推广“两步申报”模式。\t寸滩海关\t区商务委',
        '2\t推动服务业扩大开放\t\t\t',
        '2.1\t\t支持律师事务所开展跨境服务。\t区司法局\t',
        '3\t\t深化商事制度改革。\t区市场监管局\t',
        '合计\t\t\t\t',
      ),
    );
    expect(rows.map((r) => [r.number, r.text, r.table?.category, r.unitLists.map((l) => `${l.role}:${l.units.map((u) => u.asWritten).join('、')}`)])).toEqual([
      ['1.1', '推广“关银一KEY通”模式。', '1 推进贸易投资便利化', ['LEAD:区商务委', 'SUPPORTING:寸滩海关']],
      ['1.2', '推广“两步申报”模式。', '1 推进贸易投资便利化', ['LEAD:寸滩海关', 'SUPPORTING:区商务委']],
      ['2.1', '支持律师事务所开展跨境服务。', '2 推动服务业扩大开放', ['LEAD:区司法局']],
      ['3', '深化商事制度改革。', undefined, ['LEAD:区市场监管局']],
    ]);
  });

  it('takes a numbered point in a cell continued after a page break (⇥⇥（二）推广两步申报⇥) for text, not a category', () => {
    const rows = rowsOf(
      withTable(
        '序号\t重点任务\t具体措施\t牵头单位\t完成时限',
        '1\t深化通关改革\t（一）推行提前申报；\t重庆海关\t2025年12月底前',
        '\t\t（二）推广两步申报\t\t',
        '2\t优化口岸服务\t压缩整体通关时间。\t市政府口岸物流办\t持续推进',
      ),
    );
    expect(rows.map((r) => [r.number, r.text, r.table?.category])).toEqual([
      ['1', '深化通关改革\n（一）推行提前申报；（二）推广两步申报', undefined],
      ['2', '优化口岸服务\n压缩整体通关时间。', undefined],
    ]);
  });

  it('reads a row centred on its 序号 (a line above the number) and keeps two whole unit names on two lines apart', () => {
    const source = withTable(
        '序号\t改革事项\t责任单位\t完成时限',
        '\t外贸经营者备案\t市商务委外贸处\t',
        '1\t“川渝互认”\t市商务委自贸区处\t2024年12月底前',
        '2\t服务贸易统计数据共享\t人行永川中\t2024年12月底前',
        '\t\t心支行\t',
      );
    // Which row a line between two numbers belongs to, nothing tells: a reader is asked to look.
    expect(parseDocument(source).warnings.map((w) => w.message)).toEqual([
      "table rows are centred on their 序号 (text above a row number): lines between two numbers are read as the upper row's; check them",
    ]);
    const rows = rowsOf(
      withTable(
        '序号\t改革事项\t责任单位\t完成时限',
        '\t外贸经营者备案\t市商务委外贸处\t',
        '1\t“川渝互认”\t市商务委自贸区处\t2024年12月底前',
        '2\t服务贸易统计数据共享\t人行永川中\t2024年12月底前',
        '\t\t心支行\t',
      ),
    );
    expect(rows.map((r) => [r.number, r.title, r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['1', '外贸经营者备案“川渝互认”', ['市商务委外贸处', '市商务委自贸区处']],
      // A name broken across lines is one name.
      ['2', '服务贸易统计数据共享', ['人行永川中心支行']],
    ]);
  });

  it('reads a header wrapped onto a second line as one header, and a national body before its office on the next line as one name', () => {
    const rows = rowsOf(
      withTable('序号\t改革\t责任\t完成', '\t事项\t单位\t时限', '1\t推进改革事项一。\t市商务委、国家税务总局\t2024年底前', '\t\t重庆市税务局\t'),
    );
    expect(rows.map((r) => [r.number, r.title, r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten)), r.table?.deadline])).toEqual([
      ['1', '推进改革事项一', ['市商务委', '国家税务总局重庆市税务局'], '2024年底前'],
    ]);
    expect(rows[0]?.table?.cells.map((c) => c.header)).toEqual(['序号', '改革事项', '责任单位', '完成时限']);
  });

  it('continues the open cell of a row whose continuation line has fewer cells than the header', () => {
    const rows = rowsOf(
      withTable(
        '序号\t重点任务\t具体措施\t牵头区领导\t责任单位\t完成时限',
        '6\t加强项目要素保障\t统筹用地、用能、资金等要素保障重点项目。\t王 强\t区发展改革委牵头，区规划自然资源局、区财政局、',
        '',
        '\t区生态环境局配合\t持续推进',
        '7\t推进川渝通办\t扩大“川渝通办”事项范围。\t张 敏\t区政务服务办\t2025年12月',
      ),
    );
    expect(rows.map((r) => [r.number, r.title, r.table?.deadline, r.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])])).toEqual([
      ['6', '加强项目要素保障', '持续推进', [['LEAD', ['区发展改革委']], ['SUPPORTING', ['区规划自然资源局', '区财政局', '区生态环境局']]]],
      ['7', '推进川渝通办', '2025年12月', [['RESPONSIBLE', ['区政务服务办']]]],
    ]);
  });

  it('continues the open cells of a row whose continuation line leaves out its empty cells, a deadline filled after them', () => {
    const rows = rowsOf(
      withTable(
        '序号\t改革事项\t主要内容\t责任单位\t完成时限',
        // The units cell stops at 、 and the text in mid-sentence; the deadline above is whole.
        '1\t<p>负面清单管理</p>\t<p>建立负面清单配套制度，形成制度性安排</p>\t<p>市商务委、两江新区管委会、</p>\t2024年12月',
        '',
        '\t<p>并复制推广。</p>\t<p>重庆高新区管委会</p>\t',
        '2\t<p>船边直提</p>\t<p>实施船边直提，进口货物平均在港时间压缩</p>\t<p>涪陵海关</p>\t2024年6月',
        '',
        '\t<p>30%以上。</p>\t\t',
        '3\t<p>铁路提单融资。扩大应用。</p>\t<p>推动融资模式落地。</p>\t<p>市委金融办、</p>\t2024年12月',
        '',
        '\t<p>人行四川省分行</p>\t',
      ),
    );
    expect(rows.map((r) => [r.number, r.title, r.text.split('\n')[1], r.unitLists.flatMap((l) => l.units.map((u) => u.asWritten))])).toEqual([
      ['1', '负面清单管理', '建立负面清单配套制度，形成制度性安排并复制推广。', ['市商务委', '两江新区管委会', '重庆高新区管委会']],
      ['2', '船边直提', '实施船边直提，进口货物平均在港时间压缩30%以上。', ['涪陵海关']],
      ['3', '铁路提单融资', '推动融资模式落地。', ['市委金融办', '人行四川省分行']],
    ]);
  });

  it('warns about a table row without a number', () => {
    const source = withTable('序号\t改革事项\t责任单位', '\t无编号的事项。\t市商务委', '一、第一类\t\t', '1\t推进改革。\t市财政局');
    const doc = parseDocument(source);
    expect(doc.warnings.map((w) => w.message)).toContain('a table row without a number (序号); read as an item of its own');
  });

  it.each([
    ['协办单位', 'SUPPORTING'],
    ['主要责任单位', 'LEAD'],
    ['责任单位（牵头）', 'LEAD'],
    ['责任部门', 'RESPONSIBLE'],
  ])('gives a units column headed %s the role %s, as a clause so labelled', (header, role) => {
    const rows = rowsOf(withTable(`序号\t改革事项\t${header}`, '1\t推进改革。\t市商务委'));
    expect(rows[0]?.unitLists.map((l) => [l.role, l.units.map((u) => u.asWritten)])).toEqual([[role, ['市商务委']]]);
  });

  it('reads a units cell as a clause: ； between the provinces, role verbs and marks, a closing phrase', () => {
    const joint = ['重庆市人民政府办公厅', '', '四川省人民政府办公厅', '', ...withTable(
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '1\t共建多式联运枢纽\t市交通运输委；省交通运输厅\t重庆海关；成都海关\t2025年底前',
      '2\t推进市场监管协同\t市市场监管局牵头，市公安局、市税务局配合\t\t持续推进',
      '3\t共建人才平台\t市人力社保局（牵头）、市委组织部\t市级有关部门按职责分工负责\t2025年底前',
    ).split('\n').slice(2)].join('\n');
    const rows = rowsOf(joint);
    expect(rows.map((r) => r.unitLists.map((l) => `${l.role}:${l.jurisdiction}:${l.units.map((u) => u.asWritten).join('、')}${l.trailing ? `+${l.trailing}` : ''}`))).toEqual([
      ['LEAD:重庆市:市交通运输委', 'LEAD:四川省:省交通运输厅', 'SUPPORTING:重庆市:重庆海关', 'SUPPORTING:四川省:成都海关'],
      ['LEAD:重庆市:市市场监管局', 'SUPPORTING:重庆市:市公安局、市税务局'],
      // In a 牵头单位 column a unit marked （牵头） leads as the others do.
      ['LEAD:重庆市:市人力社保局、市委组织部', 'SUPPORTING:重庆市:市级有关部门+按职责分工负责'],
    ]);
    // Each unit's span is its written form in the source.
    const parsed = parseDocument(joint);
    for (const u of rows.flatMap((r) => r.unitLists.flatMap((l) => l.units))) expect(parsed.source.slice(u.span.start, u.span.end)).toBe(u.asWritten);
  });

  it('reads a task table: title, measures, lead and supporting units, deadline, remarks, a row broken by a page break', () => {
    const source = withTable(
      '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\t备注',
      '1\t推进“单一窗口”建设\t<p>拓展国际贸易“单一窗口”功能。到2024年，新增特色应用5个以上。</p>\t市商务委\t重庆海关、市口岸物流办\t2024年12月底前\t',
      '2\t深化跨境结算便利化\t<p>支持银行为优质企业办理贸易收支便利化业务，扩大</p>\t人行重庆营业管理部\t市金融监管局\t持续推进\t新增',
      '',
      '序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限\t备注',
      '\t\t<p>试点范围。</p>\t\t\t\t',
      '3\t建设联运枢纽\t\t市交通局\t\t\t',
    );
    const rows = rowsOf(source);
    expect(rows.map((r) => [r.number, r.title, r.text, r.table?.deadline])).toEqual([
      ['1', '推进“单一窗口”建设', '推进“单一窗口”建设\n拓展国际贸易“单一窗口”功能。到2024年，新增特色应用5个以上。', '2024年12月底前'],
      ['2', '深化跨境结算便利化', '深化跨境结算便利化\n支持银行为优质企业办理贸易收支便利化业务，扩大试点范围。', '持续推进'],
      // A row whose detail cell is empty: its text is its title; no deadline given.
      ['3', '建设联运枢纽', '建设联运枢纽', undefined],
    ]);
    expect(rows.map((r) => r.unitLists.map((l) => [l.role, l.label, l.units.map((u) => u.asWritten)]))).toEqual([
      [
        ['LEAD', '牵头单位', ['市商务委']],
        ['SUPPORTING', '配合单位', ['重庆海关', '市口岸物流办']],
      ],
      [
        ['LEAD', '牵头单位', ['人行重庆营业管理部']],
        ['SUPPORTING', '配合单位', ['市金融监管局']],
      ],
      [['LEAD', '牵头单位', ['市交通局']]],
    ]);
    expect(rows[1]?.table?.cells).toEqual([
      { header: '序号', role: 'NUMBER', text: '2' },
      { header: '重点任务', role: 'TITLE', text: '深化跨境结算便利化' },
      { header: '具体措施', role: 'TEXT', text: '支持银行为优质企业办理贸易收支便利化业务，扩大试点范围。' },
      { header: '牵头单位', role: 'UNITS', text: '人行重庆营业管理部' },
      { header: '配合单位', role: 'UNITS', text: '市金融监管局' },
      { header: '完成时限', role: 'DEADLINE', text: '持续推进' },
      { header: '备注', role: 'OTHER', text: '新增' },
    ]);
    // The target in the detail column is read, at its place in the source.
    const target = rows[0]?.targets[0];
    expect([target?.year, target?.quantity, target?.unit, target?.comparator]).toEqual([2024, 5, '个', '以上']);
    expect(source.slice(target?.span.start, target?.span.end)).toBe(target?.text);
    // Each row's span covers its cells, the broken row's continuation included.
    expect(source.slice(rows[1]?.span.start, rows[1]?.span.end)).toContain('试点范围。');
    expect(parseDocument(source).warnings).toEqual([]);
  });

  it('titles a row whose title cell is empty (merged over the rows above) by its text\'s first phrase', () => {
    const rows = rowsOf(withTable('序号\t重点任务\t具体措施\t牵头单位', '1\t金融开放\t<p>扩大跨境融资试点。</p>\t区金融办', '2\t\t<p>探索开展本外币合一银行结算账户体系试点。稳步推进。</p>\t人行永川中心支行'));
    expect(rows.map((r) => [r.title, r.text])).toEqual([
      ['金融开放', '金融开放\n扩大跨境融资试点。'],
      ['探索开展本外币合一银行结算账户体系试点', '探索开展本外币合一银行结算账户体系试点。稳步推进。'],
    ]);
  });

  it.each([
    // A header naming the item after the one describing it: the naming column still opens the item.
    ['序号\t具体内容\t改革事项\t责任单位', '1\t内容甲。内容乙。\t改革甲\t区商务委', ['NUMBER', 'TEXT', 'TITLE', 'UNITS'], '改革甲', '改革甲\n内容甲。内容乙。'],
    // One text column beside a category and a deadline: the text column is the item, its title the phrase up to 。.
    ['序号\t类别\t改革举措\t责任部门\t时间安排', '1\t贸易\t改革甲。内容甲。\t区商务委\t2024年底前', ['NUMBER', 'OTHER', 'TEXT', 'UNITS', 'DEADLINE'], '改革甲', '改革甲。内容甲。'],
    // A project list: the years are its deadline, the investment another column, neither in the text.
    [
      '序号\t项目名称\t建设内容及规模\t建设年限\t总投资（亿元）\t责任单位',
      '1\t改革甲\t内容甲。内容乙。\t2023—2025年\t12.5\t区商务委',
      ['NUMBER', 'TITLE', 'TEXT', 'DEADLINE', 'OTHER', 'UNITS'],
      '改革甲',
      '改革甲\n内容甲。内容乙。',
    ],
    // A header no word explains is the text when the table has no other.
    ['序号\t创新亮点\t责任单位', '1\t改革甲。内容甲。\t区商务委', ['NUMBER', 'TEXT', 'UNITS'], '改革甲', '改革甲。内容甲。'],
    // Two describing columns and none that names: the first opens the item.
    ['序号\t工作内容\t工作目标\t责任单位', '1\t改革甲\t内容甲。内容乙。\t区商务委', ['NUMBER', 'TITLE', 'TEXT', 'UNITS'], '改革甲', '改革甲\n内容甲。内容乙。'],
  ])('reads the columns %s', (header, row, roles, title, text) => {
    const rows = rowsOf(withTable(header, row));
    expect(rows.map((r) => [r.table?.cells.map((c) => c.role), r.title, r.text, r.unitLists.map((l) => l.units.map((u) => u.asWritten))])).toEqual([[roles, title, text, [['区商务委']]]]);
  });
});
