import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { DocumentRecord } from '../../services/document.service';
import { MeasureService } from '../../services/measure.service';
import type { CounterpartPairRecord, ItemRecord, MentionRecord, PolicyRecord, ResponsibilityRecord, SectionRecord, TargetRecord, UnitRecord } from '../../services/records';
import { listOf, pageOf, SIZES } from '../common/complexity';
import { Mechanism, Platform, Policy, Target, Zone } from '../common/entities.type';
import { selectedFieldCoordinates, selectsField } from '../common/selection';
import { thenNow } from '../../loaders';
import type { LeanResponsibility } from '../../loaders';
import type { GraphQLContext } from '../context';
import { PolicyDocument } from '../document/document.type';
import { Section } from '../section/section.type';
import { Unit } from '../unit/unit.type';
import { MeasureFilter } from './measure.input';
import { CounterpartPair, Measure, MeasureConnection, MeasureSource, Responsibility, TableRow } from './measure.type';

interface MeasureConnectionData {
  totalCount: number;
  edges: { node: ItemRecord; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * A page whose selection holds no other fields than these (and __typename) gets lean records: the nodes' LEAN_NODE_FIELDS,
 * each responsibility's unit with only its id and name (see primePage). By type and field, so that `kind` on a unit is
 * not taken for a measure's; a skipped field still counts, which only costs the whole records.
 */
export const LEAN_PAGE_FIELDS: ReadonlySet<string> = new Set([
  'MeasureConnection.totalCount', 'MeasureConnection.edges', 'MeasureConnection.pageInfo', 'MeasureEdge.cursor', 'MeasureEdge.node',
  'PageInfo.hasNextPage', 'PageInfo.endCursor',
  'Measure.id', 'Measure.number', 'Measure.ordinal', 'Measure.order', 'Measure.kind', 'Measure.title', 'Measure.responsibilities',
  'Responsibility.unit', 'Unit.id', 'Unit.name',
]);

/** Whether a page whose selection is `selected` (selectedFieldCoordinates) can be answered from lean records. */
export function isLeanPage(selected: ReadonlySet<string>): boolean {
  return [...selected].every((c) => LEAN_PAGE_FIELDS.has(c) || (c.endsWith('.__typename') && !c.startsWith('?.')));
}

const ofType = (type: MentionRecord['type']) => (list: MentionRecord[]) => list.filter((m) => m.type === type);

@Resolver(() => Measure)
export class MeasureResolver {
  @Query(() => Measure, { nullable: true, description: 'One item by id (doc:渝府办发〔2023〕51号/二/（一）).' })
  measure(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ItemRecord | null> {
    return new MeasureService(ctx.loaders, ctx.config.limits.maxPageSize).byId(id, selectsField(info, 'responsibilities'));
  }

  @Query(() => MeasureConnection, { description: 'Measures and attachment items, filtered, in document order, a page at a time.', complexity: pageOf() })
  async measures(
    @Arg('filter', () => MeasureFilter, { nullable: true }) filter: MeasureFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 50, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeasureConnectionData> {
    const selected = selectedFieldCoordinates(info);
    const page = await new MeasureService(ctx.loaders, ctx.config.limits.maxPageSize).list(filter, first, after, {
      withResponsibilities: selected.has('Measure.responsibilities'),
      withText: selected.has('Measure.text'),
      lean: isLeanPage(selected),
    });
    const edges = page.nodes.map((node) => ({ node, cursor: page.cursor(node) }));
    return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @FieldResolver(() => String)
  text(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): string | Promise<string> {
    if (m.text !== null) return m.text;
    // A page fetched without texts, asked for one after all (a selection selectsField misread): load the whole item.
    return ctx.loaders.itemById.load(m.id).then((whole) => {
      if (whole?.text === null || whole?.text === undefined) throw new Error(`item ${m.id} has no text`);
      return whole.text;
    });
  }

  @FieldResolver(() => PolicyDocument)
  async document(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<DocumentRecord> {
    const d = await ctx.loaders.documentById.load(m.documentId);
    if (!d) throw new Error(`item ${m.id} has no document ${m.documentId}`);
    return d;
  }

  @FieldResolver(() => Section)
  async section(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<SectionRecord> {
    const s = await ctx.loaders.sectionById.load(m.sectionId);
    if (!s) throw new Error(`item ${m.id} has no section ${m.sectionId}`);
    return s;
  }

  @FieldResolver(() => [Responsibility], { description: 'Responsible units in the order the text names them (lead before supporting where the text says so).', complexity: listOf(SIZES.unitsPerItem) })
  responsibilities(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Array<ResponsibilityRecord | LeanResponsibility> | Promise<ResponsibilityRecord[]> {
    return ctx.loaders.leanResponsibilities.get(m) ?? ctx.loaders.responsibilitiesByItem.loadNow(m.id);
  }

  @FieldResolver(() => [CounterpartPair], { description: 'Counterpart pairings on this measure, with their basis.', complexity: listOf(SIZES.counterparts) })
  counterpartPairs(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<CounterpartPairRecord[]> {
    return ctx.loaders.counterpartPairsByMeasure.load(m.id);
  }

  @FieldResolver(() => [Platform], { complexity: listOf(SIZES.mentions) })
  async platforms(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<MentionRecord[]> {
    return ofType('Platform')(await ctx.loaders.mentionsByOwner.load(m.id));
  }

  @FieldResolver(() => [Zone], { complexity: listOf(SIZES.mentions) })
  async zones(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<MentionRecord[]> {
    return ofType('Zone')(await ctx.loaders.mentionsByOwner.load(m.id));
  }

  @FieldResolver(() => [Mechanism], { complexity: listOf(SIZES.mentions) })
  async mechanisms(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<MentionRecord[]> {
    return ofType('Mechanism')(await ctx.loaders.mentionsByOwner.load(m.id));
  }

  @FieldResolver(() => [Policy], { complexity: listOf(SIZES.mentions) })
  citedPolicies(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<PolicyRecord[]> {
    return ctx.loaders.citationsByOwner.load(m.id);
  }

  @FieldResolver(() => [Target], { complexity: listOf(SIZES.mentions) })
  targets(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<TargetRecord[]> {
    return ctx.loaders.targetsByOwner.load(m.id);
  }

  @FieldResolver(() => [Measure], {
    description: 'The 1. and （1） sub-items directly under this item, in document order (each with its own responsibilities and platforms).',
    complexity: listOf(SIZES.subItemsPerItem),
  })
  subItems(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<ItemRecord[]> {
    return ctx.loaders.subItemsByItem.load(m.id);
  }

  @FieldResolver(() => TableRow, {
    nullable: true,
    description: 'For an attachment item, the table row it was read from, every cell under its header (deadline, remarks, …); null for an item of the plan itself.',
  })
  async tableRow(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<TableRow | null> {
    const row = await ctx.loaders.tableRowByItem.load(m.id);
    if (!row) return null;
    return { cells: row.headers.map((header, k) => ({ header, role: row.roles[k] ?? 'OTHER', text: row.texts[k] ?? '' })), deadline: row.deadline, category: row.category };
  }

  @FieldResolver(() => MeasureSource, { description: 'The passage in the document text.', complexity: 3 })
  async source(@Root() m: ItemRecord, @Ctx() ctx: GraphQLContext): Promise<MeasureSource> {
    const doc = await ctx.loaders.documentSource.load(m.documentId);
    return { start: m.start, end: m.end, excerpt: doc?.source.substring(m.start, m.end) ?? '' };
  }
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver {
  @FieldResolver(() => Unit, { description: 'The unit the written name resolves to.' })
  unit(@Root() r: ResponsibilityRecord | LeanResponsibility, @Ctx() ctx: GraphQLContext): UnitRecord | Pick<UnitRecord, 'id' | 'name'> | Promise<UnitRecord> {
    if ('leanUnit' in r) return r.leanUnit;
    return thenNow(ctx.loaders.unitById.loadNow(r.unitId), (u) => {
      if (!u) throw new Error(`responsibility names unit ${r.unitId}, which is not in the graph`);
      return u;
    });
  }
}

@Resolver(() => CounterpartPair)
export class CounterpartPairResolver {
  @FieldResolver(() => Unit, { description: 'The unit in the first list (重庆).' })
  async unitA(@Root() p: CounterpartPairRecord, @Ctx() ctx: GraphQLContext): Promise<UnitRecord> {
    const u = await ctx.loaders.unitById.load(p.aId);
    if (!u) throw new Error(`pairing names unit ${p.aId}, which is not in the graph`);
    return u;
  }

  @FieldResolver(() => Unit, { description: 'The unit in the second list (四川).' })
  async unitB(@Root() p: CounterpartPairRecord, @Ctx() ctx: GraphQLContext): Promise<UnitRecord> {
    const u = await ctx.loaders.unitById.load(p.bId);
    if (!u) throw new Error(`pairing names unit ${p.bId}, which is not in the graph`);
    return u;
  }

  @FieldResolver(() => Measure)
  async measure(@Root() p: CounterpartPairRecord, @Ctx() ctx: GraphQLContext): Promise<ItemRecord> {
    const m = await ctx.loaders.itemById.load(p.measureId);
    if (!m) throw new Error(`pairing names measure ${p.measureId}, which is not in the graph`);
    return m;
  }
}
