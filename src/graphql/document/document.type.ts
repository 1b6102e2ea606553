import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('PolicyDocument', { simpleResolvers: true, description: 'A policy notice (通知) and the plan it issues.' })
export class PolicyDocument {
  @Field(() => ID, { description: 'Stable application id: doc:<document number>.' })
  id!: string;

  @Field(() => String, { description: 'Document number as written, e.g. 渝府办发〔2023〕51号.' })
  docNumber!: string;

  @Field(() => [String], {
    description: 'A joint notice\'s further document numbers, one per further issuer (川商务发〔2024〕19号 beside 渝商务发〔2024〕36号); empty for most.',
  })
  otherDocNumbers!: string[];

  @Field(() => String, { description: 'Title of the notice (关于印发…的通知).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Title of the plan the notice issues.' })
  planTitle!: string | null;

  @Field(() => String, { nullable: true, description: 'Period of the plan as written, e.g. 2023—2025.' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'Signing date, ISO 8601.' })
  signedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Printing date (…印发), ISO 8601.' })
  printedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Release note as written, e.g. （此件公开发布）.' })
  publicRelease!: string | null;
}
