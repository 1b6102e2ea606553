import type { GraphQLSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import { BriefResolver } from './brief/brief.resolver';
import { CounterpartResolver } from './counterpart/counterpart.resolver';
import { DocumentResolver } from './document/document.resolver';
import { GraphResolver } from './graph/graph.resolver';
import { IngestResolver } from './ingest/ingest.resolver';
import { CounterpartPairResolver, MeasureResolver, ResponsibilityResolver } from './measure/measure.resolver';
import { PolicyResolver } from './policy/policy.resolver';
import { SearchResolver } from './search/search.resolver';
import { SectionResolver } from './section/section.resolver';
import { StatsResolver } from './stats/stats.resolver';
import { CoordinationCellResolver, UnitResolver } from './unit/unit.resolver';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const readResolvers: NonEmptyArray<Function> = [
  DocumentResolver,
  SectionResolver,
  MeasureResolver,
  ResponsibilityResolver,
  CounterpartPairResolver,
  UnitResolver,
  CoordinationCellResolver,
  CounterpartResolver,
  SearchResolver,
  GraphResolver,
  BriefResolver,
  StatsResolver,
  PolicyResolver,
];

export interface SchemaOptions {
  /** The ingestDocument mutation exists only when an API key is configured: read-only by default. */
  withMutations: boolean;
}

/**
 * The schema comes from the code; schema.graphql is written from it by `npm run schema:write`, never at start-up.
 * Every object type is declared with `simpleResolvers: true`: this schema has no field middlewares or auth checks, so a
 * plain field is read by graphql-js's default resolver instead of type-graphql's wrapper (a sixth of the API's time on
 * a page of measures); fields with a @FieldResolver are unaffected.
 */
export function createSchema(options: SchemaOptions = { withMutations: false }): Promise<GraphQLSchema> {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const resolvers: NonEmptyArray<Function> = options.withMutations ? [...readResolvers, IngestResolver] : readResolvers;
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false });
}
