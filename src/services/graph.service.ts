import { typeOfId } from '../model/ids';
import type { Loaders } from '../loaders';
import { badInput, notFound } from './errors';
import { UnitService } from './unit.service';

export interface GraphNodeView {
  id: string;
  type: string;
  label: string;
  properties: Record<string, unknown>;
}

export interface GraphEdgeView {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

export interface GraphViewData {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
}

export const RELATIONSHIP_TYPES = ['PART_OF', 'ISSUED_BY', 'RESPONSIBLE_FOR', 'COUNTERPART', 'REPORTS_TO', 'RENAMED_TO', 'IN_JURISDICTION', 'ON_LINE', 'ALIAS_OF', 'MENTIONS', 'CITES', 'SETS'] as const;
/** Alias nodes only repeat Unit.aliases; leaving them out keeps a neighbourhood readable. */
const DEFAULT_NEIGHBORHOOD_TYPES = RELATIONSHIP_TYPES.filter((t) => t !== 'ALIAS_OF');
/**
 * Jurisdictions and lines join every unit of a province or a line in two hops, so a "path" through them says little;
 * by default a path follows the document structure, responsibilities, pairings and reporting lines.
 */
const DEFAULT_PATH_TYPES = ['PART_OF', 'ISSUED_BY', 'RESPONSIBLE_FOR', 'COUNTERPART', 'REPORTS_TO', 'RENAMED_TO', 'MENTIONS', 'CITES', 'SETS'];
/** Hard caps: the breadth-first expansion is one statement per level, the path search bound is a literal in Cypher. */
export const GRAPH_MAX_DEPTH = 3;
export const GRAPH_MAX_HOPS = 8;
/** Most specific label first: an Item that is a Measure is shown as a Measure. */
const TYPE_ORDER = ['Document', 'Section', 'Measure', 'Guarantee', 'Item', 'Unit', 'Alias', 'Jurisdiction', 'FunctionalLine', 'Platform', 'Zone', 'Policy', 'Mechanism', 'Target'];
/** Properties too large for a graph view (the document's whole text). */
const HIDDEN_PROPERTIES = new Set(['source', 'sha256', 'rowsHash', 'preamble', 'recipients']);

interface NodeRow {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface EdgeRow {
  source: string;
  target: string;
  type: string;
  properties: Record<string, unknown>;
}

export class GraphService {
  constructor(
    private readonly loaders: Loaders,
    private readonly maxNodes: number,
  ) {}

  /** The nodes within `depth` hops of one node (by id, or a unit by any name), over the given relationship types. */
  async neighborhood(idOrName: string, depth: number | null | undefined, types: string[] | null | undefined): Promise<GraphViewData> {
    const d = depth ?? 1;
    if (!Number.isInteger(d) || d < 1 || d > GRAPH_MAX_DEPTH) throw badInput('depth', `depth must be 1…${GRAPH_MAX_DEPTH}, got ${d}`);
    const relTypes = checkTypes(types, DEFAULT_NEIGHBORHOOD_TYPES, 'types');
    const id = await this.resolveId(idOrName, 'id');
    const [start] = await this.loaders.db.read<NodeRow>('get-graph-nodes-by-ids', { ids: [id] });
    if (!start) throw notFound(`No node has id "${idOrName}".`, { argument: 'id' });
    const nodes = new Map<string, GraphNodeView>([[start.id, toNode(start)]]);
    const edges = new Map<string, GraphEdgeView>();
    let frontier = [start.id];
    let truncated = false;
    for (let level = 0; level < d && frontier.length > 0 && !truncated; level++) {
      const room = this.maxNodes - nodes.size;
      // One more row than there is room for tells that the view was cut.
      const rows = await this.loaders.db.read<EdgeRow & { otherId: string; otherLabels: string[]; otherProperties: Record<string, unknown> }>('expand-graph-nodes', {
        ids: frontier,
        types: relTypes,
        limit: Math.max(room, 0) * 4 + 1,
      });
      const next: string[] = [];
      for (const row of rows) {
        if (!nodes.has(row.otherId)) {
          if (nodes.size >= this.maxNodes) {
            truncated = true;
            continue;
          }
          nodes.set(row.otherId, toNode({ id: row.otherId, labels: row.otherLabels, properties: row.otherProperties }));
          next.push(row.otherId);
        }
        const edge = toEdge(row);
        edges.set(edge.id, edge);
      }
      if (rows.length > Math.max(room, 0) * 4) truncated = true;
      frontier = next;
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()], truncated };
  }

  /** The shortest path between two nodes (ids, or units by any name), or null when none is within maxHops. */
  async path(from: string, to: string, maxHops: number | null | undefined, types: string[] | null | undefined): Promise<GraphViewData | null> {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > GRAPH_MAX_HOPS) throw badInput('maxHops', `maxHops must be 1…${GRAPH_MAX_HOPS}, got ${hops}`);
    const relTypes = checkTypes(types, DEFAULT_PATH_TYPES, 'types');
    const [a, b] = await Promise.all([this.resolveId(from, 'from'), this.resolveId(to, 'to')]);
    const found = await this.loaders.db.read<NodeRow>('get-graph-nodes-by-ids', { ids: [a, b] });
    if (!found.some((n) => n.id === a)) throw notFound(`No node has id "${from}".`, { argument: 'from' });
    if (!found.some((n) => n.id === b)) throw notFound(`No node has id "${to}".`, { argument: 'to' });
    if (a === b) {
      const only = found.find((n) => n.id === a);
      return { nodes: only ? [toNode(only)] : [], edges: [], truncated: false };
    }
    const [row] = await this.loaders.db.read<{ nodes: NodeRow[]; edges: EdgeRow[] }>('get-shortest-path', { from: a, to: b, types: relTypes, maxHops: hops });
    if (!row) return null;
    return { nodes: row.nodes.map(toNode), edges: row.edges.map(toEdge), truncated: false };
  }

  /** Application ids pass through; anything else is taken as a unit's name or alias. */
  private async resolveId(idOrName: string, argument: string): Promise<string> {
    const trimmed = idOrName.trim();
    if (trimmed === '') throw badInput(argument, `${argument} must be a node id or a unit name`);
    if (typeOfId(trimmed) !== undefined) return trimmed;
    const unit = await new UnitService(this.loaders, this.maxNodes).resolve(trimmed, argument);
    return unit.id;
  }
}

function checkTypes(types: string[] | null | undefined, defaults: readonly string[], argument: string): string[] {
  if (!types || types.length === 0) return [...defaults];
  const unknown = types.filter((t) => !(RELATIONSHIP_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0) throw badInput(argument, `Unknown relationship type(s) ${unknown.join(', ')}; known: ${RELATIONSHIP_TYPES.join(', ')}`);
  return [...new Set(types)];
}

function toNode(row: NodeRow): GraphNodeView {
  const type = TYPE_ORDER.find((t) => row.labels.includes(t)) ?? row.labels[0] ?? 'Node';
  const p = row.properties;
  const str = (k: string): string | undefined => (typeof p[k] === 'string' && p[k] !== '' ? (p[k] as string) : undefined);
  const label =
    type === 'Document'
      ? (str('docNumber') ?? row.id)
      : type === 'Section' || type === 'Measure' || type === 'Guarantee' || type === 'Item'
        ? [str('number'), str('title')].filter(Boolean).join(' ') || row.id
        : (str('name') ?? str('text') ?? row.id);
  const properties = Object.fromEntries(Object.entries(p).filter(([k]) => !HIDDEN_PROPERTIES.has(k)));
  return { id: row.id, type, label, properties };
}

/** Edge ids from application ids only; a COUNTERPART exists once per measure, so its id names the measure too. */
function toEdge(row: EdgeRow): GraphEdgeView {
  const measure = row.type === 'COUNTERPART' && typeof row.properties.measureId === 'string' ? `@${row.properties.measureId}` : '';
  return { id: `${row.source}-${row.type}-${row.target}${measure}`, type: row.type, source: row.source, target: row.target, properties: row.properties };
}
