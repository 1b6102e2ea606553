import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { PROJECT_ROOT } from '../src/config';
import { createSchema } from '../src/graphql/schema';

/**
 * Writes schema.graphql from the code (the read-only schema, as served without API_KEY), sorted so that moving a
 * field in the code does not change the file. `--check` only compares, for CI: the committed file must match.
 */
async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const file = path.join(PROJECT_ROOT, 'schema.graphql');
  const schema = await createSchema({ withMutations: false });
  const text = `${printSchema(lexicographicSortSchema(schema))}\n`;
  if (!check) {
    fs.writeFileSync(file, text);
    process.stdout.write(`Wrote ${path.relative(process.cwd(), file) || file}\n`);
    return;
  }
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (committed === text) {
    process.stdout.write('schema.graphql is up to date\n');
    return;
  }
  const a = committed.split('\n');
  const b = text.split('\n');
  const line = a.findIndex((l, i) => l !== b[i]);
  process.stderr.write(
    `schema.graphql differs from the schema the code builds (first difference at line ${line + 1}:\n` +
      `  committed: ${a[line] ?? '<end of file>'}\n  from code: ${b[line] ?? '<end of file>'})\n` +
      'Run `npm run schema:write` and commit schema.graphql.\n',
  );
  process.exitCode = 1;
}

main().catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exit(1);
});
