import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';

@ObjectType('Measure', {
  simpleResolvers: true,
  description: 'An item of a plan: a measure, an attachment row, a general item or a guarantee (kind tells which).',
})
export class Measure {
  @Field(() => ID, { description: 'doc:<document number>/<section>/<number>, e.g. doc:渝府办发〔2023〕51号/二/（一）.' })
  id!: string;

  @Field(() => String, { description: 'Number as written: （一）, 18, 1.' })
  number!: string;

  @Field(() => String, { description: 'The opening phrase up to 。' })
  title!: string;

  @Field(() => String)
  text!: string | null;

  @Field(() => String, { description: 'MEASURE, ATTACHMENT_ITEM, GENERAL, GUARANTEE or SUB_ITEM.' })
  kind!: string;

  @Field(() => Int, { description: 'Position in document order, from 0.' })
  order!: number;

  @Field(() => Int, { description: 'The number as an integer (（十三） → 13).' })
  ordinal!: number;

  documentId!: string;
  sectionId!: string;
  start!: number;
  end!: number;
}

@ObjectType('MeasureSource', { simpleResolvers: true, description: 'Where the item stands in the document text.' })
export class MeasureSource {
  @Field(() => Int, { description: 'UTF-16 offset into PolicyDocument.source.' })
  start!: number;

  @Field(() => Int)
  end!: number;

  @Field(() => String, { description: 'PolicyDocument.source.substring(start, end).' })
  excerpt!: string;
}

@ObjectType('Responsibility', { simpleResolvers: true, description: 'A unit named responsible for an item, as the list writes it.' })
export class Responsibility {
  @Field(() => String, { description: 'The name as written in the list (市商务委).' })
  asWritten!: string;

  @Field(() => String, { description: 'Jurisdiction of the list the name stands in (重庆市, 四川省, 永川区).' })
  jurisdiction!: string;

  @Field(() => Int, { description: 'Which list: 0 for the first issuer (重庆), 1 for the second (四川).' })
  listIndex!: number;

  @Field(() => Int, { description: 'Position in its list, from 0.' })
  position!: number;

  @Field(() => String, { description: 'RESPONSIBLE (责任单位), LEAD (牵头单位) or SUPPORTING (配合单位).' })
  role!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;

  itemId!: string;
  unitId!: string;
}

@ObjectType('CounterpartPair', { simpleResolvers: true, description: 'Two units of different jurisdictions paired on one measure.' })
export class CounterpartPair {
  @Field(() => String, { description: 'FUNCTIONAL_LINE (same 条) or POSITION (same place in the lists).' })
  basis!: string;

  @Field(() => String, { nullable: true, description: 'The functional line both share, for FUNCTIONAL_LINE.' })
  line!: string | null;

  measureId!: string;
  aId!: string;
  bId!: string;
}

@ObjectType('MeasureEdge', { simpleResolvers: true })
export class MeasureEdge {
  @Field(() => Measure)
  node!: Measure;

  @Field(() => String)
  cursor!: string;
}

@ObjectType('MeasureConnection', { simpleResolvers: true, description: 'A page of measures.' })
export class MeasureConnection {
  @Field(() => Int, { description: 'How many measures match the filter, over all pages.' })
  totalCount!: number;

  @Field(() => [MeasureEdge])
  edges!: MeasureEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
