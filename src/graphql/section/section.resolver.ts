import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DocumentRecord } from '../../services/document.service';
import type { ItemRecord, SectionRecord } from '../../services/records';
import { listOf, SIZES } from '../common/complexity';
import type { GraphQLContext } from '../context';
import { PolicyDocument } from '../document/document.type';
import { Measure } from '../measure/measure.type';
import { Section } from './section.type';

@Resolver(() => Section)
export class SectionResolver {
  @FieldResolver(() => [Measure], {
    description: 'Every top-level item of the section in order, general items and guarantees included.',
    complexity: listOf(SIZES.itemsPerSection),
  })
  items(@Root() s: SectionRecord, @Ctx() ctx: GraphQLContext): Promise<ItemRecord[]> {
    return ctx.loaders.itemsBySection.load(s.id);
  }

  @FieldResolver(() => PolicyDocument)
  async document(@Root() s: SectionRecord, @Ctx() ctx: GraphQLContext): Promise<DocumentRecord> {
    const d = await ctx.loaders.documentById.load(s.documentId);
    if (!d) throw new Error(`section ${s.id} has no document ${s.documentId}`);
    return d;
  }
}
