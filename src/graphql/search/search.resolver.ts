import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { MeasureService, SearchHitView } from '../../services/measure.service';
import { pageOf } from '../common/complexity';
import type { GraphQLContext } from '../context';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description: 'Full-text search over measure titles and texts (Chinese bigrams). Space-separated terms must all occur.',
    complexity: pageOf('first', 10),
  })
  search(
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { nullable: true, description: 'How many hits (default 10).' }) first: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SearchHitView[]> {
    return new MeasureService(ctx.loaders, ctx.config.limits.maxPageSize).search(text, first);
  }
}
