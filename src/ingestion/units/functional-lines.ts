import { z } from 'zod';
import rawTable from '../../../data/functional-lines.json';
import { AppError, ErrorCode } from '../../errors';
import { UNIT_KINDS } from '../../model/units';

const nonEmpty = z.string().min(1);

const NamePatternSchema = z
  .object({
    prefix: nonEmpty.optional(),
    suffix: nonEmpty.optional(),
    contains: nonEmpty.optional(),
  })
  .strict()
  .refine((p) => p.prefix !== undefined || p.suffix !== undefined || p.contains !== undefined, {
    message: 'a pattern needs at least one of prefix, suffix, contains',
  });

const LinePatternSchema = z
  .object({
    prefix: nonEmpty.optional(),
    suffix: nonEmpty.optional(),
    contains: nonEmpty.optional(),
    kind: z.enum(UNIT_KINDS).optional(),
  })
  .strict()
  .refine((p) => p.prefix !== undefined || p.suffix !== undefined || p.contains !== undefined, {
    message: 'a pattern needs at least one of prefix, suffix, contains',
  });

const FunctionalLineSchema = z
  .object({
    key: z.string().regex(/^[a-z][a-z0-9_]*$/),
    zh: nonEmpty,
    en: nonEmpty,
    vertical: z.boolean(),
    defaultKind: z.enum(UNIT_KINDS),
    linkToParent: z.boolean().optional(),
    peerGroups: z.array(NamePatternSchema).optional(),
    note: z.string().optional(),
    patterns: z.array(LinePatternSchema).min(1),
  })
  .strict();

/** REGION: the two provinces together (川渝), the jurisdiction of the bodies they run jointly; it contains no place. */
export const JURISDICTION_LEVELS = ['NATIONAL', 'REGION', 'PROVINCE', 'MUNICIPALITY', 'CITY', 'DISTRICT', 'COUNTY'] as const;
export type JurisdictionLevel = (typeof JURISDICTION_LEVELS)[number];

const JurisdictionSchema = z
  .object({
    name: nonEmpty,
    level: z.enum(JURISDICTION_LEVELS),
    parent: nonEmpty.optional(),
    contextPrefixes: z.array(nonEmpty),
    markers: z.array(nonEmpty),
    seatMarkers: z.array(nonEmpty),
    abbreviations: z.array(nonEmpty),
    aliases: z.array(nonEmpty),
    heads: z.record(z.string(), nonEmpty),
  })
  .strict();

/** 2023-07-20, not 2023-13-45 (which the pattern alone lets through). */
function isCalendarDay(day: string): boolean {
  const t = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(day);
}

const RenameSchema = z
  .object({
    former: nonEmpty,
    current: nonEmpty,
    jurisdiction: nonEmpty,
    since: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isCalendarDay, { message: 'not a day of the calendar' })
      .optional(),
    note: z.string().optional(),
  })
  .strict();

const LineTableSchema = z
  .object({
    $comment: z.array(z.string()).optional(),
    version: z.literal(1),
    lines: z.array(FunctionalLineSchema).min(1),
    generic: z.array(NamePatternSchema),
    kindRules: z.array(LinePatternSchema.and(z.object({ kind: z.enum(UNIT_KINDS) }))),
    jurisdictions: z.array(JurisdictionSchema).min(1),
    nonPrefixWords: z.array(nonEmpty),
    keepAsWrittenPrefixes: z.array(nonEmpty),
    officialNames: z.record(z.string(), nonEmpty),
    otherNames: z.record(z.string(), z.array(nonEmpty)).default({}),
    officialPrefixes: z.array(nonEmpty).default([]),
    renames: z.array(RenameSchema).default([]),
    nationalBodies: z.record(z.string(), nonEmpty).default({}),
    landmarks: z.record(z.string(), nonEmpty).default({}),
    lowerShortForms: z.record(z.string(), z.record(z.string(), nonEmpty)).default({}),
    jointBodies: z.object({ jurisdiction: nonEmpty, patterns: z.array(NamePatternSchema) }).strict().optional(),
  })
  .strict();

export type NamePattern = z.infer<typeof NamePatternSchema>;
export type LinePattern = z.infer<typeof LinePatternSchema>;
export type FunctionalLine = z.infer<typeof FunctionalLineSchema>;
export type Jurisdiction = z.infer<typeof JurisdictionSchema>;
export type LineTableData = z.infer<typeof LineTableSchema>;
export type Rename = z.infer<typeof RenameSchema>;

/** The validated data file plus the lookups every resolution step needs. */
export interface LineTable {
  data: LineTableData;
  lines: readonly FunctionalLine[];
  lineByKey: ReadonlyMap<string, FunctionalLine>;
  /** By name and by every alias. */
  jurisdictionByName: ReadonlyMap<string, Jurisdiction>;
  /** The renames table by former name. */
  renameByFormer: ReadonlyMap<string, Rename>;
  /** The canonical name an official name or another full form stands for (国家税务总局重庆市税务局 → 重庆市税务局). */
  canonicalByFullName: ReadonlyMap<string, string>;
}

export interface LineMatch {
  line: FunctionalLine;
  pattern: LinePattern;
}

/**
 * Validates a table (the parsed JSON) and builds its lookups. Cross-references are checked here so that a
 * typo by whoever extends the file fails loudly at start-up instead of silently leaving units unparented.
 */
export function loadLineTable(raw: unknown): LineTable {
  const parsed = LineTableSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(ErrorCode.CONFIG_INVALID, `functional-lines table is invalid: ${z.prettifyError(parsed.error)}`);
  }
  const data = parsed.data;
  const problems: string[] = [];

  const lineByKey = new Map<string, FunctionalLine>();
  for (const line of data.lines) {
    if (lineByKey.has(line.key)) problems.push(`duplicate line key ${line.key}`);
    lineByKey.set(line.key, line);
  }

  const jurisdictionByName = new Map<string, Jurisdiction>();
  for (const j of data.jurisdictions) {
    for (const n of [j.name, ...j.aliases]) {
      const seen = jurisdictionByName.get(n);
      if (seen && seen !== j) problems.push(`jurisdiction name or alias ${n} is used twice`);
      jurisdictionByName.set(n, j);
    }
  }
  for (const j of data.jurisdictions) {
    if (j.parent !== undefined && !data.jurisdictions.some((p) => p.name === j.parent)) {
      problems.push(`jurisdiction ${j.name}: unknown parent ${j.parent}`);
    }
    for (const key of Object.keys(j.heads)) {
      if (!lineByKey.has(key)) problems.push(`jurisdiction ${j.name}: head for unknown line ${key}`);
    }
  }
  if (data.jointBodies !== undefined && jurisdictionByName.get(data.jointBodies.jurisdiction)?.level !== 'REGION') {
    problems.push(`jointBodies: ${data.jointBodies.jurisdiction} is no jurisdiction of level REGION`);
  }
  for (const top of Object.keys(data.lowerShortForms)) {
    if (!data.jurisdictions.some((j) => j.name === top && (j.level === 'PROVINCE' || j.level === 'MUNICIPALITY'))) problems.push(`lowerShortForms: ${top} is no province or municipality`);
  }
  for (const [landmark, place] of Object.entries(data.landmarks)) {
    if (!data.jurisdictions.some((j) => j.name === place)) problems.push(`landmark ${landmark}: ${place} is no jurisdiction's name`);
  }
  const renameByFormer = new Map<string, Rename>();
  for (const r of data.renames) {
    if (!jurisdictionByName.has(r.jurisdiction)) problems.push(`rename ${r.former}: unknown jurisdiction ${r.jurisdiction}`);
    if (r.former === r.current) problems.push(`rename ${r.former}: former and current are the same name`);
    if (renameByFormer.has(r.former)) problems.push(`rename ${r.former}: listed twice`);
    renameByFormer.set(r.former, r);
  }
  for (const r of data.renames) {
    // A chain of renames must end: 甲 → 乙 → 甲 would send a head lookup round forever.
    const seen = new Set([r.former]);
    for (let next = renameByFormer.get(r.current); next; next = renameByFormer.get(next.current)) {
      if (seen.has(next.former)) {
        problems.push(`rename ${r.former}: the chain of renames comes back to ${next.former}`);
        break;
      }
      seen.add(next.former);
    }
  }
  const canonicalByFullName = new Map<string, string>();
  const fullNames = [...Object.entries(data.officialNames).map(([c, n]) => [c, [n]] as const), ...Object.entries(data.otherNames)];
  for (const [canonical, names] of fullNames) {
    for (const n of names) {
      const seen = canonicalByFullName.get(n);
      if (seen !== undefined && seen !== canonical) problems.push(`${n} stands for both ${seen} and ${canonical}`);
      if (n !== canonical) canonicalByFullName.set(n, canonical);
    }
  }
  for (const canonical of new Set(canonicalByFullName.values())) {
    // A canonical name must not itself stand for another: resolution would then depend on the order of the look-ups.
    const further = canonicalByFullName.get(canonical);
    if (further !== undefined) problems.push(`${canonical} is a canonical name and stands for ${further}`);
  }
  if (problems.length > 0) {
    throw new AppError(ErrorCode.CONFIG_INVALID, `functional-lines table is invalid: ${problems.join('; ')}`, { problems });
  }
  return { data, lines: data.lines, lineByKey, jurisdictionByName, renameByFormer, canonicalByFullName };
}

let defaultTable: LineTable | undefined;

/**
 * A value derived from a data file once and kept for as long as the table lives (an index of its place names, its
 * official endings): `perTable(build)(table)` builds on the first call per table.
 */
export function perTable<T>(build: (table: LineTable) => T): (table: LineTable) => T {
  const built = new WeakMap<LineTable, T>();
  return (table) => {
    if (!built.has(table)) built.set(table, build(table));
    return built.get(table) as T;
  };
}

/** Whether a jurisdiction is a province or a municipality, the top of a 川渝 plan's places. */
export function isProvincial(j: Jurisdiction): boolean {
  return j.level === 'PROVINCE' || j.level === 'MUNICIPALITY';
}

/** The table shipped in data/functional-lines.json, validated once. */
export function defaultLineTable(): LineTable {
  defaultTable ??= loadLineTable(rawTable);
  return defaultTable;
}

export function matchesPattern(name: string, p: NamePattern): boolean {
  return (
    (p.prefix === undefined || name.startsWith(p.prefix)) &&
    (p.suffix === undefined || name.endsWith(p.suffix)) &&
    (p.contains === undefined || name.includes(p.contains))
  );
}

/**
 * The name a body carried on a day: the name given, followed through the renames table while a rename took effect on
 * or before `asOf` (重庆银保监局 in a plan of June 2023, 重庆金融监管局 in one of 2024). Without a day, or for a rename
 * without a date, the name stays.
 */
export function nameAsOf(name: string, asOf: string | undefined, table: LineTable = defaultLineTable()): string {
  let current = name;
  for (let r = table.renameByFormer.get(current); r && asOf !== undefined && r.since !== undefined && r.since <= asOf; r = table.renameByFormer.get(current)) {
    current = r.current;
  }
  return current;
}

/** First line, in file order, with a pattern the name matches: the file is ordered most specific first. */
export function matchLine(name: string, table: LineTable = defaultLineTable()): LineMatch | null {
  for (const line of table.lines) {
    for (const pattern of line.patterns) {
      if (matchesPattern(name, pattern)) return { line, pattern };
    }
  }
  return null;
}

/**
 * The department a division belongs to (重庆市商务委自贸区处 → 重庆市商务委, 四川省商务厅服务贸易和商贸服务业处 → 四川省商务厅):
 * the name up to its last 委/厅/局/办/部 before a …处 or …总队 with none of them, when that part is on a line. Undefined for any
 * other name (重庆铁路办事处 is an office, not a division of a 重庆铁路办).
 */
export function departmentOf(name: string, table: LineTable = defaultLineTable()): { department: string; line: FunctionalLine } | undefined {
  // An office away from the department (驻深圳办事处) is no division of it; a 管理处 after a department's name is
  // (四川省税务局征收管理处), one after a park's (寸滩港区管理处) has no department in its name.
  if (NOT_A_DIVISION.test(name)) return undefined;
  const m = DIVISION_OF_OFFICE.exec(name) ?? DIVISION.exec(name);
  if (!m) return undefined;
  const department = m[1] as string;
  const match = matchLine(department, table);
  return match ? { department, line: match.line } : undefined;
}
// The department's name ends in 委员会, 办公室 or 办公厅 (市政府办公室督查处), else in its last 委/厅/局/办/部. A police
// department's divisions are 总队 (四川省公安厅治安总队, 重庆市公安局交巡警总队); a department's centre (重庆市市场监管局信息中心)
// is its own too.
const DIVISION_OF_OFFICE = /^(.+(?:委员会|办公室|办公厅))[^委厅局办部]{1,14}(?:处|总队|中心)$/u;
const DIVISION = /^(.+[委厅局办部])[^委厅局办部]{1,14}(?:处|总队|中心)$/u;
const NOT_A_DIVISION = /办事处$|驻/u;

/** 市级有关部门, 各区县政府 …: entries that stand for a set of units, not one. */
export function isGenericUnit(name: string, table: LineTable = defaultLineTable()): boolean {
  return table.data.generic.some((p) => matchesPattern(name, p));
}

/**
 * An area both provinces run (川渝高竹新区: a jurisdiction of level REGION with markers) whose marker opens the name, and
 * the name with the area's full name in front (高竹新区税务局 → 川渝高竹新区税务局); undefined for any other name.
 */
export function jointAreaOf(name: string, table: LineTable = defaultLineTable()): { jurisdiction: Jurisdiction; name: string } | undefined {
  // 国家税务总局川渝高竹新区税务局 is the area's 税务局, as 国家税务总局宜宾市税务局 is 宜宾市税务局.
  const prefix = table.data.officialPrefixes.find((p) => name.startsWith(p));
  const bare = prefix === undefined ? name : name.slice(prefix.length);
  for (const j of table.data.jurisdictions) {
    if (j.level !== 'REGION') continue;
    const marker = j.markers.find((m) => bare.startsWith(m) && bare.length > m.length);
    // …管理委员会 is …管委会, as plans write it (两江新区管委会).
    if (marker !== undefined) return { jurisdiction: j, name: j.name + bare.slice(marker.length).replace(/管理委员会$/u, '管委会') };
  }
  return undefined;
}

/**
 * The jurisdiction of a body 重庆 and 四川 run together (川渝自贸试验区协同开放示范区建设联合办公室), or undefined for any
 * other name. A name that opens with one side's place (四川省…办公室) is that side's own office.
 */
export function jointBodyJurisdiction(name: string, table: LineTable = defaultLineTable()): Jurisdiction | undefined {
  const joint = table.data.jointBodies;
  if (joint === undefined || !joint.patterns.some((p) => matchesPattern(name, p))) return undefined;
  // 区招商引资联合办公室 opens with the list's own place (区, 市, 县, 省): that place's office.
  const onOneSide =
    /^[区市县省]/u.test(name) || table.data.jurisdictions.some((j) => j.level !== 'NATIONAL' && j.level !== 'REGION' && [j.name, ...j.markers].some((m) => name.startsWith(m)));
  return onOneSide ? undefined : table.jurisdictionByName.get(joint.jurisdiction);
}
