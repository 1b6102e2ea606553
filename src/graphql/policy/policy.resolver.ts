import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ids } from '../../model/ids';
import type { DocumentRecord } from '../../services/document.service';
import type { PolicyRecord } from '../../services/records';
import { Policy } from '../common/entities.type';
import type { GraphQLContext } from '../context';
import { PolicyDocument } from '../document/document.type';

@Resolver(() => Policy)
export class PolicyResolver {
  @FieldResolver(() => PolicyDocument, {
    nullable: true,
    description: 'The loaded document this citation names, by its number (a plan citing another plan that is in the graph); null when that document is not loaded or the citation gives no number.',
  })
  document(@Root() p: PolicyRecord, @Ctx() ctx: GraphQLContext): Promise<DocumentRecord | null> | null {
    return p.docNumber ? ctx.loaders.documentById.load(ids.document(p.docNumber)) : null;
  }
}
