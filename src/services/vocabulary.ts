import { distance } from 'fastest-levenshtein';
import type { Database } from '../db';
import { defaultLineTable, type Jurisdiction, type LineTable } from '../ingestion/units/functional-lines';
import { UNIT_KINDS } from '../model/units';
import { badInput, notFound } from './errors';
import { normalizeUnitName } from './names';

/**
 * The closed vocabularies of the filters (jurisdictions, functional lines, unit kinds), checked against the table units
 * were resolved with (data/functional-lines.json), not against what the graph happens to hold: a value the table knows
 * is valid and may match nothing yet; a value it does not know is the client's mistake and says so, instead of an
 * empty answer that looks like "no such measures" (`jurisdiction: "重庆"`, `functionalLine: "海关"` were both empty).
 */

const SUGGESTIONS = 5;
/** The level suffixes a jurisdiction's short name leaves off (重庆 → 重庆市, 永川 → 永川区). */
const LEVEL_SUFFIXES = ['市', '省', '区', '县', '自治县', '自治州'];

const blank = (v: string | null | undefined): v is null | undefined => v === null || v === undefined || v.trim() === '';

/** The levels a place written with this suffix can have (石柱县: a county). */
const SUFFIX_LEVELS: Readonly<Record<string, readonly string[]>> = { 自治县: ['COUNTY'], 县: ['COUNTY'], 区: ['DISTRICT'], 市: ['CITY', 'COUNTY'], 自治州: ['CITY'], 州: ['CITY'] };

/**
 * A jurisdiction's canonical name from its name, an alias (重庆, 重庆市永川区) or its short name (永川); null for a
 * missing or blank value; NOT_FOUND naming `argument`, with the closest names, for an unknown one.
 */
export function jurisdictionName(value: string | null | undefined, argument: string, table: LineTable = defaultLineTable()): string | null {
  if (blank(value)) return null;
  const key = normalizeUnitName(value); // the PDF's stray spaces, as in unit names
  const found = table.jurisdictionByName.get(key) ?? LEVEL_SUFFIXES.map((s) => table.jurisdictionByName.get(key + s)).find((j) => j !== undefined);
  if (found) return found.name;
  // A short name no suffix rule gives (石柱 for 石柱土家族自治县, also written 石柱县 or 石柱自治县): the place markers of
  // the data file, when one place has it. A suffix taken off must fit the place's level: 石柱县 is the county, 重庆县
  // nothing.
  const marked = (stem: string, levels?: readonly string[]): Jurisdiction[] =>
    table.data.jurisdictions.filter((j) => j.level !== 'NATIONAL' && j.markers.includes(stem) && (levels === undefined || levels.includes(j.level)));
  let byMarker = marked(key);
  const suffix = /(?:自治县|自治州|县|区|市|州)$/u.exec(key)?.[0];
  if (byMarker.length !== 1 && suffix !== undefined) byMarker = marked(key.slice(0, -suffix.length), SUFFIX_LEVELS[suffix]);
  if (byMarker.length === 1) return (byMarker[0] as Jurisdiction).name;
  const suggestions = closest(key, table.data.jurisdictions.flatMap((j) => [j.name, ...j.aliases].map((n) => ({ name: n, canonical: j.name }))));
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(', ')}?` : '';
  throw notFound(`No jurisdiction is named "${value}".${hint}`, { argument, suggestions });
}

/** A functional line's key from its key (customs), Chinese name (海关) or English name (Customs); null for blank. */
export function functionalLineKey(value: string | null | undefined, argument: string, table: LineTable = defaultLineTable()): string | null {
  if (blank(value)) return null;
  const key = value.trim();
  const lower = key.toLowerCase();
  const line = table.lines.find((l) => l.key === lower || l.zh === key || l.en.toLowerCase() === lower);
  if (line) return line.key;
  const allowed = table.lines.map((l) => l.key);
  throw badInput(argument, `${argument} "${value}" is not a functional line; give a key (${allowed.join(', ')}) or its Chinese or English name.`, {
    allowed,
  });
}

/** A unit kind (COURT, VERTICAL_AGENCY, …), in any letter case; null for blank. */
export function unitKind(value: string | null | undefined, argument: string): string | null {
  if (blank(value)) return null;
  const key = value.trim().toUpperCase();
  if ((UNIT_KINDS as readonly string[]).includes(key)) return key;
  throw badInput(argument, `${argument} "${value}" is not a unit kind; give one of ${UNIT_KINDS.join(', ')}.`, { allowed: [...UNIT_KINDS] });
}

/**
 * The canonical names of the candidates closest to `key`: a name containing it or contained in it first, then by edit
 * distance; each canonical name once.
 */
export function closest(key: string, candidates: readonly { name: string; canonical: string }[], limit = SUGGESTIONS): string[] {
  const scored = candidates.map((c) => {
    const contains = c.name.includes(key) || key.includes(c.name);
    return { canonical: c.canonical, score: distance(key, c.name) - (contains ? 100 : 0) };
  });
  scored.sort((a, b) => a.score - b.score || a.canonical.localeCompare(b.canonical));
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.canonical)) out.push(s.canonical);
    if (out.length === limit) break;
  }
  return out;
}

/** Known canonical unit names closest to a written name: containment first, then edit distance over names and aliases. */
export async function closestUnitNames(db: Database, name: string): Promise<string[]> {
  return closest(normalizeUnitName(name), await db.read<{ name: string; canonical: string }>('get-unit-names'));
}
