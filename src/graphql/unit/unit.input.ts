import { Field, InputType } from 'type-graphql';

@InputType('UnitFilter', { description: 'Every given field must match; an omitted field matches everything.' })
export class UnitFilter {
  @Field(() => String, { nullable: true, description: 'A jurisdiction by name, alias or short name (重庆市, 重庆, 四川省, 永川区, 永川); unknown is NOT_FOUND. A jurisdiction includes the ones inside it (重庆市 includes 永川区).' })
  jurisdiction?: string | null;

  @Field(() => String, { nullable: true, description: 'A functional line by key (customs, commerce, …), Chinese name (海关) or English name; unknown is BAD_USER_INPUT.' })
  functionalLine?: string | null;

  @Field(() => String, { nullable: true, description: 'A unit kind: LOCAL_GOVERNMENT_DEPARTMENT, GOVERNMENT, VERTICAL_AGENCY, CENTRAL_DEPARTMENT, COURT, PROCURATORATE, STATE_OWNED_ENTERPRISE, PARK_AUTHORITY, OFFICE, PUBLIC_INSTITUTION, PARTY_ORGAN, GENERIC or OTHER; unknown is BAD_USER_INPUT.' })
  kind?: string | null;

  @Field(() => String, { nullable: true, description: 'Substring of the canonical name or of any alias.' })
  name?: string | null;
}
