/**
 * What the parser makes of one policy notice: a typed structure with no I/O and no graph ids.
 * Offsets (`Span`) are UTF-16 code-unit offsets into the exact source text given to the parser
 * (JavaScript string indices), so `source.slice(start, end)` is the passage a fact came from.
 */

export interface Span {
  start: number;
  end: number;
}

/** The 块 a list of units belongs to: 重庆市, 四川省, 永川区, … */
export interface JurisdictionRef {
  /** Full name: 重庆市, 四川省, 永川区 (a district carries its municipality in `parent`). */
  name: string;
  /** CITY = prefecture level (成都市, 凉山彝族自治州); COUNTY = county level (…县, county-level …市, …旗). */
  level: 'PROVINCE' | 'MUNICIPALITY' | 'DISTRICT' | 'NATIONAL' | 'REGION' | 'CITY' | 'COUNTY';
  parent?: string;
}

export type ItemKind =
  /** A numbered item of a general section (总体要求: 指导思想, 发展目标, 区位布局 …). */
  | 'GENERAL'
  /** A task or measure of the plan (usually with responsible units). */
  | 'MEASURE'
  /** An item of 保障措施 / 保障机制. */
  | 'GUARANTEE'
  /** A row of an attachment table (序号 / 改革事项 / 责任单位). */
  | 'ATTACHMENT_ITEM'
  /** A 1. or （1） sub-item inside an item. */
  | 'SUB_ITEM';

export type SectionKind = 'GENERAL' | 'TASKS' | 'GUARANTEES' | 'ATTACHMENT';

/** One responsible unit exactly as the list names it. */
export interface WrittenUnit {
  /** Exactly as written, including stray spaces from PDF extraction (人行 永川中心支行). */
  asWritten: string;
  /** 0-based position within its jurisdiction's list. */
  position: number;
  span: Span;
}

/** One jurisdiction's list inside a 责任单位 clause; a joint plan has two, split by ；. */
export interface UnitList {
  /** Index of the list in the clause: 0 = first issuer (重庆), 1 = second (四川). */
  index: number;
  /** Jurisdiction the parser attributes the list to (from the issuers / document context). */
  jurisdiction: string;
  /** RESPONSIBLE = 责任单位, LEAD = 牵头单位, SUPPORTING = 配合单位. */
  role: 'RESPONSIBLE' | 'LEAD' | 'SUPPORTING';
  units: WrittenUnit[];
  /** The label as written (责任单位, 牵头单位, 配合单位 …), or the role verb of a clause without one (牵头, 配合); absent for attachment-table cells. */
  label?: string;
  /** A trailing phrase after the last unit, e.g. 按职责分工负责. */
  trailing?: string;
}

export type EntityKind = 'PLATFORM' | 'ZONE' | 'POLICY' | 'AGREEMENT' | 'MECHANISM';

/** Something an item or document names: a platform/programme, a zone/park/port, a cited document, … */
export interface Mention {
  kind: EntityKind;
  /**
   * Canonical name: the text as written, inner spaces from line wrapping removed, 《》 kept for titles; for a platform,
   * zone or mechanism the vocabulary's one name for it (陆海新通道 → 西部陆海新通道, data/entity-patterns.json sameAs).
   */
  name: string;
  /** The name as the text writes it (inner wrapping spaces removed); differs from `name` where sameAs applied. */
  asWritten: string;
  /** For POLICY: the document number if given (渝府〔2019〕3号). */
  docNumber?: string;
  /**
   * For AGREEMENT: the abbreviation written in brackets after the title (《区域全面经济伙伴关系协定》（RCEP）). The graph
   * keys the agreement by it, so that RCEP written alone elsewhere is the same node.
   */
  abbreviation?: string;
  /** For PLATFORM/ZONE/MECHANISM: a finer category (PLATFORM, CHANNEL, PROGRAMME, PARK, ZONE, PORT, JOINT_CONFERENCE, LEADING_GROUP, OFFICE …). */
  subtype?: string;
  span: Span;
}

export interface Target {
  /** The clause it stands in, as written (到2025年，力争提供创新案例3个以上). */
  text: string;
  year?: number;
  quantity?: number;
  /** The lower figure of a range (5—10家: 5, the quantity being 10). */
  quantityFrom?: number;
  /** 个, 条, … */
  unit?: string;
  /** 以上, 以下, 左右, … */
  comparator?: string;
  /** What is counted (创新案例). */
  subject?: string;
  span: Span;
}

export interface ParsedItem {
  kind: ItemKind;
  /** Number as written: （十三）, 1., （1）, or the 序号 of a table row (13). */
  number: string;
  /** Ordinal value of the number (（十三） → 13). */
  ordinal: number;
  /** The phrase before the first 。 (for items with a separate heading line, the heading). */
  title: string;
  /** Full text, page breaks rejoined, `<p>` markup removed, responsible-unit clause included. */
  text: string;
  /** Span of the item in the source (from its number to its end, page-break gaps included). */
  span: Span;
  unitLists: UnitList[];
  mentions: Mention[];
  targets: Target[];
  subItems: ParsedItem[];
  /**
   * For an ATTACHMENT_ITEM: the table row it was read from, every cell under its column's header; for a body measure
   * that a 分工表 row names, that row.
   */
  table?: TableRow;
  /**
   * What keys the item among its siblings when its number repeats one of theirs (（一） twice in a section: the second is
   * （一）#2); absent otherwise, and the number keys it. See itemKeyPart.
   */
  key?: string;
}

/**
 * The part of an item's id and key its place among its siblings gives: its number, or its key where the number repeats.
 * Half-width brackets become the genre's full-width ones, so that an OCR'd (一) has the id a typed （一） would look for;
 * the number itself stays as written.
 */
export function itemKeyPart(item: Pick<ParsedItem, 'number' | 'key'>): string {
  return item.key ?? idNumber(item.number);
}

/** A number as it appears in ids: (一) and (1) with full-width brackets, （一） and （1）; 1． and 1、 as 1.; ２ as 2. */
export function idNumber(number: string): string {
  return number
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/^(\d+)[．、]$/, '$1.');
}

/**
 * What a column of an attachment table holds, read from its header: NUMBER 序号; TITLE the item's name when the row
 * also has TEXT columns (改革事项 beside 具体内容); TEXT the item's text (the only text column, or one after the title);
 * UNITS 责任单位, 牵头单位, 配合单位; DEADLINE 完成时限, 时间安排; OTHER 备注, 类别, 领域, a person to contact.
 */
/** MEASURE_UNIT: a table of indicators' 单位 (亿元, 列); GOAL: its figure to reach (2025年目标), read as a target. */
export type TableColumnRole = 'NUMBER' | 'TITLE' | 'TEXT' | 'UNITS' | 'DEADLINE' | 'MEASURE_UNIT' | 'GOAL' | 'OTHER';

export interface TableCell {
  /** The column's header as written (markup removed). */
  header: string;
  role: TableColumnRole;
  /** The cell as written: markup removed, a row broken by a page break rejoined, blanks at both ends trimmed. */
  text: string;
}

export interface TableRow {
  /** Every column of the table, in order, empty cells included. */
  cells: TableCell[];
  /** The DEADLINE cell as written (2023年12月底前, 持续推进), when the table has one and the row fills it. */
  deadline?: string;
  /**
   * The category row above it, as written (一、国际物流通道建设): a row that spans the table and heads the rows below it,
   * up to the next one.
   */
  category?: string;
}

export interface ParsedSection {
  /** 一, 二, … ; 附件 for the attachment table. */
  number: string;
  ordinal: number;
  title: string;
  kind: SectionKind;
  span: Span;
  items: ParsedItem[];
  /** Text of the section that stands outside any item (rejoined). */
  intro?: string;
}

export interface ParseWarning {
  /** 1-based line in the source. */
  line: number;
  message: string;
}

export interface ParsedDocument {
  /** 渝府办发〔2023〕51号 */
  docNumber: string;
  /** A joint notice's further numbers, one per further issuer (渝商务发〔2024〕36号 川商务发〔2024〕19号: the second). */
  otherDocNumbers: string[];
  /** The notice's title (关于印发…的通知), line breaks joined. */
  title: string;
  /** The plan's own title (川渝自贸试验区协同开放示范区深化改革创新行动方案). */
  planTitle: string;
  /** 2023—2025 as written, when the plan names a period. */
  period?: string;
  /** Issuing offices, in order (重庆市人民政府办公厅, 四川省人民政府办公厅). */
  issuers: string[];
  /** Jurisdictions of the issuers, in the same order: they decide which list is whose. */
  jurisdictions: JurisdictionRef[];
  recipients?: string;
  /** ISO date, 2023-06-28. */
  signedOn?: string;
  /** ISO date of the printing line (…2022年5月30日印发). */
  printedOn?: string;
  /** （此件公开发布） as written, if present. */
  publicRelease?: string;
  preamble?: string;
  /** The notice's own paragraph (…已经…同意，现印发给你们，请认真贯彻执行。), line breaks joined. */
  issuanceNote?: string;
  /** The office(s) named above the signing date, as written (one per office). */
  signatories?: string[];
  /** The office named on the printing line (…办公室 2022年5月30日印发). */
  printedBy?: string;
  copiedTo?: string;
  attachmentTitles: string[];
  sections: ParsedSection[];
  /** Mentions and targets outside any item (preamble, general text). */
  mentions: Mention[];
  targets: Target[];
  warnings: ParseWarning[];
  /** The exact source text the spans point into. */
  source: string;
}
