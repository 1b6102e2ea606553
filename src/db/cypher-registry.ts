import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/** One statement from cypher/, with the parameters its header promises. */
export interface CypherStatement {
  /** Path below cypher/ without the extension: `get-documents`, `schema/create-constraint-unit-id`. */
  name: string;
  /** The statement as sent to Neo4j: the file without its header comment. */
  text: string;
  params: readonly string[];
}

// "// Parameters: a, b" and its continuation lines ("//   c"), up to "// Columns:".
const HEADER_PARAMS = /^\/\/\s*Parameters:(.*(?:\n\/\/ {2,}.*)*)/im;

const LEADING_COMMENTS = /^(?:[ \t]*(?:\/\/.*)?\r?\n)+/;
// A comment on a line of its own inside a statement (no statement here has a string literal spanning lines).
const COMMENT_LINES = /^[ \t]*\/\/.*\r?\n/gm;

function parseParams(text: string, file: string): string[] {
  const m = HEADER_PARAMS.exec(text);
  if (!m) throw new Error(`${file}: the header must have a "// Parameters:" line (write "none" when there are none)`);
  const list = (m[1] ?? '').replace(/\n\/\//g, ' ').trim();
  if (list === '' || list.toLowerCase() === 'none') return [];
  // "rows [{id, name}], documentId": the shape in brackets documents a parameter, it is not one.
  const topLevel = list.replace(/\[[^\]]*\]|\{[^}]*\}|\([^)]*\)/g, '');
  return topLevel.split(',').map((p) => p.trim().replace(/^\$/, '').split(/\s/)[0] ?? '').filter(Boolean);
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return e.name.endsWith('.cypher') ? [full] : [];
  });
}

/** Reads every cypher/*.cypher file once; statements are looked up by name and take values only as $parameters. */
export class CypherRegistry {
  private readonly statements = new Map<string, CypherStatement>();

  constructor(readonly root: string = path.join(PROJECT_ROOT, 'cypher')) {
    for (const file of walk(root).sort()) {
      const text = fs.readFileSync(file, 'utf8');
      const name = path.relative(root, file).replace(/\\/g, '/').replace(/\.cypher$/, '');
      // Comments are for readers; sent along, the header alone would be a third of some statements' bytes on every call,
      // and the driver encodes and Neo4j decodes every byte of the text on every call (a quarter of
      // get-counterparts-on-measure's bytes were comments inside it: 50 µs of a 0.75 ms read).
      this.statements.set(name, { name, text: text.replace(LEADING_COMMENTS, '').replace(COMMENT_LINES, ''), params: parseParams(text, file) });
    }
  }

  get(name: string): CypherStatement {
    const s = this.statements.get(name);
    if (!s) throw new Error(`No Cypher statement named "${name}" in ${this.root}`);
    return s;
  }

  names(): string[] {
    return [...this.statements.keys()].sort();
  }

  /** Names below a folder, in file-name order (e.g. every `schema/` statement). */
  namesUnder(prefix: string): string[] {
    return [...this.statements.keys()].filter((n) => n.startsWith(`${prefix}/`)).sort();
  }
}
