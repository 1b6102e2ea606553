import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('IngestWarning', { simpleResolvers: true })
export class IngestWarning {
  @Field(() => Int)
  line!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType('IngestReport', { simpleResolvers: true, description: 'What loading one document wrote.' })
export class IngestReport {
  @Field(() => String)
  file!: string;

  @Field(() => String)
  docNumber!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  sections!: number;

  @Field(() => Int)
  measures!: number;

  @Field(() => Int)
  guarantees!: number;

  @Field(() => Int)
  attachmentItems!: number;

  @Field(() => Int)
  units!: number;

  @Field(() => Int)
  responsibilities!: number;

  @Field(() => Int)
  counterpartPairs!: number;

  @Field(() => [IngestWarning])
  warnings!: IngestWarning[];
}
