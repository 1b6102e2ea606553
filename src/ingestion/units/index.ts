import { itemKeyPart, type JurisdictionRef, type ParsedDocument, type ParsedItem, type UnitList, type WrittenUnit } from '../../model/parsed';
import type { ResolvedResponsibility, ResolvedUnit, UnitResolution } from '../../model/units';
import { classifyUnit, type ClassifiedUnit } from './classify';
import { administrativeTier, pairCounterparts, type PairingUnit } from './counterparts';
import { defaultLineTable, departmentOf, isGenericUnit, matchesPattern, matchLine, perTable, type Jurisdiction, type JurisdictionLevel, type LineTable } from './functional-lines';
import { adHocJurisdiction, carriedJurisdiction, enclosingProvince, jurisdictionChain, resolveListJurisdiction } from './jurisdictions';
import { normalizeUnitName } from './normalize';
import { parentLink } from './parent';
import { distributeSharedSuffix, eachSide, shareEachSide, splitBracketName } from './written-names';

export { classifyUnit, unitKind, type ClassifiedUnit } from './classify';
export { administrativeTier, pairCounterparts, type PairingResult, type PairingUnit } from './counterparts';
export { expandUnitName, type Expansion, type ExpansionBasis } from './expand';
export {
  defaultLineTable,
  isGenericUnit,
  loadLineTable,
  matchLine,
  matchesPattern,
  type FunctionalLine,
  type Jurisdiction,
  type LineMatch,
  type LineTable,
  type LineTableData,
} from './functional-lines';
export {
  adHocJurisdiction,
  carriedJurisdiction,
  findJurisdiction,
  jurisdictionChain,
  resolveListJurisdiction,
} from './jurisdictions';
export { normalizeUnitName } from './normalize';
export { distributeSharedSuffix, eachSide, shareEachSide, splitBracketName } from './written-names';
export { checkHeads, checkRenames, headUnitName, parentLink, type ParentLink } from './parent';
export { nameAsOf } from './functional-lines';

/** 1-based line of an offset, for warnings that point into the source. */
function lineOf(source: string, offset: number): number {
  let line = 1;
  const end = Math.min(Math.max(offset, 0), source.length);
  for (let i = 0; i < end; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

interface VisitedItem {
  itemKey: string;
  item: ParsedItem;
}

// The free-trade-zone area a plan's title or issuer names (…自由贸易试验区川南临港片区…, 自贸试验区成都青白江铁路港片区…).
const PLAN_AREA = /(?:自由贸易试验区|自贸试验区)([\u3400-\u9fff]{2,10}?片区)/u;
const BARE_AREA_BODY = /^片区(?:管委会|管理委员会)$/u;

/** Every item and sub-item that can carry unit lists, keyed `${section}/${item}` (sub-items append `/${sub}`). */
function* itemsOf(doc: ParsedDocument): Generator<VisitedItem> {
  function* walk(prefix: string, items: readonly ParsedItem[]): Generator<VisitedItem> {
    for (const item of items) {
      const itemKey = `${prefix}/${itemKeyPart(item)}`;
      yield { itemKey, item };
      yield* walk(itemKey, item.subItems);
    }
  }
  for (const section of doc.sections) yield* walk(section.number, section.items);
}

/** The units of one role and one jurisdiction on an item, in written order. */
interface PairingGroup {
  role: string;
  jurisdiction: string;
  pairing: PairingUnit[];
}

function toResolved(c: ClassifiedUnit): ResolvedUnit {
  return {
    name: c.name,
    aliases: [c.name],
    jurisdiction: c.jurisdiction.name,
    functionalLine: c.line?.key ?? null,
    kind: c.kind,
    ...(c.officialName !== undefined ? { officialName: c.officialName } : {}),
  };
}

/**
 * Who a unit pairs with first on its line: its administrative tier, or, on a line with peer groups (parks), its group
 * (a 高新区 with a 高新区, wherever it lies). The parks of no group are a group of their own (果园港片区 with 成都国际铁路港),
 * so that a park with a peer of its group pairs with that peer only; across groups parks pair where neither has a peer.
 */
function peerTier(c: ClassifiedUnit, table: LineTable): number | undefined {
  if (c.kind === 'COURT') return courtTier(c.name, c.jurisdiction.name, c.jurisdiction.level);
  const groups = c.line?.peerGroups;
  if (groups) {
    const g = groups.findIndex((p) => matchesPattern(c.name, p));
    return g < 0 ? PEER_GROUP_TIERS - 1 : PEER_GROUP_TIERS + g;
  }
  // A park's own office on another line (四川天府新区公安局, 重庆高新区公安分局) pairs by its park's kind too, as the parks'
  // committees do: 天府新区 with 两江新区, 成都高新区 with 重庆高新区, whatever the tier of the place each lies in.
  // 万盛经开区 is a place (a county-level area), not a park.
  const opening = PARK_OFFICE.exec(c.name)?.[1];
  const park = opening !== undefined && !table.data.jurisdictions.some((j) => j.name === opening || j.aliases.includes(opening)) ? opening : undefined;
  const parkGroup = parkGroupOf(park, table);
  if (parkGroup !== undefined) return PEER_GROUP_TIERS + parkGroup;
  return placeTier(c, table);
}

function placeTier(c: ClassifiedUnit, table: LineTable): number | undefined {
  return administrativeTier(c.jurisdiction.level, c.jurisdiction.parent === undefined ? undefined : table.jurisdictionByName.get(c.jurisdiction.parent)?.level);
}

/** The peer group of the park line (data file `park_authority`) a park's name is in, or undefined. */
function parkGroupOf(park: string | undefined, table: LineTable): number | undefined {
  const groups = park === undefined ? undefined : table.lineByKey.get(PARK_LINE)?.peerGroups;
  const g = park === undefined || groups === undefined ? -1 : groups.findIndex((p) => matchesPattern(park, p));
  return g < 0 ? undefined : g;
}
const PARK_LINE = 'park_authority';

/**
 * A court's tier is its level in the judiciary, not its place's: 重庆市第一中级人民法院 (in 重庆市) is a peer of 广安市中级人民法院,
 * and 渝北区人民法院 (a district directly under 重庆) of 邻水县人民法院. 1 for a high court, 2 for an intermediate one (and the
 * specialised courts of that level), 3 for a basic one.
 */
function courtTier(name: string, place: string, level: JurisdictionLevel): number {
  if (/(?:中级人民法院|中院|知识产权法院|金融法院|铁路运输中级法院)$/u.test(name)) return 2;
  // The high court by name, or a province's court named by its place alone (四川省法院, the data file's name for it).
  if (/(?:高级人民法院|高法院)$/u.test(name) || ((level === 'PROVINCE' || level === 'MUNICIPALITY') && name === `${place}法院`)) return 1;
  return 3;
}

/** Peer groups count as tiers above every administrative one, so that the two never meet. */
const PEER_GROUP_TIERS = 100;
// The park a unit's name opens with (重庆高新区 of 重庆高新区公安分局), when an office's name follows it.
const PARK_OFFICE = /^([\u3400-\u9fff]{2,10}?(?:高新区|新区|经开区|经济技术开发区))[\u3400-\u9fff]{2,}$/u;
// A province's tier below it is its 市（州） (cities and prefectures); a municipality's is its 区县 (districts and counties).
const PROVINCE_TIER = /市[（(]州[）)]/u;
const MUNICIPALITY_TIER = /^[各有关]*区县/u;

function addAlias(u: ResolvedUnit, alias: string): void {
  if (!u.aliases.includes(alias)) u.aliases.push(alias);
}

/** Classified written forms per data file, shared by the documents of a process; emptied when it grows past its bound. */
const SHARED_FORMS_LIMIT = 20_000;
const formsOf = perTable(() => new Map<string, ClassifiedUnit>());
function sharedForms(table: LineTable): Map<string, ClassifiedUnit> {
  const forms = formsOf(table);
  if (forms.size > SHARED_FORMS_LIMIT) forms.clear();
  return forms;
}

/**
 * Resolves the responsible units of a parsed document: canonical names (deterministic in written form and list
 * jurisdiction, so the same unit in two documents is one node), functional line, kind, parent link of district
 * units, and counterpart pairs between the two jurisdictions of a joint plan.
 */
export function resolveUnits(doc: ParsedDocument, table: LineTable = defaultLineTable()): UnitResolution {
  const units = new Map<string, ResolvedUnit>();
  const classified = new Map<string, ClassifiedUnit>();
  const responsibilities: ResolvedResponsibility[] = [];
  const counterparts: UnitResolution['counterparts'] = [];
  const pairKeys = new Set<string>();
  const unpaired: UnitResolution['unpaired'] = [];
  const warnings: UnitResolution['warnings'] = [];
  const warned = new Set<string>();
  const warn = (offset: number, message: string): void => {
    const line = lineOf(doc.source, offset);
    const key = `${line}\u0000${message}`;
    if (warned.has(key)) return;
    warned.add(key);
    warnings.push({ line, message });
  };

  // The document's own jurisdictions, even those the data file lacks, must be recognised when a name carries them.
  const extra: Jurisdiction[] = doc.jurisdictions
    .filter((r) => !table.jurisdictionByName.has(r.name))
    .map((r: JurisdictionRef) => adHocJurisdiction(r));
  const listJurisdictions = new Map<string, Jurisdiction>();
  const jurisdictionNamed = (name: string, offset: number): Jurisdiction => {
    const cached = listJurisdictions.get(name);
    if (cached) return cached;
    const { jurisdiction, known } = resolveListJurisdiction(name, doc.jurisdictions, table);
    if (!known) warn(offset, `jurisdiction ${name} is not in data/functional-lines.json; abbreviations read by its level`);
    listJurisdictions.set(name, jurisdiction);
    return jurisdiction;
  };
  const listJurisdiction = (list: UnitList): Jurisdiction => jurisdictionNamed(list.jurisdiction, list.units[0]?.span.start ?? 0);
  // An abbreviation that fits neither the list's place nor the places above it, but one other place of the plan, is that
  // place's. In a 川渝 plan 省X inside 重庆's list is 四川's (（牵头单位：市政府口岸物流办、省政府口岸物流办；…）) and 市X inside
  // 四川's list 重庆's, whichever goes first (a province's own cities are written by name, 泸州市政府, or generically,
  // 市级有关部门); in a 遂宁–潼南 plan 区发展改革委 in 遂宁市's list is 潼南区's, while 市X in 潼南's list stays 重庆市's, as 市
  // fits the municipality 潼南 lies in. A word that only begins with such a character (区域合作中心) abbreviates nothing.
  const otherPlaceFor = (written: string, list: Jurisdiction, offset: number): Jurisdiction | undefined => {
    const prefix = /^[省市区县](?![（(])/u.exec(written)?.[0];
    if (prefix === undefined || doc.jurisdictions.length < 2 || isGenericUnit(written, table)) return undefined;
    if (table.data.nonPrefixWords.some((w) => written.startsWith(w))) return undefined;
    if (jurisdictionChain(list, table).some((j) => j.contextPrefixes.includes(prefix))) return undefined;
    const fits = doc.jurisdictions.filter((r) => r.name !== list.name && jurisdictionNamed(r.name, offset).contextPrefixes.includes(prefix));
    return fits.length === 1 ? jurisdictionNamed((fits[0] as JurisdictionRef).name, offset) : undefined;
  };
  // 市（州） are the province's tier, 区县 the municipality's, in whichever list of a 川渝 plan one phrase names both
  // (各有关市（州）、区县政府).
  const pair = doc.jurisdictions.length === 2 ? doc.jurisdictions : [];
  const province = pair.find((r) => r.level === 'PROVINCE');
  const municipality = pair.find((r) => r.level === 'MUNICIPALITY');
  const unitJurisdiction = (written: string, list: Jurisdiction, offset: number): Jurisdiction => {
    const other = otherPlaceFor(written, list, offset);
    if (other) return other;
    if (!province || !municipality || !pair.some((r) => r.name === list.name) || !isGenericUnit(written, table)) return list;
    if (PROVINCE_TIER.test(written)) return jurisdictionNamed(province.name, offset);
    if (MUNICIPALITY_TIER.test(written)) return jurisdictionNamed(municipality.name, offset);
    return list;
  };

  // The plan's place a unit stands for: its own if the plan has it (四川省商务厅 in 重庆's list), else the one place of the
  // plan it lies in or above, if it is not the list's (重庆海关 in 遂宁市's list of a 遂宁–潼南 plan: 潼南区's side), else
  // the list's. Where it lies above several (重庆市商务委 in 达州's list of a 万州–达州–开州 plan) all in one province, it
  // stands on that province's side with the first of them.
  const ownPlace = (unitPlace: Jurisdiction, list: Jurisdiction): string => {
    // A joint body (…联合办公室) is both sides', in whichever list it stands; in a list of an area both sides run
    // (a notice of 川渝高竹新区), each unit stands on its own side.
    if (unitPlace.name === list.name || docOrder(unitPlace.name) < doc.jurisdictions.length || unitPlace.level === 'REGION' || list.level === 'REGION') return unitPlace.name;
    // A unit of a province none of the plan's places lies in (重庆海关, 永川区市场监管局 named in a 四川 plan) stands on that
    // province's side: units of one province never pair with each other for being named in another's plan.
    const unitProvince = provinceOf(unitPlace.name);
    if (unitPlace.level !== 'NATIONAL' && doc.jurisdictions.every((r) => provinceOf(r.name) !== unitProvince)) return unitProvince;
    const unitAndAbove = jurisdictionChain(unitPlace, table).map((j) => j.name);
    const related = (name: string): boolean => {
      const j = table.jurisdictionByName.get(name);
      return unitAndAbove.includes(name) || (j !== undefined && jurisdictionChain(j, table).some((a) => a.name === unitPlace.name));
    };
    if (related(list.name)) return list.name;
    const others = doc.jurisdictions.filter((r) => r.name !== list.name && related(r.name));
    const first = others[0];
    return first !== undefined && others.every((r) => provinceOf(r.name) === provinceOf(first.name)) ? first.name : list.name;
  };
  // The areas both provinces run (川渝高竹新区) that the document is about, by its title or an issuer: a name opening with
  // such an area's prefix (新区经济发展局) is written short for the area's body (川渝高竹新区经济发展局).
  // A title that names the area in a plan another 新区 issues (两江新区协同川渝高竹新区发展…) is no plan of the area's.
  const issuedBy = doc.issuers.join('\n');
  const titled = [doc.title, doc.planTitle ?? ''].join('\n');
  const areas = table.data.jurisdictions.filter(
    (j) => j.level === 'REGION' && (j.markers.some((m) => issuedBy.includes(m)) || (j.markers.some((m) => titled.includes(m)) && !issuedBy.includes('新区'))),
  );
  const issuerWrittenShort = (name: string): string | undefined =>
    /^(?:联合办公室|领导小组办公室|联席会议办公室)$/u.test(name) ? doc.issuers.find((i) => i.endsWith(name) && i.length > name.length) : undefined;
  // 片区管委会 alone is the managing committee of the free-trade-zone area the plan is for, as its title or its issuer
  // names it (中国（四川）自由贸易试验区川南临港片区…方案: 川南临港片区管委会); with no area named there it stays as written.
  // The bare form is no alias of it: every area's plan writes it so.
  const planArea = PLAN_AREA.exec(`${titled}\n${issuedBy}`)?.[1];
  const planAreaBody = (name: string): string | undefined => (planArea !== undefined && BARE_AREA_BODY.test(name) ? `${planArea}管委会` : undefined);
  const areaBody = (name: string): string | undefined => {
    if (isGenericUnit(name, table)) return undefined;
    for (const a of areas) {
      const prefix = a.contextPrefixes.find((p) => name.startsWith(p) && name.length > p.length + 1);
      if (prefix !== undefined) return a.name + name.slice(prefix.length);
    }
    return undefined;
  };
  // A plan names the same units in list after list, and a batch of plans the same units again: each written form is
  // classified once per jurisdiction, across documents where the plan brings no place of its own to the data file's.
  const classifiedForms = extra.length === 0 ? sharedForms(table) : new Map<string, ClassifiedUnit>();
  const classifyOnce = (written: string, place: Jurisdiction): ClassifiedUnit => {
    // A place built for this document (not the data file's) may share a name with another document's: never cached.
    const cacheable = table.jurisdictionByName.get(place.name) === place;
    const key = `${written}\u0000${place.name}`;
    let c = cacheable ? classifiedForms.get(key) : undefined;
    if (!c) {
      c = classifyUnit(written, place, table, [...extra, place]);
      if (cacheable) classifiedForms.set(key, c);
    }
    return c;
  };
  const firstOffset = new Map<string, number>();
  const register = (c: ClassifiedUnit, alias: string, offset: number): ResolvedUnit => {
    let u = units.get(c.name);
    if (!u) {
      u = toResolved(c);
      units.set(c.name, u);
      classified.set(c.name, c);
      firstOffset.set(c.name, offset);
    }
    addAlias(u, alias);
    return u;
  };

  // The document's own jurisdictions in order (重庆 first in a joint plan): a list's first one pairs with the others.
  const docOrder = (name: string): number => {
    const i = doc.jurisdictions.findIndex((r) => r.name === name);
    return i < 0 ? doc.jurisdictions.length : i;
  };
  // The province or municipality a list's place lies in (达州市 → 四川省, 开州区 → 重庆市).
  const provinceOf = (name: string): string => {
    const j = table.jurisdictionByName.get(name);
    return (j && enclosingProvince(j, table))?.name ?? name;
  };
  // The cities of the plan's provinces, which a list may name (成都市商务局): none in a plan of one district.
  const placesOfPlan = doc.jurisdictions
    .map((r) => table.jurisdictionByName.get(r.name) ?? extra.find((j) => j.name === r.name))
    .filter((j): j is Jurisdiction => j !== undefined);
  // …and of a province a list stands for though no issuer is its (a 四川方 column in a 永川 plan).
  const listProvinces = new Set([...itemsOf(doc)].flatMap(({ item }) => item.unitLists.map((l) => l.jurisdiction)));
  const citiesOfPlan = table.data.jurisdictions.filter(
    (j) => j.level === 'CITY' && j.parent !== undefined && (docOrder(j.parent) < doc.jurisdictions.length || listProvinces.has(j.parent)),
  );
  // The issuers, classified once: as units of the document, and, those that are departments (重庆市商务委员会 →
  // 重庆市商务委), by place, as the department of a division written 委电商处 in that place's lists.
  const issuersClassified = doc.issuers.map((issuer, i) => {
    const ref = doc.jurisdictions[i];
    const context =
      (ref && resolveListJurisdiction(ref.name, doc.jurisdictions, table).jurisdiction) ??
      carriedJurisdiction(issuer, false, table, extra) ??
      adHocJurisdiction(issuer);
    return classifyUnit(issuer, context, table, [...extra, context]);
  });
  const issuingDepartments = new Map<string, string[]>();
  for (const c of issuersClassified) {
    if (c.line === null || c.line.key === 'government') continue;
    issuingDepartments.set(c.jurisdiction.name, [...(issuingDepartments.get(c.jurisdiction.name) ?? []), c.name]);
  }
  for (const { itemKey, item } of itemsOf(doc)) {
    // Units pair by role (lead with lead, supporting with supporting: a role split is not a jurisdiction split) and by
    // jurisdiction: a list's, or, for a unit whose full name places it in another of the document's jurisdictions
    // (（责任单位：重庆市商务委、四川省商务厅）), that one.
    const groups = new Map<string, PairingGroup>();
    const secondLines = new Map<PairingUnit, string>();
    const placeTiers = new Map<PairingUnit, number | undefined>();
    for (const list of item.unitLists) {
      const written = list.units.map((wu) => normalizeUnitName(wu.asWritten));
      // A list that names a city of one of the plan's provinces (成都市商务局、市投资促进局) is that province's, and its 市X
      // are that city's — unless a unit names the list's own place outright. The parser, without the data file, took
      // 市投资促进局 for 重庆's.
      const city = citiesOfPlan.find((j) => written.some((n) => n.startsWith(j.name)));
      const listed = listJurisdiction(list);
      const ownNamed = written.some((n) => n.startsWith(listed.name));
      const jurisdiction = city?.parent !== undefined && city.parent !== listed.name && !ownNamed ? jurisdictionNamed(city.parent, list.units[0]?.span.start ?? 0) : listed;
      const meant = shareEachSide(distributeSharedSuffix(written, table, issuingDepartments.get(jurisdiction.name) ?? [], [...issuingDepartments.values()].flat()), table);
      const units = list.units.flatMap((wu, k): Array<{ wu: WrittenUnit; form: string; side: Jurisdiction | undefined }> => {
        const form = meant[k] ?? normalizeUnitName(wu.asWritten);
        // 两省市发展改革委, 川渝两地海关: the same office on each side, one responsibility each, paired.
        const sides = eachSide(form, placesOfPlan, table, doc.signedOn ?? doc.printedOn);
        return sides === undefined ? [{ wu, form, side: undefined }] : sides.map((s) => ({ wu, form: s.form, side: s.place }));
      });
      for (const { wu, form, side } of units) {
        const { name: main, short, second } = splitBracketName(form);
        const cityOfList = city !== undefined && city.parent === jurisdiction.name;
        const place = side ?? (cityOfList && /^市(?![（(场])/u.test(main) && !isGenericUnit(main, table) ? city : unitJurisdiction(main, jurisdiction, wu.span.start));
        // 新区经济发展局 in a plan of 川渝高竹新区 is the area's body, whichever side's list names it; a bare 联合办公室 in a
        // notice the joint office issues is that office.
        const areaForm = areaBody(main) ?? issuerWrittenShort(main);
        const c = classifyOnce(areaForm ?? planAreaBody(main) ?? main, place);
        for (const w of c.warnings) warn(wu.span.start, w);
        const u = register(c, c.written, wu.span.start);
        if (areaForm !== undefined) addAlias(u, main);
        // The form with its bracket finds the unit as written. A short name is a written form of the unit too, as written
        // and expanded (市物流办, 成都市物流办); a second name only with the unit's full name before it
        // (四川省市场监管局（省知识产权局）), not alone: another plan may name that office as a unit of its own.
        if (form !== main) addAlias(u, form);
        if (short !== undefined) {
          addAlias(u, short);
          addAlias(u, classifyUnit(short, place, table, [...extra, place]).name);
        }
        if (second !== undefined) addAlias(u, `${u.name}（${second}）`);
        const own = ownPlace(c.jurisdiction, jurisdiction);
        responsibilities.push({
          itemKey,
          asWritten: wu.asWritten,
          unit: u.name,
          jurisdiction: own,
          listIndex: list.index,
          position: wu.position,
          role: list.role,
          start: wu.span.start,
          end: wu.span.end,
        });
        const key = `${list.role}\u0000${own}`;
        const group = groups.get(key) ?? { role: list.role, jurisdiction: own, pairing: [] };
        groups.set(key, group);
        // A department's divisions do different jobs on one line (自贸区处, 综合处): they pair with the other side's divisions
        // by their place in the list, as units of no known line do, and never with a department.
        const division = departmentOf(c.name, table) !== undefined;
        group.pairing.push({
          unit: u.name,
          position: group.pairing.length,
          line: division ? null : u.functionalLine,
          // A central department (商务部), a national body (中国测试技术研究院) or a joint body beside the local units is no
          // province's counterpart.
          generic: u.kind === 'GENERIC' || u.kind === 'CENTRAL_DEPARTMENT' || c.jurisdiction.level === 'REGION' || c.jurisdiction.level === 'NATIONAL',
          tier: peerTier(c, table),
          kind: division ? 'DIVISION' : u.kind,
          place: u.jurisdiction,
          office: u.name.startsWith(u.jurisdiction) && u.name.length > u.jurisdiction.length ? u.name.slice(u.jurisdiction.length) : undefined,
        });
        const pushed = group.pairing[group.pairing.length - 1] as PairingUnit;
        if (!c.line?.peerGroups && pushed.tier !== undefined && pushed.tier >= PEER_GROUP_TIERS) placeTiers.set(pushed, placeTier(c, table));
        const secondLine = second === undefined || division ? undefined : matchLine(second, table)?.line.key;
        if (secondLine !== undefined && secondLine !== u.functionalLine) secondLines.set(pushed, secondLine);
      }
    }
    const byRole = new Map<string, PairingGroup[]>();
    for (const g of groups.values()) byRole.set(g.role, [...(byRole.get(g.role) ?? []), g]);
    // `lineOnly`: pairs of one line only, none by position (units of two roles: a place in another role's list says
    // nothing).
    const pairSides = (sides: readonly PairingGroup[], lineOnly: boolean): void => {
      // Joint bodies (both sides' together) pair with no one and make no side of their own.
      const sorted = sides
        .filter((g) => table.jurisdictionByName.get(g.jurisdiction)?.level !== 'REGION')
        .sort((x, y) => docOrder(x.jurisdiction) - docOrder(y.jurisdiction));
      // With places of both provinces (万州区、达州市、开州区) a unit pairs across the line only: 万州↔达州, 开州↔达州,
      // never 万州↔开州. Places of one province pair each with each.
      const across = new Set([...sorted.map((g) => g.jurisdiction), ...doc.jurisdictions.map((r) => r.name)].map(provinceOf)).size > 1;
      sorted.forEach((a, i) => {
        for (const b of sorted.slice(i + 1)) {
          if (across && provinceOf(a.jurisdiction) === provinceOf(b.jurisdiction)) continue;
          const result = pairCounterparts(itemKey, a.pairing, b.pairing);
          // A unit named in two lists of a side (重庆海关 in 万州's and in 开州's) pairs once with its partner.
          for (const p of result.pairs) {
            if (lineOnly && p.basis !== 'FUNCTIONAL_LINE') continue;
            const key = `${p.itemKey}\u0000${[p.a, p.b].sort().join('\u0000')}`;
            if (pairKeys.has(key)) continue;
            pairKeys.add(key);
            counterparts.push(p);
          }
          if (!lineOnly) unpaired.push(...result.unpaired);
        }
      });
    };
    // A park's office pairs by its park's kind only with another park's office of that kind (四川天府新区公安局 ↔
    // 两江新区公安分局); with none on the other side it pairs by the tier of its place, as any other unit of its line.
    // The units of the other sides than `unit`'s on this task.
    const otherSides = (unit: PairingUnit): PairingUnit[] => {
      const side = [...groups.values()].find((g) => g.pairing.includes(unit))?.jurisdiction;
      return [...groups.values()].filter((g) => g.jurisdiction !== side).flatMap((g) => g.pairing);
    };
    for (const [unit, tier] of placeTiers) {
      if (!otherSides(unit).some((o) => o.line === unit.line && o.tier === unit.tier)) unit.tier = tier;
    }
    // 省市场监管局（省知识产权局）: a body with a second plate does that plate's job on a task where the other side names a
    // unit of the plate's line and none of the body's own (重庆市知识产权局 beside it).
    for (const [unit, line] of secondLines) {
      const others = otherSides(unit);
      if (!others.some((o) => o.line === unit.line) && others.some((o) => o.line === line)) unit.line = line;
    }
    for (const group of byRole.values()) pairSides(group, false);
    // 省商务厅 leads on one side and 市商务委 supports on the other: two units of one line on one task are counterparts,
    // where neither has one in its own role.
    if (byRole.size > 1) {
      const partnered = new Set(counterparts.filter((p) => p.itemKey === itemKey).flatMap((p) => [p.a, p.b]));
      const rest = new Map<string, PairingGroup>();
      for (const g of groups.values()) {
        const side = rest.get(g.jurisdiction) ?? { role: 'ANY', jurisdiction: g.jurisdiction, pairing: [] };
        for (const u of g.pairing) {
          if (partnered.has(u.unit) || u.line === null || side.pairing.some((x) => x.unit === u.unit)) continue;
          side.pairing.push({ ...u, position: side.pairing.length });
        }
        rest.set(g.jurisdiction, side);
      }
      pairSides([...rest.values()], true);
      const nowPaired = new Set(counterparts.filter((p) => p.itemKey === itemKey).flatMap((p) => [p.a, p.b]));
      for (let k = unpaired.length - 1; k >= 0; k--) {
        const u = unpaired[k];
        if (u !== undefined && u.itemKey === itemKey && nowPaired.has(u.unit)) unpaired.splice(k, 1);
      }
    }
  }

  // A parent built from the child's name (中江县发展改革局 → 德阳市发展改革局) may not be the name the place gives its office
  // (德阳市发展改革委): the one unit of that place on that line the document names is the parent instead.
  const namedParent = (link: { parent?: string; parentJurisdiction?: Jurisdiction }, child: ClassifiedUnit): string | undefined => {
    const line = child.line;
    const above = link.parentJurisdiction;
    // A head the data file gives (重庆市税务局) is the parent whatever else of its line the document names.
    if (link.parent === undefined || above === undefined || line === null || line.vertical || above.heads[line.key] !== undefined) return undefined;
    if (units.has(link.parent) || departmentOf(child.name, table) !== undefined) return undefined;
    const onLine = [...units.values()].filter(
      (u) => u.jurisdiction === above.name && u.functionalLine === line.key && u.kind === child.kind && departmentOf(u.name, table) === undefined,
    );
    return onLine.length === 1 ? onLine[0]?.name : undefined;
  };
  const implied = new Map<string, ResolvedUnit>();
  const impliedPlaces: Jurisdiction[] = [];
  for (const [name, c] of classified) {
    // The day the document speaks for: its signing, else its printing (a notice whose signature line was lost).
    const derived = parentLink(c, table, doc.signedOn ?? doc.printedOn);
    if (derived.warning) warn(firstOffset.get(name) ?? 0, derived.warning);
    const link = { ...derived, parent: namedParent(derived, c) ?? derived.parent };
    if (link.parent === undefined || link.parentJurisdiction === undefined) continue;
    const u = units.get(name);
    if (u) u.parent = link.parent;
    if (!units.has(link.parent) && !implied.has(link.parent)) {
      implied.set(link.parent, toResolved(classifyUnit(link.parent, link.parentJurisdiction, table)));
      impliedPlaces.push(link.parentJurisdiction);
    }
  }

  const issuerUnits = issuersClassified.map((c) => {
    const u = toResolved(c);
    addAlias(u, c.written);
    return { u, c };
  });

  // Every unit's jurisdiction and the ones it lies in, as the data file has them (a place it does not know: as built).
  const places = new Map<string, JurisdictionRef>();
  const addPlace = (j: Jurisdiction): void => {
    for (const p of jurisdictionChain(j, table)) {
      if (!places.has(p.name)) places.set(p.name, { name: p.name, level: p.level, ...(p.parent !== undefined ? { parent: p.parent } : {}) });
    }
  };
  for (const c of [...classified.values(), ...issuerUnits.map((x) => x.c)]) addPlace(c.jurisdiction);
  for (const j of impliedPlaces) addPlace(j);

  const named = new Set([...units.keys(), ...implied.keys(), ...issuerUnits.map((x) => x.u.name)]);
  const renames = table.data.renames
    .filter((r) => named.has(r.former) || named.has(r.current))
    .map((r) => ({ former: r.former, current: r.current, since: r.since ?? null }));

  return {
    units: [...units.values()],
    renames,
    responsibilities,
    counterparts,
    unpaired,
    warnings,
    impliedUnits: [...implied.values()],
    issuers: issuerUnits.map((x) => x.u),
    jurisdictions: [...places.values()],
  };
}
