import fs from 'node:fs';
import path from 'node:path';
import { CypherRegistry } from '../../../src/db/cypher-registry';
import { schemaObjectName } from '../../../src/db/schema';

const registry = new CypherRegistry();
const names = registry.names();

describe('cypher/ statements', () => {
  it('finds the schema statements: a uniqueness constraint per label and the cjk full-text index', () => {
    const schema = registry.namesUnder('schema').map((n) => registry.get(n).text).join('\n');
    for (const label of ['Document', 'Section', 'Item', 'Unit', 'Alias', 'Jurisdiction', 'FunctionalLine', 'Platform', 'Zone', 'Policy', 'Mechanism', 'Target']) {
      expect(schema).toMatch(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`));
    }
    expect(schema).toMatch(/FULLTEXT INDEX measure_text[\s\S]*'cjk'/);
    expect(schema).not.toMatch(/CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ FOR/); // every one IF NOT EXISTS
  });

  it.each(names)('%s uses exactly the parameters its header declares', (name) => {
    const s = registry.get(name);
    const used = new Set([...s.text.replace(/^\/\/.*$/gm, '').matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...s.params].sort());
  });

  it('sends the statement without its header comment', () => {
    expect(registry.get('get-units-by-names').text).toMatch(/^UNWIND \$names AS key\n/);
    expect(registry.get('list-measures').text).toMatch(/^OPTIONAL MATCH \(filterUnit:Unit \{id: \$unitId\}\)\n/);
    for (const name of names) expect(registry.get(name).text).not.toMatch(/^\s*\/\//);
  });

  it('sends no comment line from inside a statement either, and keeps every line of Cypher', () => {
    // get-counterparts-on-measure has comment lines between its clauses ("// From the measure's few pairings …").
    const file = fs.readFileSync(path.join(registry.root, 'get-counterparts-on-measure.cypher'), 'utf8');
    const code = file.split('\n').filter((l) => !/^\s*\/\//.test(l)).join('\n');
    expect(file).toMatch(/\n\s+\/\/ From the measure's few pairings/);
    expect(registry.get('get-counterparts-on-measure').text).toBe(code);
    for (const name of names) expect(registry.get(name).text).not.toMatch(/^[ \t]*\/\//m);
  });

  it('refuses an unknown statement name', () => {
    expect(() => registry.get('drop-everything')).toThrow(/No Cypher statement named "drop-everything"/);
  });
});

describe('schema statements', () => {
  it.each(registry.namesUnder('schema'))('%s names its constraint or index, so a restart can skip it', (name) => {
    expect(schemaObjectName(registry.get(name).text)).toMatch(/^[a-z_]+$/);
  });
});
