import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectedFieldCoordinates } from '../../../src/graphql/common/selection';
import { isLeanPage } from '../../../src/graphql/measure/measure.resolver';

// The committed contract (npm run schema:check holds it to the code).
const schema = buildSchema(readFileSync(join(__dirname, '../../../schema.graphql'), 'utf8'));

/** Whether `measures` in this query would be fetched lean, decided as the resolver decides it. */
function lean(query: string): boolean {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const field = op?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'measures');
  if (!field) throw new Error('no measures field');
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const returnType = schema.getQueryType()?.getFields().measures?.type;
  if (!returnType) throw new Error('the schema has no Query.measures');
  return isLeanPage(selectedFieldCoordinates({ fieldNodes: [field], fragments, returnType, schema }));
}

describe('lean measures pages', () => {
  it.each([
    ['the benchmark page', '{ measures(first: 24) { totalCount edges { node { id number responsibilities { unit { name } } } } } }'],
    ['titles, kinds and the cursor', '{ measures { edges { cursor node { __typename id title kind order ordinal } } pageInfo { hasNextPage endCursor } } }'],
    ['the units through a fragment', '{ measures { edges { node { ...M } } } } fragment M on Measure { number responsibilities { unit { id name } } }'],
    ['an inline fragment and an alias', '{ measures { edges { node { ... on Measure { n: number } } } } }'],
  ])('%s: lean', (_name, query) => {
    expect(lean(query)).toBe(true);
  });

  it.each([
    ['a responsibility as written', '{ measures { edges { node { responsibilities { asWritten unit { name } } } } } }'],
    ['a unit field beyond its name', '{ measures { edges { node { responsibilities { unit { name kind } } } } } }'],
    ['the text', '{ measures { edges { node { id text } } } }'],
    ['the document', '{ measures { edges { node { document { docNumber } } } } }'],
    ['the source', '{ measures { edges { node { source { start end } } } } }'],
    ['a field inside a fragment', '{ measures { edges { node { ...M } } } } fragment M on Measure { responsibilities { unit { jurisdiction { name } } } }'],
    ['platforms (a name, but not a unit’s)', '{ measures { edges { node { platforms { name } } } } }'],
    ['a unit’s kind (a measure’s kind would be lean)', '{ measures { edges { node { kind responsibilities { unit { kind } } } } } }'],
    ['a field the schema does not have', '{ measures { edges { node { responsibilities { unit { name nickname } } } } } }'],
  ])('%s: whole records', (_name, query) => {
    expect(lean(query)).toBe(false);
  });
});
