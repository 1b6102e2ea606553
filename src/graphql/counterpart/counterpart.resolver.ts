import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ItemRecord, UnitRecord } from '../../services/records';
import { CounterpartView, UnitService } from '../../services/unit.service';
import type { GraphQLContext } from '../context';
import { Measure } from '../measure/measure.type';
import { Counterpart, Unit } from '../unit/unit.type';

@Resolver(() => Counterpart)
export class CounterpartResolver {
  @Query(() => [Counterpart], {
    description:
      'The units of the other jurisdiction paired with `unit` on `measure`. A district unit (永川海关) is followed to the municipal unit of its line (重庆海关) and gets that unit’s counterparts across the joint plan.',
  })
  counterparts(
    @Arg('measure', () => ID) measure: string,
    @Arg('unit', () => String, { description: 'Canonical name or any alias.' }) unit: string,
    @Arg('jurisdiction', () => String, { nullable: true, description: 'Only counterparts in this jurisdiction (name, alias or short name: 四川); unknown is NOT_FOUND.' }) jurisdiction: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CounterpartView[]> {
    return new UnitService(ctx.loaders, ctx.config.limits.maxPageSize).counterpartsOnMeasure(measure, unit, jurisdiction);
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: 'The unit the pairing was reached through: for a district unit (永川海关), the municipal unit of its line (重庆海关) whose counterpart this is; null when the unit is paired itself.',
  })
  via(@Root() c: CounterpartView, @Ctx() ctx: GraphQLContext): UnitRecord | null | Promise<UnitRecord | null> {
    return c.viaId ? ctx.loaders.unitById.loadNow(c.viaId) : null;
  }

  @FieldResolver(() => Measure, { nullable: true, description: 'The measure the pairing was found on.' })
  measure(@Root() c: CounterpartView, @Ctx() ctx: GraphQLContext): Promise<ItemRecord | null> | null {
    return c.measureId ? ctx.loaders.itemById.load(c.measureId) : null;
  }
}
