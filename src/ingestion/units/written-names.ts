/**
 * What a list means by the names it writes, where the written form is not yet the unit's: places sharing one unit name
 * (泸州、宜宾市市场监管局) and a short name in brackets (市政府口岸物流办（市物流办）).
 */
import { defaultLineTable, departmentOf, isGenericUnit, jointBodyJurisdiction, matchLine, nameAsOf, perTable, type Jurisdiction, type LineTable } from './functional-lines';

/** The place a name opens with (泸州市商务局 → 泸州市; 江津区市场监管局 → 江津区): the longest name or marker that fits. */
function leadingPlace(name: string, table: LineTable): { jurisdiction: Jurisdiction; length: number } | undefined {
  for (const [m, jurisdiction] of placeNames(table).get(name.charAt(0)) ?? []) if (name.startsWith(m)) return { jurisdiction, length: m.length };
  return undefined;
}

/** Every place's written names by their first character, longest first (the data file's order among equals). */
const placeNames = perTable((table) => {
  const index = new Map<string, Array<[string, Jurisdiction]>>();
  // Both provinces together (川渝) are no place a unit's name opens with.
  for (const j of table.data.jurisdictions.filter((x) => x.level !== 'REGION')) {
    for (const m of [j.name, ...j.markers, ...j.aliases]) index.set(m.charAt(0), [...(index.get(m.charAt(0)) ?? []), [m, j]]);
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b[0].length - a[0].length);
  return index;
});

// 各有关市（州）、区县政府: the cities (and prefectures) share the governments' name with the districts and counties.
const BARE_CITIES = /^[各有关]*市[（(]州[）)]$/u;
const PARK_KINDS = '(?:新区|高新区|经开区|片区|综保区|综合保税区|开发区|园区)';
const PARK_KIND = new RegExp(`${PARK_KINDS}$`, 'u');
// A park with a name of its own (天府新区, 果园港片区): 高新区 alone is any city's, and keeps the list's place.
const BARE_PARK = new RegExp(`^[\\u3400-\\u9fff（）]{2,14}${PARK_KINDS}$`, 'u');
// Only a short park name shares its authority (东部新区管委会, 重庆高新区管委会): a long one (重庆两路果园港综合保税区管委会) is
// one park's own.
// 西部科学城重庆高新区管委会 is 重庆高新区's authority under its 2021 name.
const PARK_AUTHORITY = new RegExp(`^(?:西部科学城|西部（重庆）科学城)?[\\u3400-\\u9fff]{0,3}${PARK_KINDS}(管委会|管理委员会)$`, 'u');
const PROVINCIAL: ReadonlySet<string> = new Set(['NATIONAL', 'PROVINCE', 'MUNICIPALITY']);
const PLACES_WORD = /^(.+?)(?:两地|三地|四地)(.+)$/u;
// A short name that ends as no unit's does (两路果园港, 西永, 江津): it may share the name of the authority after it.
const SHORT_BARE_NAME = /^[\u3400-\u9fff]{2,6}$/u;
const UNIT_END = /[区县市省委局厅办府会行司处所站院心组队部团社关]$/u;
// The authority of a bonded zone, which a plan names by a short name of its place (永川综保区管委会).
const BONDED_ZONE_AUTHORITY = /^([\u3400-\u9fff]{2,6})((?:综保区|综合保税区)(?:管委会|管理委员会))$/u;

/**
 * names[i] + the bonded-zone authority that ends its run of short names (两路果园港、西永、江津、永川综保区管委会), if it is one.
 * Only where some name of the run, or the authority's own, is a place of the data file: companies (长安汽车、中国电信、
 * 西永综保区管委会) or places before another kind of park (永川、江津、两江新区管委会) share nothing.
 */
/** A short name that ends as no unit's and is on no line (两路果园港, 西永, 鱼洞): one that may share a name after it. */
function shortBare(n: string, table: LineTable): boolean {
  return SHORT_BARE_NAME.test(n) && !UNIT_END.test(n) && matchLine(n, table) === null;
}

function sharedParkAuthority(names: readonly string[], i: number, table: LineTable): string | undefined {
  const bare = (n: string): boolean => shortBare(n, table);
  if (!bare(names[i] as string)) return undefined;
  const end = names.findIndex((n, k) => k > i && !bare(n));
  const m = end < 0 ? null : BONDED_ZONE_AUTHORITY.exec(names[end] as string);
  if (!m || !bare(m[1] as string)) return undefined;
  let start = i;
  while (start > 0 && bare(names[start - 1] as string)) start--;
  const isPlace = (n: string): boolean => leadingPlace(n, table)?.length === n.length;
  const placed = [...names.slice(start, end), m[1] as string].some(isPlace);
  return placed ? `${names[i] as string}${m[2] as string}` : undefined;
}
const OTHER_GOVERNMENTS = /^(?:相关|有关|其他).*政府$|^区县政府$/u;
// A town's or street's government after bare names that share it (鱼洞、李家沱街道办事处; 二圣、东温泉、姜家镇人民政府).
// 南彭、木洞等镇 ("and other towns") names towns too; 等镇街 says not which are towns and which streets, and stays as written.
const TOWN_GOVERNMENT = /^([\u3400-\u9fff]{2,4}?)(?:等(?=镇$|街道$|乡$))?(街道办事处|街道|镇人民政府|镇政府|乡人民政府|乡政府|镇|乡)$/u;
// 成都、泸州、宜宾等市商务主管部门: the last of the places, "and other cities", then what they share.
const AND_OTHER_PLACES = /^等(?:市[（(]州[）)]|[市县区州])?/u;

/** Short bare names before a town's or street's government share its ending: 鱼洞 → 鱼洞街道办事处. */
function sharedTownGovernment(names: readonly string[], i: number, table: LineTable): string | undefined {
  // 区妇联, 区科协, 工商联: organisations, not towns; a place of the data file is no town either.
  const bare = (n: string): boolean =>
    shortBare(n, table) && n.length <= 4 && !/^[区市县省]/u.test(n) && !/(?:街道|镇|乡|街|村|联|协)$/u.test(n) && leadingPlace(n, table) === undefined;
  if (!bare(names[i] as string)) return undefined;
  const end = names.findIndex((n, k) => k > i && !bare(n));
  const m = end < 0 ? null : TOWN_GOVERNMENT.exec(names[end] as string);
  return m && leadingPlace(m[1] as string, table) === undefined ? `${names[i] as string}${m[2] as string}` : undefined;
}
const GENERIC_GOVERNMENT = /^[各有关]*区县(?:[（(]自治县[）)])?(人民政府|政府)$/u;

/** The department `place` shares with `next` (成都市 before 重庆市主城都市区各区人力社保部门: 成都市人力社保部门). */
function placeDepartments(place: string, next: string, table: LineTable): string | undefined {
  if (leadingPlace(place, table)?.length !== place.length) return undefined;
  const other = leadingPlace(next, table);
  const department = other === undefined ? null : PLACES_DEPARTMENTS.exec(next.slice(other.length));
  return other !== undefined && other.jurisdiction.name !== leadingPlace(place, table)?.jurisdiction.name && department ? place + (department[1] as string) : undefined;
}
// What follows a place in a phrase of its departments named by their function: 主城都市区各区人力社保部门, 各区县商务部门.
const PLACES_DEPARTMENTS = /^[\u3400-\u9fff]{0,8}?各(?:级|[\u3400-\u9fff]{0,3}?(?:区县|区|县|市(?!场)))([\u3400-\u9fff]{2,10}部门)$/u;

/**
 * The names a list means where places share one unit name (泸州、宜宾市市场监管局; 江津区、永川区市场监管局): a bare place
 * takes the name of the first unit after it that opens with a place of the same level, that place replaced by its
 * own full name (泸州市市场监管局, 宜宾市市场监管局). A bare place with no such unit after it stays as written. Generic cities
 * before generic district governments (各有关市（州）、区县政府) are the cities' governments. `names` are normalised written
 * forms; the result has one name per entry, in order.
 */
export function distributeSharedSuffix(
  written: readonly string[],
  table: LineTable = defaultLineTable(),
  issuingDepartments: readonly string[] = [],
  planIssuingDepartments: readonly string[] = issuingDepartments,
): string[] {
  let names = written;
  // 国家外汇管理局重庆市分局、四川省分局: a central body's name written once before two places' offices; the second shares it.
  names = names.map((n, i) => sharedPrefix(names[i - 1], n, table) ?? n);
  // 遂宁、潼南两地商务主管部门: the places before 两地/三地 share what follows it, each under its full name
  // (遂宁市商务主管部门, 潼南区商务主管部门).
  names = names.map((n, i) => {
    const m = PLACES_WORD.exec(n);
    const before = names[i - 1];
    const place = m ? leadingPlace(n, table) : undefined;
    const afterPlace = before !== undefined && leadingPlace(before, table)?.length === before.length;
    return m && place?.length === (m[1] as string).length && afterPlace ? `${place.jurisdiction.name}${m[2] as string}` : n;
  });
  // 宜宾等市商务主管部门 after bare places (成都、泸州、): the cities' own, 宜宾市商务主管部门; the places before it share that.
  names = names.map((n, i) => {
    const place = leadingPlace(n, table);
    const other = place === undefined ? null : AND_OTHER_PLACES.exec(n.slice(place.length));
    if (!place || !other || other[0] === '' || n.length - place.length - other[0].length < 2) return n;
    const before = names[i - 1];
    const afterPlace = before === undefined || leadingPlace(before, table)?.length === before.length;
    return afterPlace ? place.jurisdiction.name + n.slice(place.length + other[0].length) : n;
  });
  // 木洞等镇 after bare names: 木洞镇.
  names = names.map((n, i) => {
    const m = /^([\u3400-\u9fff]{2,4}?)等(镇|街道|乡)$/u.exec(n);
    return m && i > 0 && sharedTownGovernment(names, i - 1, table) !== undefined ? `${m[1] as string}${m[2] as string}` : n;
  });
  const out = [...names];
  for (let i = 0; i < names.length; i++) {
    const government = GENERIC_GOVERNMENT.exec(names[i + 1] ?? '');
    if (BARE_CITIES.test(names[i] as string) && government) {
      out[i] = `${names[i] as string}${government[1] as string}`;
      continue;
    }
    // 成都市、重庆市主城都市区各区人力社保部门: a place alone before another place's departments named by their function
    // has the same department (成都市人力社保部门), not its government.
    const departments = i + 1 < names.length ? placeDepartments(names[i] as string, names[i + 1] as string, table) : undefined;
    if (departments !== undefined) {
      out[i] = departments;
      continue;
    }
    const division = divisionOfPrevious(names, i, table, issuingDepartments, planIssuingDepartments);
    if (division !== undefined) {
      out[i] = division;
      continue;
    }
    // 天府新区、高新区、东部新区管委会: parks before a park's 管委会 share it.
    if (BARE_PARK.test(names[i] as string)) {
      const authority = names.slice(i + 1).find((n) => !PARK_KIND.test(n));
      if (authority !== undefined && PARK_AUTHORITY.test(authority)) {
        out[i] = `${names[i] as string}${PARK_AUTHORITY.exec(authority)?.[1] as string}`;
        continue;
      }
    }
    // 两路果园港、西永、江津、永川综保区管委会: short names of no unit before a named park's authority share it, as written.
    const shared = sharedParkAuthority(names, i, table) ?? sharedTownGovernment(names, i, table);
    if (shared !== undefined) {
      out[i] = shared;
      continue;
    }
    const place = leadingPlace(names[i] as string, table);
    if (!place || place.length !== (names[i] as string).length) continue;
    // 锦江区、青羊区、双流区等相关区（市）县政府: places before "the other governments" are governments.
    const afterRun = names.slice(i + 1).find((n) => leadingPlace(n, table)?.length !== n.length);
    if (afterRun !== undefined && OTHER_GOVERNMENTS.test(afterRun)) {
      out[i] = `${place.jurisdiction.name}政府`;
      continue;
    }
    for (let k = i + 1; k < names.length; k++) {
      const next = names[k] as string;
      const nextPlace = leadingPlace(next, table);
      if (!nextPlace) break;
      if (nextPlace.length === next.length) continue; // another bare place of the same run
      // Places written short before a vertical office written short share it as written, whatever their levels: 泸州、宜宾海关
      // are 泸州海关 and 宜宾海关, 重庆、成都海关 重庆海关 and 成都海关 (no 泸州市海关: an office named after its place's short
      // name). A local department (成都、德阳发展改革委) takes the places' full names below.
      const short = (written: number, j: Jurisdiction): boolean => written < j.name.length;
      if (short(place.length, place.jurisdiction) && short(nextPlace.length, nextPlace.jurisdiction) && matchLine(next, table)?.line.vertical === true) {
        out[i] = (names[i] as string) + next.slice(nextPlace.length);
        break;
      }
      // Places below a province share a name, whatever their levels (泸州、宜宾市…; 江津区、永川区…; 遂宁市、潼南区发展改革委;
      // 邻水县、渝北区商务局); a district or city before a municipal or provincial unit (永川区、泸州市、重庆市发展改革委;
      // 永川区、重庆海关) is a government of its own.
      if (!PROVINCIAL.has(nextPlace.jurisdiction.level) && !PROVINCIAL.has(place.jurisdiction.level)) {
        out[i] = place.jurisdiction.name + next.slice(nextPlace.length);
      }
      // Two provinces share one too (重庆市、四川省市场监管局: 重庆市市场监管局 and 四川省市场监管局) under the name the first gives
      // its unit of that line: 重庆市、四川省商务厅 makes no 重庆市商务厅.
      else if (PROVINCIAL.has(nextPlace.jurisdiction.level) && PROVINCIAL.has(place.jurisdiction.level) && next.length - nextPlace.length >= 2) {
        const shared = place.jurisdiction.name + next.slice(nextPlace.length);
        const line = matchLine(shared, table)?.line;
        const head = line === undefined ? undefined : place.jurisdiction.heads[line.key];
        // …and otherwise its own unit of that line (重庆市、四川省商务厅: 重庆市商务委 and 四川省商务厅).
        if (line !== undefined) out[i] = head ?? shared;
      }
      break;
    }
  }
  return out;
}

/**
 * The name `name` stands for after `before` when both end alike after a place and `before` has a central body's or a
 * vertical office's name in front of its place (国家外汇管理局重庆市分局 → 四川省分局 is 国家外汇管理局四川省分局; 国家金融监督管理总局重庆监管局 → 四川监管局);
 * undefined otherwise.
 */
const CENTRAL_BODY = /^(?:国家|中国|中华人民共和国)[\u3400-\u9fff]{1,12}(?:局|署|行|会|部|委)$/u;
function sharedPrefix(before: string | undefined, name: string, table: LineTable): string | undefined {
  const place = leadingPlace(name, table);
  if (before === undefined || place === undefined) return undefined;
  const rest = name.slice(place.length);
  if (rest.length < 2 || rest.length > 4) return undefined;
  for (let k = 2; k < before.length - rest.length; k++) {
    const inner = leadingPlace(before.slice(k), table);
    if (inner === undefined || before.slice(k + inner.length) !== rest || inner.jurisdiction === place.jurisdiction) continue;
    const prefix = before.slice(0, k);
    // The front is a central body's name (国家外汇管理局, 国家金融监督管理总局, 中国人民银行) or a vertical line's office
    // (成都铁路公安局成都公安处、重庆公安处: 成都铁路公安局重庆公安处), never a place's or a list's.
    return CENTRAL_BODY.test(prefix) || matchLine(prefix, table)?.line.vertical === true ? prefix + name : undefined;
  }
  return undefined;
}

const OWN_DEPARTMENT_DIVISION = /^([省市区县])([委厅局办])([^委厅局办部]{1,14}(?:处|总队|中心))$/u;

/**
 * A division written without its department after one written with it (重庆市商务委自贸区处、综合处 → 重庆市商务委综合处), or
 * with the department cut to its last character (委电商处, 厅电子商务处 after 重庆市商务委… or 四川省商务厅…): the same department's;
 * 省厅X and 市局X, the issuing department's.
 * `issuing`: the departments among the plan's issuers in the list's place.
 */
function divisionOfPrevious(
  names: readonly string[],
  i: number,
  table: LineTable,
  issuing: readonly string[] = [],
  planIssuing: readonly string[] = issuing,
): string | undefined {
  const name = names[i] as string;
  if (!/(?:处|总队|中心)$/.test(name) || /办事处$/.test(name) || leadingPlace(name, table) !== undefined || departmentOf(name, table) !== undefined) return undefined;
  // 省厅治安总队, 市局工伤保险处, 省局纳税服务处: an issuing department of the plan, named by its place's level and its last
  // character, as a department's own notice names its divisions (市局 in a notice of 四川省税务局 and 重庆市税务局 is 重庆's,
  // in whichever list it stands).
  const own = OWN_DEPARTMENT_DIVISION.exec(name);
  if (own) {
    const [, level, end, division] = own as unknown as [string, string, string, string];
    const department = planIssuing.filter((d) => d.endsWith(end) && leadingPlace(d, table)?.jurisdiction.name.endsWith(level) === true);
    return department.length === 1 ? (department[0] as string) + division : undefined;
  }
  // 省劳动保障监察总队: a body of the province's, not a division of the department before it (区域合作处 and 县域经济处 are
  // divisions); a centre is the department's only written 市局X中心 (above).
  if ((/^[省市区县]/u.test(name) && (name.endsWith('总队') || matchLine(name, table) !== null)) || /中心$/u.test(name)) return undefined;
  // Only the division right before it (or the one that division was read as) names the department; with none, the one
  // department that issued the plan for this list's place (委电商处 in a notice of 重庆市商务委员会).
  const before = i > 0 ? (departmentOf(names[i - 1] as string, table)?.department ?? departmentOf(divisionOfPrevious(names, i - 1, table, issuing, planIssuing) ?? '', table)?.department) : undefined;
  // A 管理处 is a division only after one (省税务局纳税服务处、征收管理处); else a body of its own (寸滩港区管理处).
  const previous = before ?? (issuing.length === 1 && !/管理处$/u.test(name) ? issuing[0] : undefined);
  if (previous === undefined) return undefined;
  const cut = /^([委厅局办部])(.+)$/u.exec(name);
  if (cut && previous.endsWith(cut[1] as string)) return previous + (cut[2] as string);
  return /^[^委厅局办部]{1,14}(?:处|总队)$/u.test(name) ? previous + name : undefined;
}

/**
 * A unit's short or second name in brackets at its end: 市政府口岸物流办（市物流办）, 市委网信办（市网信办）, and in 〔〕 as some
 * cities write it (市经信局〔市新经济委〕); a centre's too (省人才交流中心（省人力资源市场服务中心）).
 */
// Up to 24 characters: a leading group's office is a long name (省推进成德眉资同城化发展领导小组办公室).
const SHORT_NAME = /^(.{2,}?)(?:[（(]([^（）()〔〕]{2,24}(?:[办局委厅会处室组]|中心))[）)]|〔([^（）()〔〕]{2,24}(?:[办局委厅会处室组]|中心))〕)$/u;

/**
 * A written unit and the name in brackets at its end. A short name made of the name's own characters
 * (市政府口岸物流办（市物流办） → 市政府口岸物流办 and short 市物流办); any other unit's name is a second name the body bears
 * or the office of it that does the work (市市场监管局（市知识产权局）, 市商务委（市自贸办）: one body, two plates), and the unit
 * is the one before the bracket. A bracket inside the name (中新（重庆）…管理局) or one that names no unit (重庆海关（含各隶属海关）)
 * stays part of it.
 */
export function splitBracketName(name: string): { name: string; short?: string; second?: string } {
  const m = SHORT_NAME.exec(name);
  if (!m) return { name };
  const main = m[1] as string;
  const bracketed = (m[2] ?? m[3]) as string;
  let at = 0;
  for (const ch of bracketed) {
    at = main.indexOf(ch, at) + 1;
    if (at === 0) return { name: main, second: bracketed };
  }
  return { name: main, short: bracketed };
}

// 两省市发展改革委, 川渝两地海关, 双方商务部门, 三地…: an office of each of the plan's places, named by what follows.
const EACH_SIDE = /^(?:川渝|渝川)?(两地|两省市|两省|双方|三地|三方)(.{2,})$/u;
const SIDES: Readonly<Record<string, number>> = { 两地: 2, 两省市: 2, 两省: 2, 双方: 2, 三地: 3, 三方: 3 };

/**
 * 两地招商投资部门、商务部门: the later bare departments of a list share its first entry's 两地 (each side's 商务部门 too, not
 * one side's), and so do the bare offices of a vertical line (两地人民银行、外汇局; 两地商务部门、海关: each side's 外汇局 and
 * 海关), which name no one office alone. Other forms stay as they are.
 */
export function shareEachSide(forms: readonly string[], table: LineTable = defaultLineTable()): string[] {
  let side: string | undefined;
  return forms.map((form) => {
    const m = EACH_SIDE.exec(form);
    if (m) {
      side = form.slice(0, form.length - (m[2] as string).length);
      return form;
    }
    if (side !== undefined && (/^[^省市区县]\S{0,10}部门$/u.test(form) || isBareVerticalOffice(form, table))) return side + form;
    side = undefined;
    return form;
  });
}

/** A form that is nothing but the pattern putting it on a vertical line (海关, 外汇局, 人民银行): no office of its own. */
function isBareVerticalOffice(form: string, table: LineTable): boolean {
  const match = matchLine(form, table);
  if (match === null || !match.line.vertical) return false;
  const { prefix, suffix, contains } = match.pattern;
  return form === prefix || form === suffix || form === contains;
}

/**
 * The units a written form names on each side of the plan (两省市发展改革委 in a 川渝 plan: 重庆市发展改革委 and
 * 四川省发展改革委; 川渝两地海关: 重庆海关 and 成都海关), each with its place, and a generic entry each side's (两地有关部门);
 * undefined for any other form, when the count the form gives is not the plan's number of places, or for one body of both. A
 * vertical office is the place's head on its line; a department, the place's (市X, 省X, 区X).
 */
export function eachSide(
  form: string,
  places: readonly Jurisdiction[],
  table: LineTable = defaultLineTable(),
  asOf?: string,
): Array<{ form: string; place: Jurisdiction }> | undefined {
  const m = EACH_SIDE.exec(form);
  if (!m || SIDES[m[1] as string] !== places.length || places.some((p) => p.level === 'NATIONAL' || p.level === 'REGION')) return undefined;
  const rest = m[2] as string;
  // 两省市联合办公室, 川渝两地联合工作专班: one body of both, not one of each.
  if (/联合/u.test(rest) || jointBodyJurisdiction(form, table) !== undefined) return undefined;
  // 两地有关部门, 两地各级医保经办机构, 两地区县政府: each side's generic entry, named after its place as a generic entry
  // in its list is (重庆市有关部门, 四川省有关部门), not one side's named for both.
  if (isGenericUnit(rest, table)) return places.map((place) => ({ form: rest, place }));
  // 两地金融监管局 in a plan of 2024: the offices of a vertical line that each place names after itself (重庆金融监管局,
  // 四川金融监管局), under the names they carried on the plan's day; before 2023 those were 银保监局, and the form named
  // each side's local 金融监管局.
  const named = places.map((place) => verticalHeadNamed(place, rest, asOf, table));
  if (named.every((n) => n !== undefined)) return places.map((place, i) => ({ form: named[i] as string, place }));
  // A vertical office is the place's head on its line; so is a department whose head's name ends as the form does
  // but not as place + form (两地金融监管局 before 2023: 四川省地方金融监管局, not a made-up 四川省金融监管局).
  const line = matchLine(rest, table)?.line;
  return places.map((place) => {
    const head = line === undefined ? undefined : nameAsOf(place.heads[line.key] ?? '', asOf, table);
    // A department the form names as its abbreviation expands (市发展改革委) stays that form, as written in a list.
    const isHead = head !== undefined && head !== '' && (line?.vertical === true || (head.endsWith(rest) && head !== place.name + rest));
    return { form: isHead ? head : `${place.contextPrefixes[0] ?? place.name}${rest}`, place };
  });
}

/** The place's head on a vertical line, on the day `asOf`, when its name is the place's own name or stem and `office`. */
function verticalHeadNamed(place: Jurisdiction, office: string, asOf: string | undefined, table: LineTable): string | undefined {
  for (const [key, head] of Object.entries(place.heads)) {
    if (table.lineByKey.get(key)?.vertical !== true) continue;
    const name = nameAsOf(head, asOf, table);
    if (place.markers.some((marker) => name === marker + office)) return name;
  }
  return undefined;
}

