import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Brief', { simpleResolvers: true, description: 'A meeting brief: shared measures, paired units with the basis of each pairing, quoted source text.' })
export class Brief {
  @Field(() => String, { description: 'Chinese and English title, e.g. 会商简报：重庆市 × 四川省 · Meeting brief: 重庆市 × 四川省.' })
  title!: string;

  @Field(() => String, { description: 'The brief as Markdown: one section per measure with its pairing table and the quoted text.' })
  markdown!: string;

  @Field(() => String, { description: 'The brief as CSV (RFC 4180, CRLF line ends, no BOM): one line per pairing.' })
  csv!: string;

  @Field(() => Int, { description: 'Number of data lines in the CSV.' })
  rows!: number;
}
