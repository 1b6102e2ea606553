import { classifyUnit } from './classify';
import { defaultLineTable, departmentOf, nameAsOf, type FunctionalLine, type Jurisdiction, type LineTable } from './functional-lines';

export interface ParentLink {
  parent?: string;
  /** The jurisdiction the parent belongs to (重庆市 for a 永川 unit). */
  parentJurisdiction?: Jurisdiction;
  warning?: string;
}

/**
 * Canonical name of a jurisdiction's unit on a line: the data file's head table first (under the name it carried on
 * `asOf`, the document's signing day), otherwise derived as <jurisdiction> + <the child's name without its own
 * jurisdiction>. Derivation is refused for vertical lines, whose names do not follow the local pattern (永川海关 →
 * 重庆海关, not 重庆市海关).
 */
export function headUnitName(
  jurisdiction: Jurisdiction,
  line: FunctionalLine,
  childName?: string,
  childJurisdiction?: Jurisdiction,
  table: LineTable = defaultLineTable(),
  asOf?: string,
): string | undefined {
  const head = jurisdiction.heads[line.key];
  if (head !== undefined) return nameAsOf(head, asOf, table);
  if (line.vertical || childName === undefined || childJurisdiction === undefined) return undefined;
  return namedAbove(jurisdiction, childName, childJurisdiction);
}

/** <jurisdiction> + the child's name without its own place: 江津区委金融办 under 重庆市 → 重庆市委金融办. */
function namedAbove(jurisdiction: Jurisdiction, childName: string, childJurisdiction: Jurisdiction): string | undefined {
  const stem = [childJurisdiction.name, ...childJurisdiction.markers]
    .sort((x, y) => y.length - x.length)
    .find((m) => childName.startsWith(m) && childName.length > m.length);
  return stem === undefined ? undefined : jurisdiction.name + childName.slice(stem.length);
}

/**
 * A unit of a jurisdiction that has a parent jurisdiction (永川区 → 重庆市) belongs to the parent's unit on the
 * same functional line: 永川海关 → 重庆海关, 永川区商务委 → 重庆市商务委. That link is how a district task
 * reaches the municipal unit and, through it, the Sichuan counterpart.
 */
export function parentLink(
  unit: { name: string; jurisdiction: Jurisdiction; line: FunctionalLine | null; kind: string },
  table: LineTable = defaultLineTable(),
  asOf?: string,
): ParentLink {
  const { jurisdiction, line } = unit;
  // A division reports to its department, in its own jurisdiction, under the department's canonical name on the
  // document's day (重庆市商务委自贸区处 → 重庆市商务委; 重庆市人力资源和社会保障局就业处 → 重庆市人力社保局).
  const division = unit.kind === 'GENERIC' ? undefined : departmentOf(unit.name, table);
  if (division) return { parent: nameAsOf(classifyUnit(division.department, jurisdiction, table).name, asOf, table), parentJurisdiction: jurisdiction };
  // A company's branch reports to its group (重庆港务物流集团涪陵分公司 → 重庆港务物流集团).
  const group = unit.kind === 'STATE_OWNED_ENTERPRISE' ? BRANCH_OF_GROUP.exec(unit.name)?.[1] : undefined;
  const groupUnit = group === undefined ? undefined : classifyUnit(group, jurisdiction, table);
  if (groupUnit !== undefined && groupUnit.kind === 'STATE_OWNED_ENTERPRISE') return { parent: groupUnit.name, parentJurisdiction: groupUnit.jurisdiction };
  if (line === null || unit.kind === 'GENERIC' || line.linkToParent === false) return {};
  // An office below the one heading a vertical line in the same jurisdiction reports to it: 成都天府国际机场海关 (成都 is
  // 四川's seat, so the name carries the province) → 成都海关, 重庆市税务局第一稽查局 → 重庆市税务局. Only a name that says
  // so: another way of writing the head (中国证监会重庆监管局), or a body of another system on the line (长江海事局), is no
  // office below it.
  // So does an intermediate court seated with the high court (重庆市第一中级人民法院 → 重庆市高法院).
  const below = (line.vertical && subOffice(unit.name)) || (unit.kind === 'COURT' && intermediateCourt(unit.name));
  const head = below ? headUnitName(jurisdiction, line, undefined, undefined, table, asOf) : undefined;
  if (head !== undefined && !sameBody(unit.name, head, table)) return { parent: head, parentJurisdiction: jurisdiction };
  if (jurisdiction.parent === undefined) return {};
  let parentJurisdiction = table.jurisdictionByName.get(jurisdiction.parent);
  if (!parentJurisdiction) return { warning: `${unit.name}: parent jurisdiction ${jurisdiction.parent} is not in the table` };
  if (unit.kind === 'PARTY_ORGAN') {
    // An office of a Party committee answers to the same office of the committee above (江津区委金融办 → 重庆市委金融办,
    // 成都市委金融办 → 四川省委金融办), not to the government department that heads its line there.
    const parent = namedAbove(parentJurisdiction, unit.name, jurisdiction);
    return parent === undefined ? {} : { parent, parentJurisdiction };
  }
  // A company answers to no company above it by name (合江港务公司 is no office of a 泸州市港务公司), nor an institution
  // (合江县金融服务中心 is no office of a 泸州市金融服务中心, which the city may not have): only a head the data file gives
  // is its parent, and a company's only when that head is a company too (泸州港务公司 is no office of 四川省政府口岸物流办).
  if (unit.kind === 'STATE_OWNED_ENTERPRISE' || unit.kind === 'PUBLIC_INSTITUTION') {
    const head = parentJurisdiction.heads[line.key];
    if (head === undefined) return {};
    if (unit.kind === 'STATE_OWNED_ENTERPRISE' && classifyUnit(head, parentJurisdiction, table).kind !== 'STATE_OWNED_ENTERPRISE') return {};
    return { parent: nameAsOf(head, asOf, table), parentJurisdiction };
  }
  let parent = headUnitName(parentJurisdiction, line, unit.name, jurisdiction, table, asOf);
  // A vertical line skips the levels where it has no office of its own: 双流机场海关 (双流区, in 成都市) reports to 成都海关,
  // the customs of 四川省, as 成都市 has none.
  while (parent === undefined && line.vertical && parentJurisdiction.parent !== undefined) {
    const above = table.jurisdictionByName.get(parentJurisdiction.parent);
    if (!above) break;
    parentJurisdiction = above;
    parent = headUnitName(parentJurisdiction, line, unit.name, jurisdiction, table, asOf);
  }
  if (parent === undefined) {
    return { warning: `${unit.name}: no head unit of ${parentJurisdiction.name} on line ${line.key}; add it to heads` };
  }
  return { parent, parentJurisdiction };
}

const BRANCH_OF_GROUP = /^(.{2,20}?集团(?:有限公司|公司)?)[\u3400-\u9fff]{1,12}?(?:分公司|子公司)$/u;

/** A name that marks an office below its line's head: an airport's customs, a border station, an inspection bureau. */
function subOffice(name: string): boolean {
  return /(?:机场海关|边检站|稽查局)$/u.test(name);
}

/** An intermediate court's name (重庆市第一中级人民法院, 广安市中院). */
function intermediateCourt(name: string): boolean {
  return /(?:中级人民法院|中院)$/u.test(name);
}

/** Whether two names are one body under the renames table, either way and whatever the day (重庆银保监局, 重庆金融监管局). */
function sameBody(a: string, b: string, table: LineTable): boolean {
  const names = (start: string): Set<string> => {
    const seen = new Set([start]);
    for (let r = table.renameByFormer.get(start); r && !seen.has(r.current); r = table.renameByFormer.get(r.current)) seen.add(r.current);
    return seen;
  };
  const [fromA, fromB] = [names(a), names(b)];
  return fromA.has(b) || fromB.has(a);
}

/**
 * Problems of the head tables: each head must resolve, in its own jurisdiction, to itself and to the line it
 * heads — otherwise a parent link would point at a name no list ever produces.
 */
export function checkHeads(table: LineTable = defaultLineTable()): string[] {
  const problems: string[] = [];
  for (const j of table.data.jurisdictions) {
    for (const [key, head] of Object.entries(j.heads)) {
      const c = classifyUnit(head, j, table);
      if (c.name !== head) problems.push(`${j.name}.${key}: ${head} resolves to ${c.name}`);
      if (c.line?.key !== key) problems.push(`${j.name}.${key}: ${head} is on line ${c.line?.key ?? 'none'}`);
      if (c.jurisdiction !== j) problems.push(`${j.name}.${key}: ${head} belongs to ${c.jurisdiction.name}`);
    }
  }
  return problems;
}

/**
 * Problems of the renames table: both names of a rename must resolve, in its jurisdiction, to themselves, to that
 * jurisdiction and to one line, so that the link joins two units a document can name and a head can follow it.
 */
export function checkRenames(table: LineTable = defaultLineTable()): string[] {
  const problems: string[] = [];
  for (const r of table.data.renames) {
    const j = table.jurisdictionByName.get(r.jurisdiction);
    if (!j) continue;
    const [former, current] = [classifyUnit(r.former, j, table), classifyUnit(r.current, j, table)];
    for (const [name, c] of [[r.former, former], [r.current, current]] as const) {
      if (c.name !== name) problems.push(`rename ${r.former}: ${name} resolves to ${c.name}`);
      if (c.jurisdiction !== j) problems.push(`rename ${r.former}: ${name} belongs to ${c.jurisdiction.name}`);
    }
    if (former.line?.key !== current.line?.key || former.line === null) {
      problems.push(`rename ${r.former}: on line ${former.line?.key ?? 'none'}, ${r.current} on ${current.line?.key ?? 'none'}`);
    }
  }
  return problems;
}
