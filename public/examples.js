// Saved example operations for the GraphQL IDE: the analysts' headline questions, titled in Chinese and English.
// Kept in their own file so the IDE's tabs, its "Examples" panel and the README all show the same operations.
(function () {
  'use strict';

  /** @typedef {{ key: string, zh: string, en: string, query: string, variables: Record<string, unknown> }} Example */

  /** @type {Example[]} */
  var examples = [
    {
      key: 'counterpart',
      zh: '对口单位：重庆海关在措施（一）上的四川对口单位',
      en: 'Sichuan counterpart of 重庆海关 on measure （一）',
      query:
        '# 对口单位 · Counterpart\n' +
        '# 重庆海关在渝府办发〔2023〕51号 二、（一）上的四川对口单位，以及配对依据（basis）。\n' +
        '# Who in Sichuan pairs with 重庆海关 on measure （一）, and on what basis.\n' +
        'query SichuanCounterpart($measure: ID!, $unit: String!) {\n' +
        '  measure(id: $measure) {\n' +
        '    number\n' +
        '    title\n' +
        '  }\n' +
        '  counterparts(measure: $measure, unit: $unit, jurisdiction: "四川省") {\n' +
        '    unit {\n' +
        '      name\n' +
        '    }\n' +
        '    basis\n' +
        '  }\n' +
        '}\n',
      variables: { measure: 'doc:渝府办发〔2023〕51号/二/（一）', unit: '重庆海关' },
    },
    {
      key: 'shared',
      zh: '共同措施：重庆海关与重庆市政府口岸物流办',
      en: 'Measures shared by 重庆海关 and 重庆市政府口岸物流办',
      query:
        '# 共同措施 · Shared measures\n' +
        '# 两个单位共同负责的措施。 The measures two units are both responsible for.\n' +
        'query SharedMeasures($unitA: String!, $unitB: String!) {\n' +
        '  sharedMeasures(unitA: $unitA, unitB: $unitB) {\n' +
        '    id\n' +
        '    number\n' +
        '    title\n' +
        '  }\n' +
        '}\n',
      variables: { unitA: '重庆海关', unitB: '重庆市政府口岸物流办' },
    },
    {
      key: 'search',
      zh: '全文检索：单一窗口',
      en: 'Full-text search: 单一窗口 (single window)',
      query:
        '# 全文检索 · Full-text search\n' +
        '# 在全部措施中检索"单一窗口"。 Search every measure for 单一窗口.\n' +
        'query SearchMeasures($text: String!, $first: Int) {\n' +
        '  search(text: $text, first: $first) {\n' +
        '    score\n' +
        '    snippet\n' +
        '    measure {\n' +
        '      id\n' +
        '      number\n' +
        '      title\n' +
        '    }\n' +
        '  }\n' +
        '}\n',
      variables: { text: '单一窗口', first: 10 },
    },
    {
      key: 'neighborhood',
      zh: '关系网络：重庆海关的邻近节点',
      en: 'Neighbourhood of unit:重庆海关',
      query:
        '# 关系网络 · Neighbourhood\n' +
        '# 重庆海关周围一层的节点和关系（图形视图：/graph?focus=unit:重庆海关）。\n' +
        '# The nodes and edges one hop around 重庆海关 (drawn at /graph?focus=unit:重庆海关).\n' +
        'query Neighborhood($id: ID!, $depth: Int) {\n' +
        '  neighborhood(id: $id, depth: $depth) {\n' +
        '    nodes {\n' +
        '      id\n' +
        '      type\n' +
        '      label\n' +
        '    }\n' +
        '    edges {\n' +
        '      type\n' +
        '      source\n' +
        '      target\n' +
        '    }\n' +
        '  }\n' +
        '}\n',
      variables: { id: 'unit:重庆海关', depth: 1 },
    },
    {
      key: 'documents',
      zh: '文件列表：已载入的政策文件',
      en: 'Loaded policy documents',
      query:
        '# 文件列表 · Documents\n' +
        '# 已载入的通知及其印发的方案。 The loaded notices and the plans they issue.\n' +
        'query Documents {\n' +
        '  documents {\n' +
        '    docNumber\n' +
        '    title\n' +
        '    planTitle\n' +
        '    signedOn\n' +
        '  }\n' +
        '}\n',
      variables: {},
    },
    {
      key: 'brief',
      zh: '会商简报：重庆市 × 四川省',
      en: 'Meeting brief: 重庆市 × 四川省',
      query:
        '# 会商简报 · Meeting brief\n' +
        '# 两地共同措施、配对单位及依据、原文摘录（Markdown 与 CSV）。\n' +
        '# Shared measures, paired units with the basis of each pairing, quoted source text (Markdown and CSV).\n' +
        'query Brief($input: BriefInput!) {\n' +
        '  brief(input: $input) {\n' +
        '    title\n' +
        '    rows\n' +
        '    markdown\n' +
        '  }\n' +
        '}\n',
      variables: { input: { jurisdictions: ['重庆市', '四川省'] } },
    },
  ];

  window.PolicyGraphExamples = examples;
})();
