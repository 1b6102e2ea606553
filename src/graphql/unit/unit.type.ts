import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/page-info.type';

@ObjectType('Jurisdiction', { simpleResolvers: true, description: 'A territory (块): 重庆市, 四川省, 永川区.' })
export class Jurisdiction {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'NATIONAL (中国), REGION (川渝: both provinces together, for the bodies they run jointly; or an area they run together, 川渝高竹新区), PROVINCE, MUNICIPALITY, CITY, DISTRICT or COUNTY.' })
  level!: string | null;

  @Field(() => String, { nullable: true, description: 'The jurisdiction it is part of (永川区 → 重庆市).' })
  parent!: string | null;
}

@ObjectType('FunctionalLine', { simpleResolvers: true, description: 'A functional line (条) running through every territory: customs, commerce, …' })
export class FunctionalLine {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => Boolean, { description: 'Vertically managed by a central ministry (customs, taxation, the central bank, …).' })
  vertical!: boolean;
}

@ObjectType('Unit', { simpleResolvers: true, description: 'A responsible unit (agency, office, court, company) at one cell of the 条/块 grid.' })
export class Unit {
  @Field(() => ID, { description: 'unit:<canonical name>.' })
  id!: string;

  @Field(() => String, { description: 'Canonical name (重庆市商务委).' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Fuller official name when known.' })
  officialName!: string | null;

  @Field(() => String, { description: 'LOCAL_GOVERNMENT_DEPARTMENT, VERTICAL_AGENCY, GOVERNMENT, COURT, …' })
  kind!: string;
}

@ObjectType('UnitEdge', { simpleResolvers: true })
export class UnitEdge {
  @Field(() => Unit)
  node!: Unit;

  @Field(() => String)
  cursor!: string;
}

@ObjectType('UnitConnection', { simpleResolvers: true, description: 'A page of units, by name.' })
export class UnitConnection {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [UnitEdge])
  edges!: UnitEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType('Counterpart', { simpleResolvers: true, description: 'A unit of the other jurisdiction doing the same job.' })
export class Counterpart {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => String, { description: 'FUNCTIONAL_LINE, SAME_OFFICE or POSITION; "… via 重庆海关" when reached through a parent unit (that unit is `via`).' })
  basis!: string;

  @Field(() => String, { nullable: true, description: 'The shared functional line.' })
  line!: string | null;

  measureId!: string | null;
  viaId!: string | null;
}

@ObjectType('CoordinationCell', { simpleResolvers: true, description: 'Two units of two jurisdictions and the measures both are responsible for.' })
export class CoordinationCell {
  @Field(() => Unit)
  unitA!: Unit;

  @Field(() => Unit)
  unitB!: Unit;

  @Field(() => Int)
  count!: number;

  measureIds!: string[];
}

@ObjectType('Rename', {
  simpleResolvers: true,
  description: 'A body that took a new name in a reorganisation (重庆银保监局 → 重庆金融监管局): each name is a unit, as the documents name it.',
})
export class Rename {
  @Field(() => Unit, { description: 'The unit under the other name.' })
  unit!: Unit;

  @Field(() => String, { nullable: true, description: 'The day the new name took effect (YYYY-MM-DD), when the data file gives it.' })
  since!: string | null;
}
