import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { FunctionalLineRecord, ItemRecord, JurisdictionRecord, UnitRecord } from '../../services/records';
import { CoordinationCellView, CounterpartView, UnitService } from '../../services/unit.service';
import { listOf, pageOf, SIZES } from '../common/complexity';
import { selectsField } from '../common/selection';
import { thenNow, type RenameRecord } from '../../loaders';
import type { GraphQLContext } from '../context';
import { Measure } from '../measure/measure.type';
import { UnitFilter } from './unit.input';
import { CoordinationCell, Counterpart, FunctionalLine, Jurisdiction, Rename, Unit, UnitConnection } from './unit.type';

interface UnitConnectionData {
  totalCount: number;
  edges: { node: UnitRecord; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

interface RenameView {
  unit: UnitRecord;
  since: string | null;
}

/** The other unit of a rename is primed by the statement that found it: this load costs no round trip. */
async function renameView(ctx: GraphQLContext, r: RenameRecord): Promise<RenameView> {
  const unit = await ctx.loaders.unitById.load(r.unitId);
  if (!unit) throw new Error(`rename names unit ${r.unitId}, which get-renames-by-unit-ids returned and unitById cannot find`);
  return { unit, since: r.since };
}

const service = (ctx: GraphQLContext): UnitService => new UnitService(ctx.loaders, ctx.config.limits.maxPageSize);

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, {
    nullable: true,
    description: 'A unit by canonical name or any written form (市商务委, 人行 永川中心支行); unknown names are NOT_FOUND with suggestions.',
  })
  unit(@Arg('name', () => String) name: string, @Ctx() ctx: GraphQLContext): Promise<UnitRecord> {
    return service(ctx).resolve(name, 'name');
  }

  @Query(() => UnitConnection, { description: 'Units, filtered, by name, a page at a time.', complexity: pageOf() })
  async units(
    @Arg('filter', () => UnitFilter, { nullable: true }) filter: UnitFilter | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default 50, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UnitConnectionData> {
    const page = await service(ctx).list(filter, first, after);
    const edges = page.nodes.map((node) => ({ node, cursor: page.cursor(node) }));
    return { totalCount: page.totalCount, edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => [Measure], { description: 'Items both units are responsible for (names or aliases).', complexity: listOf(SIZES.measuresPerUnit) })
  sharedMeasures(
    @Arg('unitA', () => String) unitA: string,
    @Arg('unitB', () => String) unitB: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ItemRecord[]> {
    return service(ctx).sharedMeasures(unitA, unitB, selectsField(info, 'text'));
  }

  @Query(() => [CoordinationCell], {
    description:
      'Every pair of units across two jurisdictions that are responsible for the same items, most shared first. A jurisdiction includes the ones inside it; when one lies inside the other (重庆市, 永川区), a unit of both is on the inner side. A unit never named on an item together with a unit of the other side is not in it (so 永川区 × 四川省 is empty with the two seeds); follow it with Unit.counterparts, which goes through its municipal unit.',
    complexity: listOf(50),
  })
  coordinationMatrix(
    @Arg('jurisdictionA', () => String) jurisdictionA: string,
    @Arg('jurisdictionB', () => String) jurisdictionB: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CoordinationCellView[]> {
    return service(ctx).coordinationMatrix(jurisdictionA, jurisdictionB);
  }

  @FieldResolver(() => [String], { description: 'Every written form seen, the canonical name included.' })
  aliases(@Root() u: UnitRecord): string[] {
    return u.aliases && u.aliases.length > 0 ? u.aliases : [u.name];
  }

  @FieldResolver(() => Jurisdiction)
  jurisdiction(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): JurisdictionRecord | Promise<JurisdictionRecord> {
    return thenNow(ctx.loaders.jurisdictionByName.loadNow(u.jurisdiction), (j) => j ?? { name: u.jurisdiction, level: null, parent: null });
  }

  @FieldResolver(() => FunctionalLine, { nullable: true })
  functionalLine(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): FunctionalLineRecord | null | Promise<FunctionalLineRecord | null> {
    return u.functionalLine ? ctx.loaders.lineByKey.loadNow(u.functionalLine) : null;
  }

  @FieldResolver(() => [Measure], { description: 'Items the unit is responsible for, in document order.', complexity: listOf(SIZES.measuresPerUnit) })
  measures(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): Promise<ItemRecord[]> {
    return ctx.loaders.itemsByUnit.load(u.id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: 'The municipal unit of its line a district unit reports to (永川海关 → 重庆海关).' })
  async parent(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): Promise<UnitRecord | null> {
    const id = await ctx.loaders.parentIdByUnit.load(u.id);
    return id ? ctx.loaders.unitById.load(id) : null;
  }

  @FieldResolver(() => [Unit], { description: 'District units reporting to this one.', complexity: listOf(3) })
  async children(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): Promise<UnitRecord[]> {
    const ids = await ctx.loaders.childIdsByUnit.load(u.id);
    const units = await ctx.loaders.unitById.loadMany(ids);
    return units.filter((c): c is UnitRecord => c !== null && !(c instanceof Error));
  }

  @FieldResolver(() => Rename, { nullable: true, description: 'The name this body took later, once a document in the graph names it (重庆银保监局 → 重庆金融监管局).' })
  async renamedTo(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): Promise<RenameView | null> {
    const to = (await ctx.loaders.renamesByUnit.load(u.id)).find((r) => r.direction === 'TO');
    return to ? renameView(ctx, to) : null;
  }

  @FieldResolver(() => [Rename], { description: 'The names this body had before, as far as documents in the graph name them.', complexity: listOf(2) })
  async renamedFrom(@Root() u: UnitRecord, @Ctx() ctx: GraphQLContext): Promise<RenameView[]> {
    const from = (await ctx.loaders.renamesByUnit.load(u.id)).filter((r) => r.direction === 'FROM');
    return Promise.all(from.map((r) => renameView(ctx, r)));
  }

  @FieldResolver(() => [Counterpart], {
    description: 'Counterparts across all measures, one per unit; a district unit’s come through its parent ("… via 重庆海关").',
    complexity: listOf(SIZES.counterparts),
  })
  counterparts(
    @Root() u: UnitRecord,
    @Arg('jurisdiction', () => String, { nullable: true, description: 'Only counterparts in this jurisdiction (name, alias or short name: 四川); unknown is NOT_FOUND.' }) jurisdiction: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CounterpartView[]> {
    return service(ctx).counterpartsOfUnit(u.id, jurisdiction);
  }
}

@Resolver(() => CoordinationCell)
export class CoordinationCellResolver {
  @FieldResolver(() => [Measure], { complexity: listOf(5) })
  async measures(@Root() c: CoordinationCellView, @Ctx() ctx: GraphQLContext): Promise<ItemRecord[]> {
    const items = await ctx.loaders.itemById.loadMany(c.measureIds);
    return items.filter((m): m is ItemRecord => m !== null && !(m instanceof Error));
  }
}
