import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DocumentService } from '../../services/document.service';
import type { GraphQLContext } from '../context';
import { PolicyDocument } from './document.type';

@Resolver(() => PolicyDocument)
export class DocumentResolver {
  @Query(() => [PolicyDocument], { description: 'Every loaded document.' })
  documents(@Ctx() ctx: GraphQLContext): Promise<PolicyDocument[]> {
    return new DocumentService(ctx.db).list();
  }

  @Query(() => PolicyDocument, { nullable: true, description: 'One document by its number as written.' })
  document(@Arg('docNumber', () => String) docNumber: string, @Ctx() ctx: GraphQLContext): Promise<PolicyDocument | null> {
    return new DocumentService(ctx.db).byNumber(docNumber);
  }
}
