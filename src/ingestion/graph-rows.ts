import { createHash } from 'node:crypto';
import { knownVariants } from './parser/entities';
import { itemKeyPart, type JurisdictionRef, type Mention, type ParsedDocument, type ParsedItem, type Target } from '../model/parsed';
import type { UnitResolution } from '../model/units';
import { ids } from '../model/ids';

/** Metadata of a functional line, as the line table gives it. */
export interface LineInfo {
  key: string;
  name: string;
  nameEn: string;
  vertical: boolean;
}

export interface DocumentRow {
  id: string;
  docNumber: string;
  otherDocNumbers: string[];
  title: string;
  planTitle: string;
  period: string | null;
  signedOn: string | null;
  printedOn: string | null;
  publicRelease: string | null;
  recipients: string | null;
  preamble: string | null;
  copiedTo: string | null;
  attachmentTitles: string[];
  source: string;
  sha256: string;
  fileName: string | null;
  /**
   * Hash of every row written for the document (this one blank, the file name left out) and of the statements that
   * write them (`writer`): it changes when the text does, and also when a new version of the parser, the unit tables,
   * the vocabulary or the load statements writes the same text differently, so that start-up reloads a seed document
   * that an older version wrote.
   */
  rowsHash: string;
}

export interface GraphRows {
  document: DocumentRow;
  jurisdictions: { id: string; name: string; level: string; parentId: string | null }[];
  lines: { id: string; key: string; name: string; nameEn: string; vertical: boolean }[];
  /** `aliasRows`: every name a look-up finds the unit by (its written forms and its official name), as Alias nodes. */
  units: {
    id: string;
    name: string;
    aliases: string[];
    jurisdiction: string;
    jurisdictionId: string;
    functionalLine: string | null;
    lineId: string | null;
    kind: string;
    officialName: string | null;
    aliasRows: { id: string; name: string }[];
  }[];
  reportsTo: { fromId: string; toId: string; line: string | null }[];
  /** Former name → current name of a renamed body; written only where both units are in the graph. */
  renames: { fromId: string; toId: string; since: string | null }[];
  issuers: { unitId: string; position: number }[];
  sections: { id: string; documentId: string; number: string; ordinal: number; order: number; title: string; kind: string }[];
  /**
   * `cell*`: an attachment row's cells, column by column (null for an item of the body); `deadline` its 完成时限 cell;
   * `category` the category row above it.
   */
  items: {
    id: string;
    documentId: string;
    sectionId: string;
    parentId: string;
    number: string;
    ordinal: number;
    order: number;
    kind: string;
    title: string;
    text: string;
    start: number;
    end: number;
    cellHeaders: string[] | null;
    cellRoles: string[] | null;
    cellTexts: string[] | null;
    deadline: string | null;
    category: string | null;
  }[];
  responsibilities: { unitId: string; itemId: string; asWritten: string; jurisdiction: string; listIndex: number; position: number; role: string; start: number; end: number }[];
  /** `measureOrder`: the measure's place in its document, so that a pair's first shared measure is the first in the text. */
  counterparts: { aId: string; bId: string; measureId: string; documentId: string; measureOrder: number; basis: string; line: string | null }[];
  /** `aliases`: the vocabulary's other names for the node; `asWritten`: this mention's form (陆海新通道 for 西部陆海新通道). */
  mentions: { ownerId: string; label: 'Platform' | 'Zone' | 'Mechanism'; id: string; name: string; aliases: string[]; asWritten: string; subtype: string | null; start: number; end: number }[];
  citations: { ownerId: string; id: string; name: string; docNumber: string | null; kind: string; start: number; end: number }[];
  targets: { ownerId: string; id: string; text: string; year: number | null; quantity: number | null; quantityFrom: number | null; unit: string | null; comparator: string | null; subject: string | null; start: number; end: number }[];
}

/**
 * What a document is known by: its number (渝府办发〔2023〕51号). A notice without one (the parser warned) is known by
 * its title and signing date, which together name one notice; with neither, by its text's hash. `/` and `@` separate
 * the parts of the ids below a document's (items, targets), so in a title they are written full-width.
 */
export function documentKey(doc: Pick<ParsedDocument, 'docNumber' | 'title' | 'planTitle' | 'signedOn'>, sha256: string): string {
  if (doc.docNumber) return doc.docNumber;
  const title = (doc.title || doc.planTitle).replace(/\//g, '／').replace(/@/g, '＠');
  const key = [title, doc.signedOn].filter(Boolean).join(' ');
  return key || `sha256:${sha256.slice(0, 16)}`;
}

/**
 * Turns a parsed document and its unit resolution into the rows the loader writes. Pure: the same input always gives
 * the same rows, which is what makes a second load a no-op.
 */
export function toGraphRows(
  doc: ParsedDocument,
  res: UnitResolution,
  lineInfo: (key: string) => LineInfo | undefined,
  fileName: string | null = null,
  writer = '',
): GraphRows {
  const sha256 = createHash('sha256').update(doc.source).digest('hex');
  const documentId = ids.document(documentKey(doc, sha256));
  const rows: GraphRows = {
    document: {
      id: documentId,
      docNumber: doc.docNumber,
      otherDocNumbers: doc.otherDocNumbers,
      title: doc.title,
      planTitle: doc.planTitle,
      period: doc.period ?? null,
      signedOn: doc.signedOn ?? null,
      printedOn: doc.printedOn ?? null,
      publicRelease: doc.publicRelease ?? null,
      recipients: doc.recipients ?? null,
      preamble: doc.preamble ?? null,
      copiedTo: doc.copiedTo ?? null,
      attachmentTitles: doc.attachmentTitles,
      source: doc.source,
      sha256,
      fileName,
      rowsHash: '',
    },
    jurisdictions: [],
    lines: [],
    units: [],
    reportsTo: [],
    renames: (res.renames ?? []).map((r) => ({ fromId: ids.unit(r.former), toId: ids.unit(r.current), since: r.since })),
    issuers: [],
    sections: [],
    items: [],
    responsibilities: [],
    counterparts: [],
    mentions: [],
    citations: [],
    targets: [],
  };

  const jurisdictions = new Map<string, JurisdictionRef>();
  const addJurisdiction = (j: JurisdictionRef): void => {
    if (!jurisdictions.has(j.name)) jurisdictions.set(j.name, j);
    if (j.parent && !jurisdictions.has(j.parent)) {
      jurisdictions.set(j.parent, { name: j.parent, level: j.parent.endsWith('省') ? 'PROVINCE' : 'MUNICIPALITY' });
    }
  };
  doc.jurisdictions.forEach(addJurisdiction);
  // The data file's levels and parents for the places of the units (泸州市: CITY in 四川省) come before any guess.
  for (const j of res.jurisdictions ?? []) {
    const known = jurisdictions.get(j.name);
    if (!known || (known.parent === undefined && j.parent !== undefined)) jurisdictions.set(j.name, j);
  }
  for (const u of [...res.units, ...(res.impliedUnits ?? []), ...(res.issuers ?? [])]) {
    if (!jurisdictions.has(u.jurisdiction)) addJurisdiction({ name: u.jurisdiction, level: guessLevel(u.jurisdiction) });
  }
  rows.jurisdictions = [...jurisdictions.values()].map((j) => ({ id: ids.jurisdiction(j.name), name: j.name, level: j.level, parentId: j.parent ? ids.jurisdiction(j.parent) : null }));

  const lineKeys = new Set<string>();
  const unitNames = new Set<string>();
  const pushUnit = (u: { name: string; aliases: string[]; jurisdiction: string; functionalLine: string | null; kind: string; officialName?: string | undefined }): void => {
    if (unitNames.has(u.name)) return;
    unitNames.add(u.name);
    if (u.functionalLine) lineKeys.add(u.functionalLine);
    const unitId = ids.unit(u.name);
    rows.units.push({
      id: unitId,
      name: u.name,
      aliases: [...new Set([u.name, ...u.aliases])],
      jurisdiction: u.jurisdiction,
      jurisdictionId: ids.jurisdiction(u.jurisdiction),
      functionalLine: u.functionalLine,
      lineId: u.functionalLine ? ids.line(u.functionalLine) : null,
      kind: u.kind,
      officialName: u.officialName ?? null,
      // The official name (重庆市商务委员会) is no written form, so it stays out of Unit.aliases, but a lookup by it finds the unit.
      aliasRows: [...new Set([u.name, ...u.aliases, ...(u.officialName ? [u.officialName] : [])])].map((a) => ({ id: ids.alias(a), name: a })),
    });
  };
  // Units the document names, the municipal units their district units report to, and the issuing offices.
  const allUnits = [...res.units, ...(res.impliedUnits ?? []), ...(res.issuers ?? [])];
  allUnits.forEach(pushUnit);
  doc.issuers.forEach((name, position) => {
    const resolved = res.issuers?.[position];
    if (!resolved) {
      const jurisdiction = doc.jurisdictions[position]?.name ?? doc.jurisdictions[0]?.name ?? '';
      pushUnit({ name, aliases: [name], jurisdiction, functionalLine: null, kind: 'GOVERNMENT' });
    }
    rows.issuers.push({ unitId: ids.unit(resolved?.name ?? name), position });
  });
  for (const u of allUnits) {
    if (u.parent) rows.reportsTo.push({ fromId: ids.unit(u.name), toId: ids.unit(u.parent), line: u.functionalLine });
  }
  rows.reportsTo = dedupe(rows.reportsTo, (r) => `${r.fromId}|${r.toId}`);
  rows.lines = [...lineKeys].sort().flatMap((key) => {
    const info = lineInfo(key);
    return [{ id: ids.line(key), key, name: info?.name ?? key, nameEn: info?.nameEn ?? key, vertical: info?.vertical ?? false }];
  });

  let order = 0;
  const itemIdByKey = new Map<string, string>();
  const orderById = new Map<string, number>();
  const addItem = (item: ParsedItem, sectionId: string, parentId: string, sectionNumber: string, keyPrefix: string): void => {
    const id = `${parentId === sectionId ? sectionId : parentId}/${itemKeyPart(item)}`;
    const key = `${keyPrefix}/${itemKeyPart(item)}`;
    itemIdByKey.set(key, id);
    orderById.set(id, order);
    const cells = item.table?.cells;
    rows.items.push({
      id,
      documentId,
      sectionId,
      parentId,
      number: item.number,
      ordinal: item.ordinal,
      order: order++,
      kind: item.kind,
      title: item.title,
      text: item.text,
      start: item.span.start,
      end: item.span.end,
      cellHeaders: cells?.map((c) => c.header) ?? null,
      cellRoles: cells?.map((c) => c.role) ?? null,
      cellTexts: cells?.map((c) => c.text) ?? null,
      deadline: item.table?.deadline ?? null,
      category: item.table?.category ?? null,
    });
    addMentions(item.mentions, id);
    addTargets(item.targets, id);
    for (const sub of item.subItems) addItem(sub, sectionId, id, sectionNumber, key);
  };
  const addMentions = (mentions: Mention[], ownerId: string): void => {
    for (const m of mentions) {
      const named = (label: GraphRows['mentions'][number]['label'], id: string): void => {
        rows.mentions.push({ ownerId, label, id, name: m.name, aliases: knownVariants(m.name), asWritten: m.asWritten, subtype: m.subtype ?? null, start: m.span.start, end: m.span.end });
      };
      switch (m.kind) {
        case 'PLATFORM':
          named('Platform', ids.platform(m.name));
          break;
        case 'ZONE':
          named('Zone', ids.zone(m.name));
          break;
        case 'MECHANISM':
          named('Mechanism', ids.mechanism(m.name));
          break;
        case 'POLICY':
        case 'AGREEMENT':
          rows.citations.push({ ownerId, id: ids.policy(policyKey(m)), name: m.name, docNumber: m.docNumber ?? null, kind: m.kind, start: m.span.start, end: m.span.end });
          break;
        default: {
          const never: never = m.kind;
          throw new Error(`unknown mention kind ${String(never)}`);
        }
      }
    }
  };
  const addTargets = (targets: Target[], ownerId: string): void => {
    for (const t of targets) {
      rows.targets.push({ ownerId, id: ids.target(documentId, t.span.start, t.span.end), text: t.text, year: t.year ?? null, quantity: t.quantity ?? null, quantityFrom: t.quantityFrom ?? null, unit: t.unit ?? null, comparator: t.comparator ?? null, subject: t.subject ?? null, start: t.span.start, end: t.span.end });
    }
  };

  doc.sections.forEach((s, i) => {
    const sectionId = ids.section(documentId, s.number);
    rows.sections.push({ id: sectionId, documentId, number: s.number, ordinal: s.ordinal, order: i, title: s.title, kind: s.kind });
    for (const item of s.items) addItem(item, sectionId, sectionId, s.number, s.number);
  });
  addMentions(doc.mentions, documentId);
  addTargets(doc.targets, documentId);

  const itemId = (key: string): string => {
    const id = itemIdByKey.get(key);
    if (!id) throw new Error(`unit resolution names item ${key}, which the parsed outline does not have`);
    return id;
  };
  for (const r of res.responsibilities) {
    rows.responsibilities.push({ unitId: ids.unit(r.unit), itemId: itemId(r.itemKey), asWritten: r.asWritten, jurisdiction: r.jurisdiction, listIndex: r.listIndex, position: r.position, role: r.role, start: r.start, end: r.end });
  }
  for (const c of res.counterparts) {
    const measureId = itemId(c.itemKey);
    rows.counterparts.push({ aId: ids.unit(c.a), bId: ids.unit(c.b), measureId, documentId, measureOrder: orderById.get(measureId) ?? 0, basis: c.basis, line: c.line ?? null });
  }
  // A mention repeated in one owner is one relationship: keep the first occurrence.
  rows.mentions = dedupe(rows.mentions, (m) => `${m.ownerId}|${m.id}`);
  rows.citations = dedupe(rows.citations, (m) => `${m.ownerId}|${m.id}`);
  rows.targets = dedupe(rows.targets, (t) => t.id);
  // The file's name is not content: the same text under another name is the same document. The text itself counts
  // through sha256, so it need not be serialized a second time.
  rows.document.rowsHash = createHash('sha256')
    .update(writer)
    .update(JSON.stringify({ ...rows, document: { ...rows.document, fileName: null, source: null } }))
    .digest('hex');
  return rows;
}

function dedupe<T>(list: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * What one cited document is known by in every plan that cites it: an agreement by its abbreviation (RCEP, whether
 * written alone or after its title); a document by its 《title》, with or without its number after it (《西部陆海新通道总体规划》
 * and 《西部陆海新通道总体规划》（发改基础〔2019〕1333号） are one); a number written alone by the number.
 */
function policyKey(m: Mention): string {
  if (m.kind === 'AGREEMENT') return m.abbreviation ?? m.name;
  if (m.name.startsWith('《')) return m.name;
  return m.docNumber ?? m.name;
}

function guessLevel(name: string): JurisdictionRef['level'] {
  if (name.endsWith('省')) return 'PROVINCE';
  if (name.endsWith('区') || name.endsWith('县')) return 'DISTRICT';
  if (name === '国家' || name === '中央') return 'NATIONAL';
  return 'MUNICIPALITY';
}
