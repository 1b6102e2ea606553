import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { IngestReport as IngestReportData } from '../../ingestion/pipeline';
import { IngestService } from '../../services/ingest.service';
import type { GraphQLContext } from '../context';
import { IngestReport } from './ingest.type';

/** Only in the schema when API_KEY is set (see createSchema); each call must present the key. */
@Resolver(() => IngestReport)
export class IngestResolver {
  @Mutation(() => IngestReport, { description: 'Parses, resolves and loads one notice (same pipeline as the CLI). Needs the API key.' })
  ingestDocument(
    @Arg('text', () => String) text: string,
    @Arg('fileName', () => String, { nullable: true }) fileName: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<IngestReportData> {
    return new IngestService(ctx.db).ingest(text, fileName, ctx.config.apiKey, ctx.apiKey);
  }
}
