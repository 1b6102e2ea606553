/**
 * Things a plan names: platforms and programmes, zones/parks/ports, cited documents, agreements and
 * coordination mechanisms. The vocabulary lives in data/entity-patterns.json so a domain expert can extend it.
 */
import type { EntityKind, Mention } from '../../model/parsed';
import vocabulary from '../../../data/entity-patterns.json';
import { canonicalDocNumber, DOC_NUMBER_SOURCE } from './patterns';
import { canonicalName, type Composite } from './text';

interface TermInfo {
  kind: EntityKind;
  subtype: string;
}
interface SuffixInfo extends TermInfo {
  standalone: boolean;
  requireProperPrefix: boolean;
  notFollowedBy: string;
  /** The rule's own boundary words, on top of the shared ones (建设 before 铁路口岸, 联动 before 两江新区). */
  boundaryWords: readonly string[];
}

const QUOTES = '“”"‘’「」\'';
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Quote marks compare equal whatever their shape; wrapping spaces are ignored. */
const normKey = (s: string): string => s.replace(/\s+/g, '').replace(/[“”"‘’「」']/g, '"');

function termSource(name: string, asciiWord: boolean): string {
  if (asciiWord) return `(?<![A-Za-z])${escapeRe(name)}(?![A-Za-z])`;
  return [...name].map((c) => (QUOTES.includes(c) ? `[${QUOTES}]` : escapeRe(c))).join('\\s*');
}

const TERM_INFO = new Map<string, TermInfo>();
const termSources: string[] = [];
for (const group of vocabulary.terms) {
  const info: TermInfo = { kind: group.kind as EntityKind, subtype: group.subtype };
  for (const name of group.names) {
    TERM_INFO.set(normKey(name), info);
    termSources.push(termSource(name, 'asciiWord' in group && group.asciiWord === true));
  }
}
// Longest first, so that at one position the fuller name (国际贸易“单一窗口”) wins.
termSources.sort((a, b) => b.length - a.length);
const TERMS_RE = new RegExp(termSources.join('|'), 'g');

const SUFFIX_INFO = new Map<string, SuffixInfo>();
for (const rule of vocabulary.suffixRules) {
  for (const suffix of rule.suffixes) {
    SUFFIX_INFO.set(suffix, {
      kind: rule.kind as EntityKind,
      subtype: rule.subtype,
      standalone: 'standalone' in rule && Array.isArray(rule.standalone) && rule.standalone.includes(suffix),
      requireProperPrefix: 'requireProperPrefix' in rule && rule.requireProperPrefix === true,
      notFollowedBy: 'notFollowedBy' in rule && typeof rule.notFollowedBy === 'string' ? rule.notFollowedBy : '',
      boundaryWords: 'boundaryWords' in rule && Array.isArray(rule.boundaryWords) ? rule.boundaryWords : [],
    });
  }
}
const SUFFIX_RE = new RegExp(
  [...SUFFIX_INFO.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|'),
  'g',
);
const BOUNDARY_CHARS = new Set([...vocabulary.boundaryChars]);
const BOUNDARY_WORDS = [...vocabulary.boundaryWords].sort((a, b) => b.length - a.length);
/** Words a boundary word inside does not cut (服务 cuts 服务永川…, not 两江新区服务贸易产业园). */
const COMPOUNDS: readonly string[] = vocabulary.compounds;
/** Every other name of a platform, zone or mechanism → the one name the graph gives it; and that name → the others. */
const SAME_AS = new Map<string, string>();
const VARIANTS = new Map<string, readonly string[]>();
for (const entry of vocabulary.sameAs) {
  // The name itself too: written with other quote marks (国际贸易"单一窗口") it is still this node.
  for (const form of [entry.name, ...entry.variants]) SAME_AS.set(normKey(form), entry.name);
  VARIANTS.set(normKey(entry.name), entry.variants);
}

/** A zone written with the short form of its kind (江津综保区) under the long form (江津综合保税区). */
const SUFFIX_SAME_AS: ReadonlyArray<readonly [string, string]> = Object.entries(vocabulary.suffixSameAs as Record<string, string>);
function longForm(name: string): string {
  for (const [short, long] of SUFFIX_SAME_AS) if (name.endsWith(short)) return name.slice(0, -short.length) + long;
  return name;
}

/** The variants data/entity-patterns.json lists for a canonical name (none for most names). */
export function knownVariants(name: string): string[] {
  return [...(VARIANTS.get(normKey(name)) ?? [])];
}
const PROPER_PREFIXES = vocabulary.properPrefixes;
const PLACE_PREFIXES = vocabulary.placePrefixes;
const REJECT_NAMES: readonly string[] = vocabulary.rejectNames;
const REJECT_STARTS = vocabulary.rejectStarts.map((s) => new RegExp(s));
const LEADING_WORDS: readonly string[] = [...vocabulary.leadingWords].sort((a, b) => b.length - a.length);
const MAX_LOOKBACK = 32;
const DIVISION_AFTER = /^处(?![于理置在])/u;
const ABBREVIATION_NOTE = /^\s*(?:以下)?(?:简称|统称)/u;
const NAME_CHAR = /[\u3400-\u9fff\s]/;
const ITEM_NUMBER_START = /^\s*(?:[（(][一二三四五六七八九十百0-9０-９]+[）)]|第[一二三四五六七八九十百]+条)\s*/u;

// A title may be followed by its document number (渝府〔2019〕3号) or, for an agreement, its Latin abbreviation (RCEP).
const TITLE_RE = new RegExp(`《([^《》\\n]{1,120})》(?:\\s*[（(]\\s*(?:(${DOC_NUMBER_SOURCE})|([A-Z][A-Za-z]{1,9}))\\s*[）)])?`, 'g');
const BARE_DOC_RE = new RegExp(DOC_NUMBER_SOURCE, 'g');
const AGREEMENT_TITLE = /(?:协定|协议|条约|公约|安排)$/;
// The abbreviation regex is greedy; whatever precedes the last of these words is running text, not the issuer.
const DOC_LEAD_WORDS = /^.*(?:根据|按照|依据|参照|执行|落实|贯彻|印发|详见|见|和|与|及|或)/;

interface Candidate {
  start: number;
  end: number;
  kind: EntityKind;
  subtype?: string;
  docNumber?: string;
  /** A title's abbreviation in brackets after it: the same agreement, not a second one. */
  abbreviation?: string;
  /** Where the whole match ends, the bracketed abbreviation included (`end` is the title's). */
  coverEnd?: number;
  /** Vocabulary terms survive inside longer generic names (西部陆海新通道 in …综合运营平台). */
  fromVocabulary: boolean;
  /** The name, where the span holds only part of it (眉山 of 德阳、眉山、资阳协同改革先行区). */
  name?: string;
}

/** Start of the name that ends at `end` (exclusive), reading back over Chinese characters and balanced （）. */
function lookBack(text: string, end: number): number {
  let i = end;
  let depth = 0;
  let closeAt = -1;
  const limit = Math.max(0, end - MAX_LOOKBACK);
  while (i > limit) {
    const c = text.charAt(i - 1);
    if (c === '）' || c === ')') {
      if (depth === 0) closeAt = i - 1;
      depth++;
    } else if (c === '（' || c === '(') {
      if (depth === 0) break;
      depth--;
      // （以下简称四川自贸试验区）川南临港片区: the name before such a bracket is another one.
      if (depth === 0 && ABBREVIATION_NOTE.test(text.slice(i, closeAt))) return closeAt + 1;
    } else if (!NAME_CHAR.test(c) || c === '\n') break;
    i--;
  }
  // An unbalanced ） left at the start means the run began inside a bracket we cannot see.
  while (depth > 0 && i < end) {
    const c = text.charAt(i);
    i++;
    if (c === '）' || c === ')') depth--;
  }
  return i;
}

/**
 * Cuts the run before a suffix down to the name: after the last boundary character or boundary word
 * (outside brackets), then, if it does not begin with a proper prefix, at the last one it contains.
 */
function trimName(text: string, start: number, end: number, ruleWords: readonly string[], keepAdjacent = false): number {
  let s = start;
  let depth = 0;
  const outside: boolean[] = [];
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    outside.push(depth === 0);
    // A boundary character that opens a boundary word (对接, 以下简称) cuts after the word, not after itself
    // (接重庆自贸试验区).
    if (depth === 0 && BOUNDARY_CHARS.has(c)) s = Math.min(end, Math.max(s, i + (BOUNDARY_WORDS.find((w) => text.startsWith(w, i))?.length ?? 1)));
  }
  // Search only the short run, never the rest of the item: this runs once per suffix found.
  const run = text.slice(start, end);
  const inCompound = (at: number, w: string): boolean =>
    COMPOUNDS.some((c) => {
      const i = c.indexOf(w);
      return i >= 0 && run.startsWith(c, at - i);
    });
  for (const w of [...ruleWords, ...BOUNDARY_WORDS]) {
    let at = run.indexOf(w, s - start);
    while (at >= 0) {
      const adjacent = start + at + w.length === end;
      if (outside[at] && !inCompound(at, w) && !(keepAdjacent && adjacent)) s = Math.max(s, start + at + w.length);
      at = run.indexOf(w, at + 1);
    }
  }
  while (s < end && /\s/.test(text.charAt(s))) s++;
  const leading = (): string | undefined => LEADING_WORDS.find((w) => s + w.length <= end && text.startsWith(w, s));
  for (let w = leading(); w !== undefined; w = leading()) {
    s += w.length;
    while (s < end && /\s/.test(text.charAt(s))) s++;
  }
  if (!PROPER_PREFIXES.some((p) => text.startsWith(p, s))) {
    let best = -1;
    for (const p of PLACE_PREFIXES) {
      let at = run.indexOf(p, s - start + 1);
      while (at >= 0 && !outside[at]) at = run.indexOf(p, at + 1);
      if (at >= 0 && start + at + p.length < end && (best < 0 || start + at < best)) best = start + at;
    }
    if (best > 0) s = best;
  }
  return s;
}

/**
 * Where the name before a suffix starts. A word that cuts names elsewhere (发展) is part of a mechanism's name when
 * cutting there leaves none and a name of two characters or more stands before it (渝北区广安市协同发展联席会议); a
 * verb alone before the suffix (建立联席会议制度, 发挥联席会议作用) names no mechanism.
 */
function mechanismAware(text: string, from: number, end: number, info: SuffixInfo): number {
  const start = trimName(text, from, end, info.boundaryWords);
  if (info.kind !== 'MECHANISM' || info.standalone || text.slice(start, end).replace(/\s+/g, '').length >= 2) return start;
  const kept = trimName(text, from, end, info.boundaryWords, true);
  const prefix = text.slice(kept, end).replace(/\s+/g, '');
  const word = [...info.boundaryWords, ...BOUNDARY_WORDS].find((w) => prefix.endsWith(w)) ?? '';
  return prefix.length - word.length >= 2 ? kept : start;
}

function suffixCandidates(text: string, out: Candidate[]): void {
  SUFFIX_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SUFFIX_RE.exec(text)) !== null) {
    const suffix = m[0];
    const info = SUFFIX_INFO.get(suffix);
    if (!info) continue;
    const end = m.index + suffix.length;
    if (info.notFollowedBy && info.notFollowedBy.includes(text.charAt(end))) continue;
    // 市商务委自贸区处 is a department's division; 自贸试验区处于… is the zone.
    if (info.kind === 'ZONE' && DIVISION_AFTER.test(text.slice(end, end + 2))) continue;
    // An item's number before its heading (（二）德阳协同改革先行区。) is no part of the name.
    const run = lookBack(text, m.index);
    const numbered = ITEM_NUMBER_START.exec(text.slice(run, m.index));
    const start = mechanismAware(text, run + (numbered?.[0].length ?? 0), m.index, info);
    const prefix = text.slice(start, m.index).replace(/\s+/g, '');
    if (prefix.length < 2 && !(prefix.length === 0 && info.standalone)) continue;
    const name = canonicalName(text.slice(start, end));
    if (REJECT_NAMES.some((r) => name.endsWith(r)) || REJECT_STARTS.some((r) => r.test(name))) continue;
    if (info.requireProperPrefix && !PROPER_PREFIXES.some((p) => name.startsWith(p))) continue;
    out.push({ start, end, kind: info.kind, subtype: info.subtype, fromVocabulary: false });
    if (info.kind === 'ZONE') out.push(...sharedZoneNames(text, start, name, info));
  }
}

/**
 * Places listed before a zone's name share its kind (德阳、眉山、资阳协同改革先行区: three zones): one candidate per place,
 * its span the place as written, its name the place before the rest of the zone's name. Only places of two characters
 * (a city's name without 市), as the zone's own place is taken to be.
 */
function sharedZoneNames(text: string, start: number, name: string, info: SuffixInfo): Candidate[] {
  const out: Candidate[] = [];
  // One zone of several places (万州、达州、开州川渝统筹发展示范区, 广安、渝北川渝高竹新区), or one whose place is longer than the
  // listed ones (内江、自贡、重庆荣昌高新区), is no zone of each.
  if (JOINT_ZONE.test(name) || PLACE_PREFIXES.some((p) => name.startsWith(p))) return out;
  let at = start;
  while (text.charAt(at - 1) === '、') {
    const tokenEnd = at - 1;
    const tokenStart = trimName(text, lookBack(text, tokenEnd), tokenEnd, info.boundaryWords);
    const token = text.slice(tokenStart, tokenEnd);
    const rest = name.slice(token.length);
    if (!SHARED_PLACE.test(token) || rest.length < 2 || (out.length === 0 && !SHARED_PLACE.test(name.slice(0, token.length)))) break;
    out.push({ start: tokenStart, end: tokenEnd, kind: info.kind, subtype: info.subtype, fromVocabulary: false, name: token + rest });
    at = tokenStart;
  }
  return out;
}
const SHARED_PLACE = /^[\u3400-\u9fff]{2}$/u;
const JOINT_ZONE = /川渝|毗邻|统筹|一体化|两地|三地/u;

function termCandidates(text: string, out: Candidate[]): void {
  TERMS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMS_RE.exec(text)) !== null) {
    const info = TERM_INFO.get(normKey(m[0]));
    if (!info) continue;
    out.push({ start: m.index, end: m.index + m[0].length, kind: info.kind, subtype: info.subtype, fromVocabulary: true });
  }
}

function documentCandidates(text: string, out: Candidate[]): void {
  const taken: Array<[number, number]> = [];
  TITLE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TITLE_RE.exec(text)) !== null) {
    const titleEnd = m.index + (m[1] as string).length + 2;
    const c: Candidate = {
      start: m.index,
      end: titleEnd,
      kind: AGREEMENT_TITLE.test((m[1] as string).trim()) ? 'AGREEMENT' : 'POLICY',
      fromVocabulary: true,
    };
    if (m[2]) {
      c.docNumber = canonicalDocNumber(m[2]);
      taken.push([m.index, m.index + m[0].length]);
    }
    if (m[3]) {
      c.abbreviation = m[3];
      c.coverEnd = m.index + m[0].length;
    }
    out.push(c);
  }
  BARE_DOC_RE.lastIndex = 0;
  while ((m = BARE_DOC_RE.exec(text)) !== null) {
    const at = m.index;
    if (taken.some(([s, e]) => at >= s && at < e)) continue;
    const lead = DOC_LEAD_WORDS.exec(m[0]);
    const start = at + (lead ? lead[0].length : 0);
    const number = canonicalDocNumber(text.slice(start, at + m[0].length));
    out.push({ start, end: at + m[0].length, kind: 'POLICY', subtype: 'DOC_NUMBER', docNumber: number, fromVocabulary: true });
  }
}

/** Every mention in `text` (an item's assembled text), with spans mapped back into the source. */
export function findMentions(text: string, comp: Composite): Mention[] {
  const all: Candidate[] = [];
  documentCandidates(text, all);
  termCandidates(text, all);
  suffixCandidates(text, all);
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of all) {
    const inside = kept.some((k) => k.start <= c.start && c.end <= (k.coverEnd ?? k.end) && (k.kind === 'POLICY' || k.kind === 'AGREEMENT' || !c.fromVocabulary));
    const overlapsGeneric = kept.some((k) => c.start < k.end && k.start < c.end && !(k.start <= c.start && c.end <= k.end));
    if (inside || (overlapsGeneric && !c.fromVocabulary)) continue;
    // A vocabulary term inside a generic name stays; an identical span found twice does not.
    if (kept.some((k) => k.start === c.start && k.end === c.end)) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((c) => {
    const asWritten = canonicalName(text.slice(c.start, c.end));
    const named = c.kind === 'PLATFORM' || c.kind === 'ZONE' || c.kind === 'MECHANISM';
    const whole = c.name === undefined ? asWritten : canonicalName(c.name);
    const full = named && c.kind === 'ZONE' ? longForm(whole) : whole;
    // A bare document number is named as the genre prints it (渝府办发[2023]51号 → 渝府办发〔2023〕51号): one policy.
    const name = c.subtype === 'DOC_NUMBER' && c.docNumber !== undefined ? c.docNumber : (named && SAME_AS.get(normKey(full))) || full;
    const mention: Mention = { kind: c.kind, name, asWritten, span: comp.span(c.start, c.end) };
    if (c.subtype) mention.subtype = c.subtype;
    if (c.docNumber) mention.docNumber = c.docNumber;
    if (c.abbreviation) mention.abbreviation = c.abbreviation;
    return mention;
  });
}
