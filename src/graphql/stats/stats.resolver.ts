import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { StatsService, StatsView } from '../../services/stats.service';
import type { GraphQLContext } from '../context';
import { Stats } from './stats.type';

@Resolver(() => Stats)
export class StatsResolver {
  @Query(() => Stats, { complexity: 10 })
  stats(@Arg('topUnits', () => Int, { defaultValue: 10, description: 'How many units in measuresPerUnit.' }) topUnits: number, @Ctx() ctx: GraphQLContext): Promise<StatsView> {
    return new StatsService(ctx.db, ctx.config.limits.maxPageSize).stats(topUnits);
  }
}
