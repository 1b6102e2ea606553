import type { UnitKind } from '../../model/units';
import { expandUnitName, type ExpansionBasis } from './expand';
import {
  defaultLineTable,
  isGenericUnit,
  matchLine,
  matchesPattern,
  type FunctionalLine,
  type Jurisdiction,
  type LineTable,
} from './functional-lines';
import { normalizeUnitName } from './normalize';

export interface ClassifiedUnit {
  /** As written, stray spaces removed (人行永川中心支行). */
  written: string;
  /** Canonical name (重庆市商务委 for 市商务委 in 重庆's list). */
  name: string;
  jurisdiction: Jurisdiction;
  line: FunctionalLine | null;
  kind: UnitKind;
  basis: ExpansionBasis;
  officialName?: string;
  warnings: string[];
}

export function unitKind(name: string, line: FunctionalLine | null, patternKind: UnitKind | undefined, table: LineTable): UnitKind {
  if (patternKind) return patternKind;
  if (line) return line.defaultKind;
  return table.data.kindRules.find((r) => matchesPattern(name, r))?.kind ?? 'LOCAL_GOVERNMENT_DEPARTMENT';
}

/** Functional line, kind, jurisdiction and canonical name of one written unit of a list. */
export function classifyUnit(
  asWritten: string,
  listJurisdiction: Jurisdiction,
  table: LineTable = defaultLineTable(),
  extraJurisdictions?: readonly Jurisdiction[],
): ClassifiedUnit {
  const written = normalizeUnitName(asWritten);
  const warnings: string[] = [];
  const generic = isGenericUnit(written, table);
  // The written form decides the line: expansion only adds a jurisdiction in front, and prefix patterns (人行, 民航, 中铁) need the original start.
  const match = generic ? null : matchLine(written, table);
  const line = match?.line ?? null;
  const expansion = expandUnitName(written, listJurisdiction, {
    vertical: line?.vertical ?? false,
    generic,
    table,
    ...(extraJurisdictions ? { extraJurisdictions } : {}),
  });
  // A list that writes a unit's official or another full name (国家税务总局重庆市税务局, 重庆市地方金融监管局) names the
  // canonical unit, which keeps the written form as an alias.
  const canonical = table.canonicalByFullName.get(expansion.name) ?? table.canonicalByFullName.get(written) ?? table.canonicalByFullName.get(`中国${written}`);
  if (canonical !== undefined && !generic) return { ...classifyUnit(canonical, listJurisdiction, table, extraJurisdictions), written };
  if (expansion.warning) warnings.push(expansion.warning);
  if (!generic && !line) warnings.push(`${expansion.name}: no functional line matches; add a pattern to data/functional-lines.json`);
  const kind: UnitKind = generic ? 'GENERIC' : unitKind(written, line, match?.pattern.kind, table);
  const officialName = table.data.officialNames[expansion.name];
  return {
    written,
    name: expansion.name,
    jurisdiction: expansion.jurisdiction,
    line,
    kind,
    basis: expansion.basis,
    ...(officialName !== undefined ? { officialName } : {}),
    warnings,
  };
}
