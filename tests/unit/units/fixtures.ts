import type { JurisdictionRef, ParsedDocument, ParsedItem, ParsedSection, UnitList } from '../../../src/model/parsed';

export const CHONGQING: JurisdictionRef = { name: '重庆市', level: 'MUNICIPALITY' };
export const SICHUAN: JurisdictionRef = { name: '四川省', level: 'PROVINCE' };
export const YONGCHUAN: JurisdictionRef = { name: '永川区', level: 'DISTRICT', parent: '重庆市' };

export interface ItemFixture {
  section: string;
  number: string;
  /** One string per jurisdiction list, units separated by 、 exactly as in the document. */
  lists: string[];
  kind?: ParsedItem['kind'];
  role?: UnitList['role'];
}

/**
 * A ParsedDocument with only what unit resolution reads: jurisdictions, issuers and the unit lists of items.
 * The lists are laid out in a synthetic source, one per line, so spans and warning lines are meaningful.
 */
export function buildDoc(opts: {
  jurisdictions: JurisdictionRef[];
  issuers?: string[];
  items: ItemFixture[];
  /** Jurisdiction of each list by index; defaults to the document's jurisdictions in order. */
  listJurisdictions?: string[];
  /** The signing day (YYYY-MM-DD). */
  signedOn?: string;
  title?: string;
}): ParsedDocument {
  let source = '';
  const sections: ParsedSection[] = [];
  for (const fx of opts.items) {
    let section = sections.find((s) => s.number === fx.section);
    if (!section) {
      section = { number: fx.section, ordinal: sections.length + 1, title: '', kind: 'TASKS', span: { start: 0, end: 0 }, items: [] };
      sections.push(section);
    }
    const itemStart = source.length;
    const unitLists: UnitList[] = fx.lists.map((text, index) => {
      const units = text.split('、').map((asWritten, position) => {
        const start = source.length;
        source += asWritten;
        const span = { start, end: source.length };
        source += '、';
        return { asWritten, position, span };
      });
      source += '\n';
      const jurisdiction = opts.listJurisdictions?.[index] ?? opts.jurisdictions[index]?.name ?? '';
      return { index, jurisdiction, role: fx.role ?? 'RESPONSIBLE', units };
    });
    section.items.push({
      kind: fx.kind ?? 'MEASURE',
      number: fx.number,
      ordinal: section.items.length + 1,
      title: '',
      text: '',
      span: { start: itemStart, end: source.length },
      unitLists,
      mentions: [],
      targets: [],
      subItems: [],
    });
  }
  return {
    docNumber: '',
    otherDocNumbers: [],
    title: opts.title ?? '',
    planTitle: '',
    issuers: opts.issuers ?? [],
    ...(opts.signedOn !== undefined ? { signedOn: opts.signedOn } : {}),
    jurisdictions: opts.jurisdictions,
    attachmentTitles: [],
    sections,
    mentions: [],
    targets: [],
    warnings: [],
    source,
  };
}
