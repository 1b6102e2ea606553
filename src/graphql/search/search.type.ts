import { Field, Float, ObjectType } from 'type-graphql';
import { Measure } from '../measure/measure.type';

@ObjectType('SearchHit', { simpleResolvers: true, description: 'A measure matching a full-text search.' })
export class SearchHit {
  @Field(() => Measure)
  measure!: Measure;

  @Field(() => Float, { description: 'Lucene relevance score; higher is better.' })
  score!: number;

  @Field(() => String, { description: 'A short window of the text with the matches marked 【…】.' })
  snippet!: string;
}
