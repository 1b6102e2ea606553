import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../../src/config';
import { AppError, ErrorCode } from '../../../src/errors';

describe('loadConfig', () => {
  it('defaults to the built-in Neo4j on 7687 with a 1 GB heap and the API on port 4000', () => {
    const c = loadConfig({});
    expect(c.neo4j).toMatchObject({ mode: 'embedded', boltPort: 7687, boltPortExplicit: false, heap: '1g', database: 'neo4j' });
    expect(c.http).toEqual({ host: '127.0.0.1', port: 4000 });
    expect(c.seedDir).toBe(path.join(PROJECT_ROOT, 'seed'));
    expect(c.apiKey).toBeUndefined();
  });

  it('uses the server NEO4J_URI names, with its credentials and database', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j://cluster.example:7687', NEO4J_USERNAME: 'reader', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'policy' });
    expect(c.neo4j).toEqual({ mode: 'external', uri: 'neo4j://cluster.example:7687', username: 'reader', password: 's3cret', database: 'policy' });
  });

  it('leaves the JIT of the built-in Neo4j to the process that starts it unless NEO4J_JIT says c1 or tiered', () => {
    expect(loadConfig({}).neo4j).toMatchObject({ jit: 'auto' });
    expect(loadConfig({ NEO4J_JIT: 'c1' }).neo4j).toMatchObject({ jit: 'c1' });
    expect(loadConfig({ NEO4J_JIT: 'tiered' }).neo4j).toMatchObject({ jit: 'tiered' });
  });

  it('treats an explicitly chosen Bolt port as binding', () => {
    const c = loadConfig({ NEO4J_BOLT_PORT: '7700' });
    expect(c.neo4j).toMatchObject({ boltPort: 7700, boltPortExplicit: true });
  });

  it.each([
    ['PORT', 'http'],
    ['NEO4J_BOLT_PORT', '70000'],
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_JIT', 'c2'],
    ['LOAD_SEED', 'maybe'],
    ['API_KEY', 'short'],
    ['MAX_PAGE_SIZE', '-1'],
  ])('rejects %s=%s with CONFIG_INVALID naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCode.CONFIG_INVALID);
    expect((error as AppError).message).toContain(name);
  });
});
