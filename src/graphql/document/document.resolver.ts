import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DocumentRecord, DocumentService } from '../../services/document.service';
import type { ItemRecord, PolicyRecord, SectionRecord, TargetRecord, UnitRecord } from '../../services/records';
import { listOf, SIZES } from '../common/complexity';
import { Policy, Target } from '../common/entities.type';
import type { GraphQLContext } from '../context';
import { Measure } from '../measure/measure.type';
import { Section } from '../section/section.type';
import { Unit } from '../unit/unit.type';
import { PolicyDocument } from './document.type';

@Resolver(() => PolicyDocument)
export class DocumentResolver {
  @Query(() => [PolicyDocument], { description: 'Every loaded document.', complexity: listOf(SIZES.documents) })
  documents(@Ctx() ctx: GraphQLContext): Promise<DocumentRecord[]> {
    return new DocumentService(ctx.db).list();
  }

  @Query(() => PolicyDocument, { nullable: true, description: 'One document by its number as written.' })
  document(@Arg('docNumber', () => String) docNumber: string, @Ctx() ctx: GraphQLContext): Promise<DocumentRecord | null> {
    return new DocumentService(ctx.db).byNumber(docNumber.trim());
  }

  @FieldResolver(() => [Unit], { description: 'The issuing offices, in the order the notice names them.', complexity: listOf(2) })
  issuers(@Root() d: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<UnitRecord[]> {
    return ctx.loaders.issuersByDocument.load(d.id);
  }

  @FieldResolver(() => [Section], { description: 'Sections in document order.', complexity: listOf(SIZES.sections) })
  sections(@Root() d: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<SectionRecord[]> {
    return ctx.loaders.sectionsByDocument.load(d.id);
  }

  @FieldResolver(() => [Measure], {
    description: 'Every MEASURE and ATTACHMENT_ITEM of the document in document order (property order).',
    complexity: listOf(SIZES.measuresPerDocument),
  })
  measures(@Root() d: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<ItemRecord[]> {
    return ctx.loaders.measuresByDocument.load(d.id);
  }

  @FieldResolver(() => [Target], { description: 'Every quantified target in the document, in text order.', complexity: listOf(5) })
  targets(@Root() d: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<TargetRecord[]> {
    return ctx.loaders.targetsByOwner.load(d.id);
  }

  @FieldResolver(() => [Policy], { description: 'Documents and agreements the document or any of its items cites.', complexity: listOf(5) })
  citedPolicies(@Root() d: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<PolicyRecord[]> {
    return ctx.loaders.citationsByOwner.load(d.id);
  }

  @FieldResolver(() => String, { description: 'The exact text the document was loaded from.', complexity: 5 })
  async source(@Root() d: DocumentRecord, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await ctx.loaders.documentSource.load(d.id))?.source ?? '';
  }
}
