import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * What a text names by a name: the fields Platform, Zone and Mechanism share. type-graphql gives a subclass the fields
 * of a decorated base; no field returns this type, so the schema does not carry it.
 */
@ObjectType('NamedMention', { simpleResolvers: true })
abstract class NamedMention {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'Other names the vocabulary knows it by (陆海新通道 for 西部陆海新通道).' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'How the text at hand writes it (one of name and aliases).' })
  asWritten!: string | null;

  @Field(() => String, { nullable: true })
  subtype!: string | null;
}

@ObjectType('Platform', { simpleResolvers: true, description: 'A platform, channel or programme a text names (国际贸易"单一窗口", 中欧班列（成渝）).' })
export class Platform extends NamedMention {}

@ObjectType('Zone', { simpleResolvers: true, description: 'A park, zone or port a text names (永川综合保税区, 果园港).' })
export class Zone extends NamedMention {}

@ObjectType('Mechanism', { simpleResolvers: true, description: 'A coordination mechanism (联席会议, 领导小组).' })
export class Mechanism extends NamedMention {}

@ObjectType('Policy', { simpleResolvers: true, description: 'A cited document or agreement (《成渝地区双城经济圈建设规划纲要》, 渝府〔2019〕3号, RCEP).' })
export class Policy {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Document number when the citation has one.' })
  docNumber!: string | null;

  @Field(() => String, { description: 'POLICY or AGREEMENT.' })
  kind!: string;
}

@ObjectType('Target', { simpleResolvers: true, description: 'A quantified target (到2025年，力争提供创新案例3个以上).' })
export class Target {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The passage as written.' })
  text!: string;

  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => Number, { nullable: true, description: 'The figure, or for a range (5—10家) its upper figure.' })
  quantity!: number | null;

  @Field(() => Number, { nullable: true, description: 'The lower figure of a range (5—10家: 5); null for a single figure.' })
  quantityFrom!: number | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity (个, 条, …).' })
  unit!: string | null;

  @Field(() => String, { nullable: true, description: 'Comparator as written (以上, 左右, …).' })
  comparator!: string | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => Int, { description: 'UTF-16 offset into the document source.' })
  start!: number;

  @Field(() => Int)
  end!: number;
}
