import { ItemRow, Loaders, primeItem, primeUnit, UnitRow } from '../loaders';
import { badInput, notFound } from './errors';
import { normalizeUnitName } from './names';
import { decodeCursor, encodeCursor, pageSize } from './pagination';
import type { CounterpartRecord, ItemRecord, PageRecord, UnitRecord } from './records';
import { closestUnitNames, functionalLineKey, jurisdictionName, unitKind } from './vocabulary';

export interface UnitFilter {
  jurisdiction?: string | null | undefined;
  functionalLine?: string | null | undefined;
  kind?: string | null | undefined;
  name?: string | null | undefined;
}

/** A counterpart with its unit loaded (the jurisdiction filter needs it anyway). */
export interface CounterpartView {
  unit: UnitRecord;
  basis: string;
  line: string | null;
  measureId: string | null;
  viaId: string | null;
}

export interface CoordinationCellView {
  unitA: UnitRecord;
  unitB: UnitRecord;
  measureIds: string[];
  count: number;
}

export class UnitService {
  constructor(
    private readonly loaders: Loaders,
    private readonly maxPageSize: number,
  ) {}

  /** A unit by canonical name or any alias; null when unknown. */
  find(name: string): Promise<UnitRecord | null> {
    const key = normalizeUnitName(name);
    return key === '' ? Promise.resolve(null) : this.loaders.unitByName.load(key);
  }

  /**
   * Like find, but an unknown name is NOT_FOUND with the closest known names, and a written form several units share
   * (市市场监管局 of 重庆 and of 成都) BAD_USER_INPUT with those units as `candidates`; both name the argument.
   */
  async resolve(name: string, argument: string): Promise<UnitRecord> {
    if (normalizeUnitName(name) === '') throw badInput(argument, `${argument} must name a unit`);
    const unit = await this.find(name);
    if (unit) return unit;
    // find answered none: any unit this form names, it names through an alias that several units share.
    const candidates = (await this.loaders.db.read<{ name: string }>('get-units-by-written-name', { name: normalizeUnitName(name) })).map((r) => r.name);
    if (candidates.length > 1) {
      throw badInput(argument, `"${name}" is written for ${candidates.length} units (${candidates.join(', ')}); give the one you mean by its full name.`, { candidates });
    }
    const suggestions = await this.suggestions(name);
    const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
    throw notFound(`No unit is named "${name}".${hint}`, { argument, suggestions });
  }

  /** Known canonical names closest to a written name: containment first, then edit distance over names and aliases. */
  suggestions(name: string): Promise<string[]> {
    return closestUnitNames(this.loaders.db, name);
  }

  async list(filter: UnitFilter | null | undefined, first: number | null | undefined, after: string | null | undefined): Promise<PageRecord<UnitRecord> & { cursor: (u: UnitRecord) => string }> {
    const limit = pageSize(first, this.maxPageSize);
    const afterName = decodeCursor(after, (v): v is { n: string } => typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'string');
    const name = filter?.name ? normalizeUnitName(filter.name) : null;
    const [page] = await this.loaders.db.read<PageRecord<UnitRecord>>('list-units', {
      jurisdiction: jurisdictionName(filter?.jurisdiction, 'filter.jurisdiction'),
      functionalLine: functionalLineKey(filter?.functionalLine, 'filter.functionalLine'),
      kind: unitKind(filter?.kind, 'filter.kind'),
      name: name === '' ? null : name,
      after: afterName?.n ?? null,
      limit,
    });
    const nodes = (page?.nodes ?? []).map((row) => primeUnit(this.loaders, row));
    return { totalCount: page?.totalCount ?? 0, hasNextPage: page?.hasNextPage ?? false, nodes, cursor: (u) => encodeCursor({ n: u.name }) };
  }

  /**
   * The units of the other jurisdiction paired with `unitName` on one measure. A district unit (永川海关) has no pairing
   * of its own: it reaches the other jurisdiction through the municipal unit of its line, across the joint plan.
   */
  async counterpartsOnMeasure(measureId: string, unitName: string, jurisdiction: string | null | undefined): Promise<CounterpartView[]> {
    const target = jurisdictionName(jurisdiction, 'jurisdiction');
    const key = normalizeUnitName(unitName);
    if (key === '') throw badInput('unit', 'unit must name a unit');
    // One statement answers the checks and the pairings; the loaders it primes serve the error paths and sub-fields.
    const [row] = await this.loaders.db.read<{ measure: ItemRow | null; unit: UnitRow | null; responsible: boolean; pairs: { basis: string; line: string | null; unit: UnitRow }[]; parent: UnitRow | null }>(
      'get-counterparts-on-measure',
      { measureId, unitName: key },
    );
    const item = row?.measure ? primeItem(this.loaders, this.loaders, row.measure) : null;
    if (!item) throw notFound(`No measure has id "${measureId}".`, { argument: 'measure' });
    const unit = row?.unit ? primeUnit(this.loaders, row.unit) : null;
    // Only a unit found by its own name answers unit(name:) later in the request: a shared written form resolved here
    // through the measure must still be ambiguous there.
    if (unit?.name === key) this.loaders.unitByName.prime(key, unit);
    if (!unit) {
      await this.resolve(unitName, 'unit'); // NOT_FOUND with suggestions; unitByName already holds the miss
      throw new Error(`counterparts: unit ${unitName} resolved only on a second look`);
    }
    if (!row?.responsible) {
      const responsible = await this.writtenUnitsOf(measureId);
      throw badInput('unit', `${unit.name} is not responsible for measure ${item.number} (${measureId}) or its sub-items.`, { responsible });
    }
    let found: CounterpartRecord[] = row.pairs.map((p) => ({ unitId: primeUnit(this.loaders, p.unit).id, basis: p.basis, line: p.line, measureId, viaId: null }));
    if (found.length === 0 && row.parent) {
      const parent = primeUnit(this.loaders, row.parent);
      const viaParent = await this.loaders.counterpartsByUnit.load(parent.id);
      // The parent's own pairings, under its name or a former one (RENAMED), not those it reaches through its own parent.
      found = viaParent
        .filter((c) => c.viaKind !== 'PARENT')
        .map((c) => ({ ...c, basis: `${c.basis} via ${c.via ?? parent.name}`, viaId: c.viaId ?? parent.id }));
    }
    return this.withUnits(dedupeByUnit(found), target);
  }

  /** The units named on an item and on its sub-items (two levels, 1. and （1）), as written, each once. */
  private async writtenUnitsOf(itemId: string): Promise<string[]> {
    const subs = await this.loaders.subItemsByItem.load(itemId);
    const subSubs = (await Promise.all(subs.map((x) => this.loaders.subItemsByItem.load(x.id)))).flat();
    const lists = await Promise.all([itemId, ...subs.map((x) => x.id), ...subSubs.map((x) => x.id)].map((id) => this.loaders.responsibilitiesByItem.load(id)));
    return [...new Set(lists.flat().map((r) => r.asWritten))];
  }

  /** Unit.counterparts: every counterpart across all measures (through the parent for a district unit), one per unit. */
  async counterpartsOfUnit(unitId: string, jurisdiction: string | null | undefined): Promise<CounterpartView[]> {
    const target = jurisdictionName(jurisdiction, 'jurisdiction');
    const rows = await this.loaders.counterpartsByUnit.load(unitId);
    const found = rows.map((c) => ({ unitId: c.unitId, basis: c.via ? `${c.basis} via ${c.via}` : c.basis, line: c.line, measureId: c.measureId, viaId: c.viaId }));
    return this.withUnits(dedupeByUnit(found), target);
  }

  /**
   * Resolves both names and finds the shared items in one statement; an unknown name is explained as resolve does.
   * `withText`: the caller will show the items' texts; otherwise the statement leaves them out.
   */
  async sharedMeasures(unitA: string, unitB: string, withText = true): Promise<ItemRecord[]> {
    const keyA = normalizeUnitName(unitA);
    const keyB = normalizeUnitName(unitB);
    if (keyA !== '' && keyB !== '') {
      const [row] = await this.loaders.db.read<{ unitA: UnitRow | null; unitB: UnitRow | null; measures: ItemRow[] }>('get-shared-measures', { unitA: keyA, unitB: keyB, withText });
      const a = row?.unitA ? primeUnit(this.loaders, row.unitA) : null;
      const b = row?.unitB ? primeUnit(this.loaders, row.unitB) : null;
      if (a && b) {
        if (a.id === b.id) throw badInput('unitB', `unitA and unitB both name ${a.name}: give two units`);
        return (row?.measures ?? []).map((m) => primeItem(this.loaders, this.loaders, m));
      }
      this.loaders.unitByName.prime(keyA, a);
      this.loaders.unitByName.prime(keyB, b);
    }
    // A blank or unknown name: resolve throws the BAD_USER_INPUT or NOT_FOUND (with suggestions) naming the argument.
    await Promise.all([this.resolve(unitA, 'unitA'), this.resolve(unitB, 'unitB')]);
    throw new Error(`sharedMeasures: ${unitA} and ${unitB} resolved only on a second look`);
  }

  async coordinationMatrix(jurisdictionA: string, jurisdictionB: string): Promise<CoordinationCellView[]> {
    const nameA = jurisdictionName(jurisdictionA, 'jurisdictionA');
    const nameB = jurisdictionName(jurisdictionB, 'jurisdictionB');
    if (nameA === null) throw badInput('jurisdictionA', 'jurisdictionA must name a jurisdiction');
    if (nameB === null) throw badInput('jurisdictionB', 'jurisdictionB must name a jurisdiction');
    const [ja, jb] = await Promise.all([this.loaders.jurisdictionByName.load(nameA), this.loaders.jurisdictionByName.load(nameB)]);
    // Known to the table but named by no unit loaded yet: nothing to pair.
    if (!ja || !jb) return [];
    if (ja.name === jb.name) throw badInput('jurisdictionB', 'jurisdictionA and jurisdictionB must differ');
    const rows = await this.loaders.db.read<{ aId: string; bId: string; measureIds: string[] }>('get-coordination-matrix', { jurisdictionA: ja.name, jurisdictionB: jb.name });
    const units = await this.loaders.unitById.loadMany([...new Set(rows.flatMap((r) => [r.aId, r.bId]))]);
    const byId = new Map(units.filter((u): u is UnitRecord => u !== null && !(u instanceof Error)).map((u) => [u.id, u]));
    return rows.flatMap((r) => {
      const unitA = byId.get(r.aId);
      const unitB = byId.get(r.bId);
      return unitA && unitB ? [{ unitA, unitB, measureIds: r.measureIds, count: r.measureIds.length }] : [];
    });
  }

  /** `target`: a canonical jurisdiction name (see jurisdictionName) or null for all. */
  private async withUnits(found: CounterpartRecord[], target: string | null): Promise<CounterpartView[]> {
    const units = await this.loaders.unitById.loadMany(found.map((f) => f.unitId));
    const kept = await Promise.all(
      found.map(async (f, i) => {
        const unit = units[i];
        if (!unit || unit instanceof Error) return null;
        if (target && !(await this.within(unit.jurisdiction, target))) return null;
        return { unit, basis: f.basis, line: f.line, measureId: f.measureId, viaId: f.viaId };
      }),
    );
    return kept.filter((c): c is CounterpartView => c !== null);
  }

  /** Whether `name` is `target` or lies inside it (永川区 PART_OF 重庆市): the jurisdiction rule of every filter. */
  private async within(name: string, target: string): Promise<boolean> {
    let current: string | null = name;
    for (const seen = new Set<string>(); current !== null && !seen.has(current); ) {
      if (current === target) return true;
      seen.add(current);
      current = (await this.loaders.jurisdictionByName.load(current))?.parent ?? null;
    }
    return false;
  }
}

/** One counterpart per unit; the first row wins (rows come direct pairings first, then by measure). */
function dedupeByUnit(list: CounterpartRecord[]): CounterpartRecord[] {
  const seen = new Set<string>();
  return list.filter((c) => (seen.has(c.unitId) ? false : (seen.add(c.unitId), true)));
}
