/**
 * Stable application ids: readable, type-prefixed, derived only from what the documents say, so the same thing gets the
 * same id in every load and across documents. Never Neo4j's internal ids.
 */
export const ids = {
  document: (docNumber: string): string => `doc:${docNumber}`,
  section: (documentId: string, number: string): string => `${documentId}/${number}`,
  unit: (name: string): string => `unit:${name}`,
  alias: (name: string): string => `alias:${name}`,
  jurisdiction: (name: string): string => `jur:${name}`,
  line: (key: string): string => `line:${key}`,
  platform: (name: string): string => `platform:${name}`,
  zone: (name: string): string => `zone:${name}`,
  mechanism: (name: string): string => `mechanism:${name}`,
  policy: (nameOrNumber: string): string => `policy:${nameOrNumber}`,
  // Start and end: the figures one sentence gives for several places (其中泸州、永川、江津分别达到350亿元、200亿元) share
  // their text's start.
  target: (documentId: string, start: number, end: number): string => `target:${documentId}@${start}-${end}`,
};

/** The node type an id names, from its prefix (Item ids are document ids with a path). */
export function typeOfId(id: string): string | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  switch (prefix) {
    case 'doc':
      return id.includes('/') ? (id.split('/').length > 2 ? 'Item' : 'Section') : 'Document';
    case 'unit':
      return 'Unit';
    case 'alias':
      return 'Alias';
    case 'jur':
      return 'Jurisdiction';
    case 'line':
      return 'FunctionalLine';
    case 'platform':
      return 'Platform';
    case 'zone':
      return 'Zone';
    case 'mechanism':
      return 'Mechanism';
    case 'policy':
      return 'Policy';
    case 'target':
      return 'Target';
    default:
      return undefined;
  }
}
