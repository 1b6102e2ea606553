import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('CountEntry', { simpleResolvers: true })
export class CountEntry {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('Stats', { simpleResolvers: true, description: 'What the graph holds.' })
export class Stats {
  @Field(() => [CountEntry], { description: 'Nodes per label.' })
  nodes!: CountEntry[];

  @Field(() => [CountEntry], { description: 'Relationships per type.' })
  relationships!: CountEntry[];

  @Field(() => [CountEntry], { description: 'Measures per unit, most first (top N).' })
  measuresPerUnit!: CountEntry[];

  @Field(() => [CountEntry], { description: 'Measures per jurisdiction of their responsible units.' })
  measuresPerJurisdiction!: CountEntry[];
}
