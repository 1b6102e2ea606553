import { loadConfig, Neo4jEmbedded } from '../../../src/config';
import { jvmArgs } from '../../../src/db/embedded/embedded-neo4j';
import { isLongLoad } from '../../../src/ingestion/pipeline';

function embedded(env: NodeJS.ProcessEnv): Neo4jEmbedded {
  const n = loadConfig(env).neo4j;
  if (n.mode !== 'embedded') throw new Error('expected the built-in Neo4j');
  return n;
}

describe('jvmArgs', () => {
  it.each([
    [{}, false, false],
    [{}, true, true],
    [{ NEO4J_JIT: 'c1' }, false, true],
    [{ NEO4J_JIT: 'c1' }, true, true],
    [{ NEO4J_JIT: 'tiered' }, false, false],
    [{ NEO4J_JIT: 'tiered' }, true, false],
  ])('with %j, short-lived %s, stops the JIT at C1: %s', (env, shortLived, c1) => {
    const args = jvmArgs(embedded(env), 'a.jar', 7687, 15_000, [], { shortLived });
    expect(args.includes('-XX:TieredStopAtLevel=1')).toBe(c1);
    // JVM options go before the class name; after it they would be the launcher's arguments.
    const main = args.indexOf('policygraph.EmbeddedNeo4j');
    expect(main).toBeGreaterThan(0);
    if (c1) expect(args.indexOf('-XX:TieredStopAtLevel=1')).toBeLessThan(main);
  });

  // `npm run ingest` starts its Neo4j with shortLived = !isLongLoad(files): C2 pays back only over a long load.
  it.each([
    [{}, 1, true],
    [{}, 2, true],
    [{}, 599, true],
    [{}, 600, false],
    [{}, 1000, false],
    [{ NEO4J_JIT: 'c1' }, 1000, true],
    [{ NEO4J_JIT: 'tiered' }, 2, false],
  ])('an ingest command with %j loading %i documents stops the JIT at C1: %s', (env, documents, c1) => {
    const args = jvmArgs(embedded(env), 'a.jar', 7687, 15_000, [], { shortLived: !isLongLoad(documents) });
    expect(args.includes('-XX:TieredStopAtLevel=1')).toBe(c1);
  });

  it('passes heap, class archive and the launcher arguments in place', () => {
    const cfg = { ...embedded({ NEO4J_HEAP: '512m', NEO4J_PAGECACHE_MB: '64' }), dataDir: '/data' };
    const args = jvmArgs(cfg, 'a.jar:b.jar', 7700, 15_500, ['-XX:SharedArchiveFile=x.jsa'], { requireAuth: true });
    expect(args.slice(0, 2)).toEqual(['-Xmx512m', '-Xms512m']);
    expect(args).toContain('-XX:SharedArchiveFile=x.jsa');
    expect(args.slice(args.indexOf('-cp'))).toEqual(['-cp', 'a.jar:b.jar', 'policygraph.EmbeddedNeo4j', '/data', '7700', '64', '16', 'auth']);
  });
});
