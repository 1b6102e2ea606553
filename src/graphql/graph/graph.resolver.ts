import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { GraphService, GraphViewData } from '../../services/graph.service';
import type { GraphQLContext } from '../context';
import { GraphEdge, GraphView } from './graph.type';

/** vis-network names an edge's ends from/to; both spellings are given so either library takes the edges as is. */
function withVisNames(view: GraphViewData): GraphView {
  return { ...view, edges: view.edges.map((e): GraphEdge => ({ ...e, from: e.source, to: e.target })) };
}

const service = (ctx: GraphQLContext): GraphService => new GraphService(ctx.loaders, ctx.config.limits.maxPageSize);

@Resolver(() => GraphView)
export class GraphResolver {
  @Query(() => GraphView, {
    description: 'The nodes within `depth` hops (1…3) of a node, at most MAX_PAGE_SIZE nodes. `id` may be a unit name or alias.',
    complexity: 50,
  })
  async neighborhood(
    @Arg('id', () => ID) id: string,
    @Arg('depth', () => Int, { nullable: true, description: 'Hops, 1…3 (default 1).' }) depth: number | null,
    @Arg('types', () => [String], { nullable: true, description: 'Relationship types to follow (default: all but ALIAS_OF).' }) types: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GraphView> {
    return withVisNames(await service(ctx).neighborhood(id, depth, types));
  }

  @Query(() => GraphView, {
    nullable: true,
    description:
      'The shortest path between two nodes (ids, or unit names/aliases), null when none is within maxHops. By default it follows the document structure, responsibilities, pairings and reporting lines, not the jurisdiction and line hubs.',
    complexity: 20,
  })
  async path(
    @Arg('from', () => ID) from: string,
    @Arg('to', () => ID) to: string,
    @Arg('maxHops', () => Int, { nullable: true, description: 'At most 1…8 (default 4).' }) maxHops: number | null,
    @Arg('types', () => [String], { nullable: true, description: 'Relationship types the path may use.' }) types: string[] | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<GraphView | null> {
    const view = await service(ctx).path(from, to, maxHops, types);
    return view && withVisNames(view);
  }
}
