import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { toBriefRequest } from '../../briefs/brief.request';
import { BriefService } from '../../services/brief.service';
import type { GraphQLContext } from '../context';
import { BriefInput } from './brief.input';
import { Brief } from './brief.type';

@Resolver(() => Brief)
export class BriefResolver {
  @Query(() => Brief, { description: 'A meeting brief for two jurisdictions, a pair of units or a platform, as Markdown and CSV.' })
  async brief(@Arg('input', () => BriefInput) input: BriefInput, @Ctx() ctx: GraphQLContext): Promise<Brief> {
    const { title, markdown, csv, rows } = await new BriefService(ctx.db).build(toBriefRequest(input));
    return { title, markdown, csv, rows };
  }
}
