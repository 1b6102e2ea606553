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

  @Field(() => String, { description: 'The opening phrase up to 。; for a row of a table that names its items in a column of their own (重点任务 beside 具体措施), that cell.' })
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
  @Field(() => String, { description: 'FUNCTIONAL_LINE (same 条), SAME_OFFICE (no known line, the same office after the place: 社保局 ↔ 社保局) or POSITION (same place in the lists).' })
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

@ObjectType('TableCell', { simpleResolvers: true, description: 'One cell of an attachment-table row, under its column header.' })
export class TableCell {
  @Field(() => String, { description: 'The column header as written (序号, 改革事项, 具体措施, 牵头单位, 完成时限, 备注 …).' })
  header!: string;

  @Field(() => String, {
    description:
      'What the column holds, read from its header: NUMBER (序号), TITLE (the name of the item when other text columns describe it), TEXT, UNITS (责任单位, 牵头单位, 配合单位), DEADLINE (完成时限, 时间安排), MEASURE_UNIT (the 单位 of a table of indicators: 亿元, 列), GOAL (its 2025年目标, read as a target) or OTHER (备注, 类别, 2023年基数 …).',
  })
  role!: string;

  @Field(() => String, { description: 'The cell as written: markup removed, a row broken by a page break rejoined; empty when the cell is.' })
  text!: string;
}

@ObjectType('TableRow', { simpleResolvers: true, description: 'The attachment-table row an item was read from.' })
export class TableRow {
  @Field(() => [TableCell], { description: 'Every column of the table, in order.' })
  cells!: TableCell[];

  @Field(() => String, { nullable: true, description: 'The DEADLINE cell as written (2023年12月底前, 持续推进), when the table has one and the row fills it.' })
  deadline!: string | null;

  @Field(() => String, { nullable: true, description: 'The category row above it in the table, as written (一、国际物流通道建设), when the table groups its rows so.' })
  category!: string | null;
}
