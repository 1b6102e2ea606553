import { defaultLineTable, type Jurisdiction, type LineTable } from './functional-lines';
import { carriedJurisdiction, jurisdictionChain } from './jurisdictions';

export type ExpansionBasis =
  /** The name already names its jurisdiction (重庆海关, 人行永川中心支行): kept as written. */
  | 'CARRIED'
  /** The name opens with the list's abbreviation (市公安局 in 重庆's list): abbreviation replaced by the full name. */
  | 'CONTEXT_PREFIX'
  /** The name is national or self-contained (中铁…, 人行…) and carries no jurisdiction: kept as written. */
  | 'KEPT'
  /** No prefix at all: the list's jurisdiction is put in front. */
  | 'PREFIXED';

export interface Expansion {
  /** Canonical name. */
  name: string;
  jurisdiction: Jurisdiction;
  basis: ExpansionBasis;
  warning?: string;
}

const LEVEL_CHARS = ['市', '省', '区', '县'];

function startsWithAbbreviation(name: string, prefix: string, table: LineTable): boolean {
  if (!name.startsWith(prefix) || name.length <= prefix.length) return false;
  const rest = name.slice(prefix.length);
  // 市场监管局 starts with 市 but is not 市 + 场监管局; 市市场监管局 is 市 + 市场监管局.
  return !table.data.nonPrefixWords.some((w) => name.startsWith(w) && !rest.startsWith(w));
}

/**
 * Canonical name of a unit from its (normalised) written form and the jurisdiction of the list it stands in.
 * Deterministic in (name, list jurisdiction) so that the same unit named in two documents becomes one node.
 * The abbreviation of an ancestor also expands (市商务委 inside a 永川 list is 重庆市商务委).
 */
export function expandUnitName(
  name: string,
  listJurisdiction: Jurisdiction,
  options: { vertical?: boolean; generic?: boolean; selfNamed?: boolean; table?: LineTable; extraJurisdictions?: readonly Jurisdiction[] } = {},
): Expansion {
  const table = options.table ?? defaultLineTable();
  const extra = options.extraJurisdictions ?? [listJurisdiction];
  const carried = carriedJurisdiction(name, options.vertical ?? false, table, extra);
  if (carried) return { name, jurisdiction: carried, basis: 'CARRIED' };

  for (const j of jurisdictionChain(listJurisdiction, table)) {
    for (const p of j.contextPrefixes) {
      if (!startsWithAbbreviation(name, p, table)) continue;
      // A generic entry keeps its wording whole (区县政府 → 重庆市区县政府), except a level its place's name ends with
      // (市级有关部门 → 重庆市级有关部门, 省直有关部门 → 四川省直有关部门): no notice writes 重庆市市级 or 四川省省直.
      const ownLevel = options.generic && j.name.endsWith(p) && /^(?:级|直)/u.test(name.slice(p.length));
      const rest = options.generic && !ownLevel ? name : name.slice(p.length);
      return { name: j.name + rest, jurisdiction: j, basis: 'CONTEXT_PREFIX' };
    }
  }

  // A body named by itself rather than as its place's department (西永海关, 西部陆海新通道运营有限公司, 团结村中心站,
  // 西永综保区管委会) keeps its name: its place glued in front would make a name no document writes.
  if (options.selfNamed || table.data.keepAsWrittenPrefixes.some((p) => name.startsWith(p))) {
    return { name, jurisdiction: listJurisdiction, basis: 'KEPT' };
  }

  const expansion: Expansion = { name: listJurisdiction.name + name, jurisdiction: listJurisdiction, basis: 'PREFIXED' };
  const first = name.charAt(0);
  const ordinaryWord = table.data.nonPrefixWords.some((w) => name.startsWith(w));
  if (!options.generic && !ordinaryWord && LEVEL_CHARS.includes(first)) {
    expansion.warning = `${name}: abbreviation ${first} does not fit the list of ${listJurisdiction.name}; read as ${expansion.name}`;
  }
  return expansion;
}
