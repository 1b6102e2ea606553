import { ItemRow, Loaders, PageExtras, primeItem, primePage } from '../loaders';
import { badInput } from './errors';
import { decodeCursor, encodeCursor, pageSize } from './pagination';
import type { ItemRecord, PageRecord } from './records';
import { UnitService } from './unit.service';
import { functionalLineKey, jurisdictionName } from './vocabulary';

export interface MeasureFilter {
  docNumber?: string | null | undefined;
  section?: string | null | undefined;
  unit?: string | null | undefined;
  jurisdiction?: string | null | undefined;
  functionalLine?: string | null | undefined;
  platform?: string | null | undefined;
  text?: string | null | undefined;
  kind?: string | null | undefined;
}

export interface SearchHitView {
  measure: ItemRecord;
  score: number;
  snippet: string;
}

interface Position {
  d: string;
  o: number;
}

const isPosition = (v: unknown): v is Position =>
  typeof v === 'object' && v !== null && typeof (v as Position).d === 'string' && typeof (v as Position).o === 'number';

export const MEASURE_KINDS = ['MEASURE', 'ATTACHMENT_ITEM'] as const;
const DEFAULT_HITS = 10;
/** Characters of context either side of the first match in a search snippet. */
const SNIPPET_CONTEXT = 24;

export class MeasureService {
  constructor(
    private readonly loaders: Loaders,
    private readonly maxPageSize: number,
  ) {}

  /** `withResponsibilities`: the caller will ask for them, so the same statement fetches them (units included). */
  byId(id: string, withResponsibilities = false): Promise<ItemRecord | null> {
    return (withResponsibilities ? this.loaders.itemWithResponsibilitiesById : this.loaders.itemById).load(id);
  }

  /**
   * One page and its total count in one statement; with `withResponsibilities`, each node's responsibilities too;
   * without `withText` the nodes come without their text; `lean`: the caller reads nothing but LEAN_NODE_FIELDS and
   * the responsible units' ids and names, so the statement returns only those (see primePage).
   */
  async list(
    filter: MeasureFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
    { withResponsibilities = false, withText = true, lean = false }: { withResponsibilities?: boolean; withText?: boolean; lean?: boolean } = {},
  ): Promise<PageRecord<ItemRecord> & { cursor: (m: ItemRecord) => string }> {
    const limit = pageSize(first, this.maxPageSize);
    const position = decodeCursor(after, isPosition);
    if (filter?.kind && !(MEASURE_KINDS as readonly string[]).includes(filter.kind)) {
      throw badInput('filter.kind', `filter.kind must be one of ${MEASURE_KINDS.join(', ')}`);
    }
    const unit = filter?.unit ? await new UnitService(this.loaders, this.maxPageSize).resolve(filter.unit, 'filter.unit') : null;
    const blankToNull = (v: string | null | undefined): string | null => (v === undefined || v === null || v.trim() === '' ? null : v.trim());
    const [page] = await this.loaders.db.read<PageRecord<ItemRecord> & PageExtras>('list-measures', {
      docNumber: blankToNull(filter?.docNumber),
      section: blankToNull(filter?.section),
      unitId: unit?.id ?? null,
      jurisdiction: jurisdictionName(filter?.jurisdiction, 'filter.jurisdiction'),
      functionalLine: functionalLineKey(filter?.functionalLine, 'filter.functionalLine'),
      platform: blankToNull(filter?.platform),
      text: blankToNull(filter?.text),
      kind: blankToNull(filter?.kind),
      after: position ? { documentId: position.d, order: position.o } : null,
      limit,
      withResponsibilities,
      withText: withText && !lean,
      lean,
    });
    const nodes = primePage(this.loaders, this.loaders, page?.nodes ?? [], { responsibilities: page?.responsibilities ?? null, units: page?.units ?? null }, lean);
    return { totalCount: page?.totalCount ?? 0, hasNextPage: page?.hasNextPage ?? false, nodes, cursor: (m) => encodeCursor({ d: m.documentId, o: m.order }) };
  }

  /** Full-text search (cjk bigrams); every whitespace-separated term must occur as a phrase. */
  async search(text: string, first: number | null | undefined): Promise<SearchHitView[]> {
    const terms = text.split(/[\s\u3000]+/u).filter((t) => t !== '');
    if (terms.length === 0) throw badInput('text', 'text must contain something to search for');
    const limit = first === null || first === undefined ? DEFAULT_HITS : pageSize(first, this.maxPageSize);
    if (limit === 0) return [];
    const query = terms.map((t) => `"${escapeLucenePhrase(t)}"`).join(' AND ');
    const hits = await this.loaders.db.read<{ id: string; score: number; measure: ItemRow }>('search-measures', { query, limit });
    return hits.map((h) => {
      const measure = primeItem(this.loaders, this.loaders, h.measure);
      return { measure, score: h.score, snippet: snippet(searchable(measure), terms) };
    });
  }
}

/**
 * What the measure_text index holds of a measure, as a snippet should show it: the text, which holds the title after
 * the number as written (（一）开展…。); the title in front only where the text does not contain it.
 */
function searchable(m: ItemRecord): string {
  const text = m.text ?? '';
  return text.includes(m.title) ? text : `${m.title} ${text}`;
}

/**
 * Inside a quoted Lucene phrase only `"` and `\` are special, but the query parser also treats the full set as special
 * when a phrase is not closed; escaping them all keeps user text from ever becoming query syntax.
 */
export function escapeLucenePhrase(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}

/** A short window around the first match, every match in it marked 【…】. */
export function snippet(text: string, terms: string[]): string {
  const flat = text.replace(/\s+/g, ' ');
  const first = Math.min(...terms.map((t) => flat.indexOf(t)).filter((i) => i >= 0));
  if (!Number.isFinite(first)) return flat.length > SNIPPET_CONTEXT * 3 ? `${flat.slice(0, SNIPPET_CONTEXT * 3)}…` : flat;
  const start = Math.max(0, first - SNIPPET_CONTEXT);
  const longest = Math.max(...terms.map((t) => t.length));
  const end = Math.min(flat.length, first + longest + SNIPPET_CONTEXT * 2);
  let window = flat.slice(start, end);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|'), 'g');
  window = window.replace(pattern, (m) => `【${m}】`);
  return `${start > 0 ? '…' : ''}${window}${end < flat.length ? '…' : ''}`;
}
