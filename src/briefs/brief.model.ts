/** What a meeting brief is about: two jurisdictions, a pair of units, or one platform. */
export type BriefRequest =
  | { kind: 'jurisdictions'; jurisdictions: [string, string]; document: string | null }
  | { kind: 'units'; units: [string, string]; document: string | null }
  | { kind: 'platform'; platform: string; document: string | null };

/** A unit as a measure names it: canonical name plus the form written in the list. */
export interface BriefUnit {
  name: string;
  asWritten: string;
  /** Jurisdiction of the list the unit was written in (重庆市, 四川省, 永川区). */
  jurisdiction: string | null;
}

/**
 * One line of the brief's table: two units side by side and why they are paired. `b` is null for a unit with no
 * partner on that measure; `basis` is FUNCTIONAL_LINE, SAME_OFFICE or POSITION from the graph's COUNTERPART edges, or
 * CO_RESPONSIBLE when two units share the measure without a counterpart edge, or null when unpaired.
 */
export interface BriefPairing {
  a: BriefUnit | null;
  b: BriefUnit | null;
  basis: string | null;
  line: string | null;
}

export interface BriefMeasure {
  id: string;
  documentNumber: string;
  planTitle: string | null;
  sectionNumber: string | null;
  sectionTitle: string | null;
  number: string;
  title: string | null;
  text: string;
  /** Document.source.substring(start, end): the passage exactly as the notice has it. */
  source: { start: number; end: number; excerpt: string };
  units: BriefUnit[];
  pairings: BriefPairing[];
}

/** Everything a formatter needs; the service fills it from the graph, the formatter never reads the graph. */
export interface BriefData {
  request: BriefRequest;
  /** Column headings of the two sides (重庆市 / 四川省, or the two unit names, or 单位A / 单位B for a platform). */
  sides: [string, string];
  /** Platforms a platform brief matched (name as in the graph). */
  platforms: string[];
  measures: BriefMeasure[];
}
