import { isGraphQLPath } from '../../../src/server/graphql-http';

describe('isGraphQLPath: the requests /graphql takes (as Express mounted it) and the ones the workbench keeps', () => {
  it.each([
    ['/graphql', true],
    ['/graphql/', true],
    ['/graphql?query=%7B%20stats%20%7B%20measures%20%7D%20%7D', true],
    ['/GraphQL', true],
    ['/graphql/batch', true],
    ['http://localhost:4000/graphql', true],
    ['/graphqlx', false],
    ['/', false],
    ['/healthz', false],
    ['/graph.html?example=counterpart', false],
    ['*', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isGraphQLPath(url)).toBe(expected);
  });
});
