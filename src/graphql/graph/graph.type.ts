import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('GraphNode', { simpleResolvers: true, description: 'A node for a graph view; Cytoscape.js takes it as `{data: node}`, vis-network as is.' })
export class GraphNode {
  @Field(() => ID, { description: 'The application id (unit:重庆海关).' })
  id!: string;

  @Field(() => String, { description: 'Node type: Document, Section, Measure, Guarantee, Item, Unit, Jurisdiction, …' })
  type!: string;

  @Field(() => String, { description: 'A short human label.' })
  label!: string;

  @Field(() => GraphQLJSONObject, { description: 'The node’s stored properties (the document text left out).' })
  properties!: Record<string, unknown>;
}

@ObjectType('GraphEdge', { simpleResolvers: true, description: 'A relationship for a graph view; source/target for Cytoscape.js, from/to for vis-network.' })
export class GraphEdge {
  @Field(() => ID, { description: '<source>-<TYPE>-<target>, plus @<measureId> for COUNTERPART.' })
  id!: string;

  @Field(() => String, { description: 'Relationship type (RESPONSIBLE_FOR, COUNTERPART, …).' })
  type!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field(() => ID, { description: 'Same as source (vis-network’s name).' })
  from!: string;

  @Field(() => ID, { description: 'Same as target (vis-network’s name).' })
  to!: string;

  @Field(() => GraphQLJSONObject)
  properties!: Record<string, unknown>;
}

@ObjectType('GraphView', { simpleResolvers: true, description: 'A subgraph ready to draw.' })
export class GraphView {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: 'True when the node cap cut the view short.' })
  truncated!: boolean;
}
