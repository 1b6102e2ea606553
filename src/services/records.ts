/**
 * Row shapes the read statements in cypher/ return (their `// Columns:` headers). Services and loaders pass these plain
 * objects to the GraphQL layer, whose object types declare the same fields.
 */

export interface SectionRecord {
  id: string;
  documentId: string;
  number: string;
  ordinal: number;
  order: number;
  title: string;
  kind: string;
}

/** Any item: measures, attachment rows, general items, guarantees, sub-items. */
export interface ItemRecord {
  id: string;
  documentId: string;
  sectionId: string;
  number: string;
  ordinal: number;
  order: number;
  kind: string;
  title: string;
  /** Null when the statement left it out (a page whose selection does not ask for it); Measure.text loads it then. */
  text: string | null;
  start: number;
  end: number;
}

/** The attachment-table row an item was read from: the table's cells column by column (parallel lists). */
export interface TableRowRecord {
  id: string;
  headers: string[];
  roles: string[];
  texts: string[];
  deadline: string | null;
  category: string | null;
}

export interface UnitRecord {
  id: string;
  name: string;
  aliases: string[] | null;
  officialName: string | null;
  jurisdiction: string;
  functionalLine: string | null;
  kind: string;
}

export interface ResponsibilityRecord {
  itemId: string;
  unitId: string;
  asWritten: string;
  jurisdiction: string;
  listIndex: number;
  position: number;
  role: string;
  start: number;
  end: number;
}

/** A stored COUNTERPART relationship: a is in list 0 (重庆), b in list 1 (四川). */
export interface CounterpartPairRecord {
  measureId: string;
  aId: string;
  bId: string;
  basis: string;
  line: string | null;
}

/** A counterpart as seen from one unit. `via` names the municipal unit a district unit reached it through. */
export interface CounterpartRecord {
  unitId: string;
  basis: string;
  line: string | null;
  measureId: string | null;
  /** The unit the pairing was reached through (a district unit's municipal parent); null when direct. */
  viaId: string | null;
}

export interface MentionRecord {
  type: 'Platform' | 'Zone' | 'Mechanism';
  id: string;
  name: string;
  aliases: string[];
  asWritten: string | null;
  subtype: string | null;
  start: number | null;
  end: number | null;
}

export interface PolicyRecord {
  id: string;
  name: string;
  docNumber: string | null;
  kind: string;
}

export interface TargetRecord {
  id: string;
  text: string;
  year: number | null;
  quantity: number | null;
  unit: string | null;
  comparator: string | null;
  quantityFrom: number | null;
  subject: string | null;
  start: number;
  end: number;
}

export interface JurisdictionRecord {
  name: string;
  level: string | null;
  parent: string | null;
}

export interface FunctionalLineRecord {
  key: string;
  name: string;
  nameEn: string;
  vertical: boolean;
}

/** One page of a list statement (list-measures, list-units). */
export interface PageRecord<T> {
  totalCount: number;
  hasNextPage: boolean;
  nodes: T[];
}
