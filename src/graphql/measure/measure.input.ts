import { Field, InputType } from 'type-graphql';

@InputType('MeasureFilter', { description: 'Every given field must match; an omitted field matches everything.' })
export class MeasureFilter {
  @Field(() => String, { nullable: true, description: 'Document number as written (渝府办发〔2023〕51号).' })
  docNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Section number as written (二, 附件).' })
  section?: string | null;

  @Field(() => String, { nullable: true, description: 'A responsible unit, of the measure or of one of its sub-items, by canonical name or any alias; a written form several units share is BAD_USER_INPUT with the candidates.' })
  unit?: string | null;

  @Field(() => String, { nullable: true, description: 'Some responsible unit of the measure or its sub-items is in this jurisdiction (四川省, or 四川) or one inside it (重庆市 includes 永川区); unknown is NOT_FOUND.' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Some responsible unit of the measure or its sub-items is on this functional line: its key (customs), Chinese name (海关) or English name; unknown is BAD_USER_INPUT.' })
  functionalLine?: string | null;

  @Field(() => String, { nullable: true, description: 'The measure or one of its sub-items names a platform whose name or one of whose aliases contains this (陆海新通道 finds 西部陆海新通道).' })
  platform?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the title or text.' })
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'MEASURE or ATTACHMENT_ITEM.' })
  kind?: string | null;
}
