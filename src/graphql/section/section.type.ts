import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Section', { simpleResolvers: true, description: 'A section of the plan (一、…) or the attachment (附件).' })
export class Section {
  @Field(() => ID, { description: 'doc:<document number>/<section number>.' })
  id!: string;

  @Field(() => String, { description: 'Number as written: 一, 二, …, 附件.' })
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'GENERAL, TASKS, GUARANTEES or ATTACHMENT.' })
  kind!: string;

  @Field(() => Int, { description: 'Position among the sections, from 0.' })
  order!: number;

  documentId!: string;
  ordinal!: number;
}
