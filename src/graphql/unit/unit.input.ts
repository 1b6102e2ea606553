import { Field, InputType } from 'type-graphql';

@InputType('UnitFilter', { description: 'Every given field must match; an omitted field matches everything.' })
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'Jurisdiction name (重庆市, 四川省, 永川区); a jurisdiction includes the ones inside it (重庆市 includes 永川区).' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'Functional line key (customs, commerce, …).' })
  functionalLine?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the canonical name or of any alias.' })
  name?: string | null;
}
