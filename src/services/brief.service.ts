import type { Database } from '../db';
import { briefRows, briefTitle, toCsv, toMarkdown } from '../briefs/brief.format';
import type { BriefData, BriefMeasure, BriefPairing, BriefRequest, BriefUnit } from '../briefs/brief.model';
import { badInput, notFound } from './errors';
import { closestUnitNames, jurisdictionName } from './vocabulary';

interface ResponsibilityRow {
  name: string;
  asWritten: string | null;
  jurisdiction: string | null;
  /** The unit's jurisdiction and every one that encloses it. */
  within: string[];
}

interface CounterpartRow {
  a: string;
  b: string;
  basis: string | null;
  line: string | null;
}

interface MeasureRow {
  id: string;
  documentNumber: string;
  planTitle: string | null;
  sectionNumber: string | null;
  sectionTitle: string | null;
  number: string | null;
  title: string | null;
  text: string | null;
  start: number | null;
  end: number | null;
  excerpt: string;
  responsibilities: ResponsibilityRow[];
  counterparts: CounterpartRow[];
}

export interface Brief {
  title: string;
  markdown: string;
  csv: string;
  rows: number;
  data: BriefData;
}

const ref = (r: ResponsibilityRow): BriefUnit => ({ name: r.name, asWritten: r.asWritten ?? r.name, jurisdiction: r.jurisdiction });

/** A unit listed twice on one item (both lists, say) is one unit for the brief; the first listing wins. */
function uniqueUnits(rows: ResponsibilityRow[]): ResponsibilityRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.name) ? false : (seen.add(r.name), true)));
}

/**
 * Reads what a meeting brief needs from the graph (cypher/get-brief-*.cypher) and hands it to the pure formatter.
 * Pairings come from the graph's COUNTERPART edges, never re-derived here, so the brief says what the API says.
 */
export class BriefService {
  constructor(private readonly db: Database) {}

  async build(request: BriefRequest): Promise<Brief> {
    const data = await this.data(request);
    return { title: briefTitle(data), markdown: toMarkdown(data), csv: toCsv(data), rows: briefRows(data).length, data };
  }

  async data(request: BriefRequest): Promise<BriefData> {
    const documentId = await this.documentId(request.document);
    switch (request.kind) {
      case 'jurisdictions': {
        const [a, b] = request.jurisdictions.map((j) => jurisdictionName(j, 'jurisdictions') ?? '');
        if (!a || !b) throw badInput('jurisdictions', 'jurisdictions must name two jurisdictions');
        if (a === b) throw badInput('jurisdictions', `Both names mean ${a}`);
        const ids = await this.db.read<{ id: string }>('get-brief-jurisdictions', { jurisdictionA: a, jurisdictionB: b, documentId });
        const measures = await this.measures(ids.map((r) => r.id));
        const req: BriefRequest = { ...request, jurisdictions: [a, b] };
        return { request: req, sides: [a, b], platforms: [], measures: measures.map((m) => this.byJurisdiction(m, a, b)) };
      }
      case 'units': {
        const [a, b] = await Promise.all(request.units.map((u) => this.unit(u)));
        if (a === undefined || b === undefined) throw new Error('unreachable');
        if (a === b) throw badInput('units', `Both names mean ${a}`);
        const ids = await this.db.read<{ id: string }>('get-brief-units', { unitA: a, unitB: b, documentId });
        const measures = await this.measures(ids.map((r) => r.id));
        return { request: { ...request, units: [a, b] }, sides: [a, b], platforms: [], measures: measures.map((m) => this.byUnits(m, a, b)) };
      }
      case 'platform': {
        if (request.platform === '') throw badInput('platform', 'platform must not be empty');
        const rows = await this.db.read<{ platform: string; id: string | null }>('get-brief-platform', { platform: request.platform, documentId });
        if (rows.length === 0) throw notFound(`No platform named ${request.platform}`, { argument: 'platform', platform: request.platform });
        const platforms = [...new Set(rows.map((r) => r.platform))];
        const ids = [...new Set(rows.flatMap((r) => (r.id ? [r.id] : [])))];
        const measures = await this.measures(ids);
        return { request, sides: ['单位 Unit', '对口单位 Counterpart'], platforms, measures: measures.map((m) => this.allPairings(m)) };
      }
    }
  }

  private async documentId(docNumber: string | null): Promise<string | null> {
    if (docNumber === null) return null;
    const rows = await this.db.read<{ id: string }>('get-document-by-number', { docNumber });
    if (!rows[0]) throw notFound(`No document numbered ${docNumber}`, { argument: 'document', document: docNumber });
    return rows[0].id;
  }

  /** Canonical unit name for any written form; an alias shared by several units is an error naming them. */
  private async unit(name: string): Promise<string> {
    const rows = await this.db.read<{ name: string; exact: boolean }>('get-units-by-written-name', { name });
    const exact = rows.find((r) => r.exact);
    if (exact) return exact.name;
    if (rows.length === 1 && rows[0]) return rows[0].name;
    if (rows.length === 0) {
      // As unit(name:) explains an unknown name: the closest known names.
      const suggestions = await closestUnitNames(this.db, name);
      const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
      throw notFound(`No unit named ${name}.${hint}`, { argument: 'units', unit: name, suggestions });
    }
    throw badInput('units', `${name} may mean ${rows.map((r) => r.name).join(', ')}: give the full name`, { candidates: rows.map((r) => r.name) });
  }

  private async measures(ids: string[]): Promise<MeasureRow[]> {
    if (ids.length === 0) return [];
    return this.db.read<MeasureRow>('get-brief-measures', { ids });
  }

  private base(m: MeasureRow, pairings: BriefPairing[]): BriefMeasure {
    // Table lines follow the order the notice lists the units in, not the order the edges come back in.
    const order = new Map(uniqueUnits(m.responsibilities).map((r, i) => [r.name, i]));
    const at = (p: BriefPairing): number => Math.min(order.get(p.a?.name ?? '') ?? Infinity, order.get(p.b?.name ?? '') ?? Infinity);
    pairings.sort((x, y) => at(x) - at(y));
    return {
      id: m.id,
      documentNumber: m.documentNumber,
      planTitle: m.planTitle,
      sectionNumber: m.sectionNumber,
      sectionTitle: m.sectionTitle,
      number: m.number ?? '',
      title: m.title,
      text: m.text ?? '',
      source: { start: m.start ?? 0, end: m.end ?? 0, excerpt: m.excerpt },
      units: uniqueUnits(m.responsibilities).map(ref),
      pairings,
    };
  }

  /** Pairs across the two jurisdictions, then each side's units that have no partner on this item. */
  private byJurisdiction(m: MeasureRow, a: string, b: string): BriefMeasure {
    const units = new Map(uniqueUnits(m.responsibilities).map((r) => [r.name, r]));
    // `within` runs from the unit's own jurisdiction outwards: when a and b both hold it (重庆市, 永川区), the inner wins.
    const side = (name: string): 0 | 1 | -1 => {
      const within = units.get(name)?.within ?? [];
      const ia = within.indexOf(a);
      const ib = within.indexOf(b);
      if (ia === -1 && ib === -1) return -1;
      if (ib === -1 || (ia !== -1 && ia < ib)) return 0;
      return 1;
    };
    const paired = new Set<string>();
    const pairings: BriefPairing[] = [];
    for (const c of m.counterparts) {
      const [x, y] = side(c.a) === 0 && side(c.b) === 1 ? [c.a, c.b] : side(c.a) === 1 && side(c.b) === 0 ? [c.b, c.a] : [undefined, undefined];
      const ux = x === undefined ? undefined : units.get(x);
      const uy = y === undefined ? undefined : units.get(y);
      if (!ux || !uy) continue;
      pairings.push({ a: ref(ux), b: ref(uy), basis: c.basis, line: c.line });
      paired.add(ux.name).add(uy.name);
    }
    for (const u of units.values()) {
      if (paired.has(u.name)) continue;
      const s = side(u.name);
      if (s === 0) pairings.push({ a: ref(u), b: null, basis: null, line: null });
      if (s === 1) pairings.push({ a: null, b: ref(u), basis: null, line: null });
    }
    return this.base(m, pairings);
  }

  /** The two units side by side: their COUNTERPART edge when the graph has one, else co-responsibility. */
  private byUnits(m: MeasureRow, a: string, b: string): BriefMeasure {
    const units = new Map(uniqueUnits(m.responsibilities).map((r) => [r.name, r]));
    const ua = units.get(a);
    const ub = units.get(b);
    const edge = m.counterparts.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
    const pairing: BriefPairing = {
      a: ua ? ref(ua) : null,
      b: ub ? ref(ub) : null,
      basis: edge ? edge.basis : 'CO_RESPONSIBLE',
      line: edge ? edge.line : null,
    };
    return this.base(m, [pairing]);
  }

  /** Every pairing the graph records on the item, then the units with none, in list order. */
  private allPairings(m: MeasureRow): BriefMeasure {
    const units = new Map(uniqueUnits(m.responsibilities).map((r) => [r.name, r]));
    const paired = new Set<string>();
    const pairings: BriefPairing[] = [];
    for (const c of m.counterparts) {
      const ua = units.get(c.a);
      const ub = units.get(c.b);
      if (!ua || !ub) continue;
      pairings.push({ a: ref(ua), b: ref(ub), basis: c.basis, line: c.line });
      paired.add(ua.name).add(ub.name);
    }
    for (const u of units.values()) if (!paired.has(u.name)) pairings.push({ a: ref(u), b: null, basis: null, line: null });
    return this.base(m, pairings);
  }
}
