import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime, Record as Neo4jRecord } from 'neo4j-driver';

export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Turns driver values into plain JSON: integers to numbers, temporals to ISO strings, nodes and relationships to their properties. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  // Lists and maps, most of what statements return, are plain arrays and objects: convert them without the type probes.
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return plainMap(value as Record<string, unknown>);
  if (isInt(value)) return value.toNumber();
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return String(value);
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isPath(value)) return value.segments.map((s) => toPlain({ start: s.start, rel: s.relationship, end: s.end }));
  if (typeof value === 'object') return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(value: Record<string, unknown>): { [key: string]: Plain } {
  const out: { [key: string]: Plain } = {};
  for (const k in value) if (Object.prototype.hasOwnProperty.call(value, k)) out[k] = toPlain(value[k]);
  return out;
}

export function recordToObject<T>(record: Neo4jRecord): T {
  const out: { [key: string]: Plain } = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out as T;
}
