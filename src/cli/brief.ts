import 'reflect-metadata';
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { exitAfterFlush } from './exit';
import { toCsv, toMarkdown } from '../briefs/brief.format';
import { DEFAULT_JURISDICTIONS, toBriefRequest } from '../briefs/brief.request';
import { loadConfig } from '../config';
import { connect, Connection } from '../db';
import { ErrorCode, isAppError } from '../errors';
import { loadSeedIfMissing } from '../ingestion/seed';
import { BriefService } from '../services/brief.service';

/** Exit codes: 0 brief written, 1 bad input or nothing by that name, 2 usage, 3 the database failed. */
const EXIT = { ok: 0, input: 1, usage: 2, database: 3 } as const;

const DATABASE_CODES: readonly string[] = [
  ErrorCode.DATABASE_UNAVAILABLE,
  ErrorCode.DATABASE_AUTH_FAILED,
  ErrorCode.DATABASE_TIMEOUT,
  ErrorCode.NEO4J_START_FAILED,
  ErrorCode.JAVA_MISSING,
  ErrorCode.MAVEN_MISSING,
  ErrorCode.PORT_IN_USE,
  ErrorCode.CONFIG_INVALID,
];

function fail(e: unknown): void {
  if (isAppError(e)) {
    process.stderr.write(`[${e.code}] ${e.message}\n`);
    return exitAfterFlush(DATABASE_CODES.includes(e.code) ? EXIT.database : EXIT.input);
  }
  process.stderr.write(`[${ErrorCode.INTERNAL_SERVER_ERROR}] ${(e as Error).stack ?? String(e)}\n`);
  return exitAfterFlush(EXIT.database);
}

const list = (v: string): string[] => v.split(/[,，、]/).map((s) => s.trim()).filter((s) => s !== '');

interface Options {
  jurisdictions?: string[] | true;
  units?: string[];
  platform?: string;
  document?: string;
  format: 'md' | 'csv';
  out?: string;
  bom?: boolean;
}

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('npm run brief --')
    .description('A meeting brief (shared measures, paired units and the basis of each pairing, quoted text) as Markdown or CSV.\nWith no subject: --jurisdictions 重庆市,四川省.')
    .option('--jurisdictions [A,B]', `two jurisdictions (default ${DEFAULT_JURISDICTIONS.join(',')})`, list)
    .option('--units <A,B>', 'two units, any written form', list)
    .option('--platform <name>', 'a platform, channel or programme, e.g. 单一窗口')
    .option('--document <number>', 'only this document, e.g. 渝府办发〔2023〕51号')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'csv']).default('md'))
    .option('--out <file>', 'write to this file instead of stdout')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark so Excel reads the Chinese correctly')
    .exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .parse(argv);
  const opts = program.opts<Options>();

  const noSubject = opts.jurisdictions === undefined && opts.units === undefined && opts.platform === undefined;
  const jurisdictions = opts.jurisdictions === true || noSubject ? DEFAULT_JURISDICTIONS : opts.jurisdictions;
  // Checked before Neo4j starts: a usage mistake should not cost a database start-up.
  const request = toBriefRequest({ jurisdictions, units: opts.units, platform: opts.platform, document: opts.document });

  let connection: Connection | undefined;
  let output: string;
  try {
    const config = loadConfig();
    connection = await connect(config, (m) => process.stderr.write(`${m}\n`));
    await loadSeedIfMissing(connection.db, config.seedDir, (m) => process.stderr.write(`${m}\n`));
    const data = await new BriefService(connection.db).data(request);
    output = opts.format === 'csv' ? toCsv(data, { bom: opts.bom === true }) : toMarkdown(data);
  } catch (e) {
    await connection?.close();
    return fail(e);
  }
  await connection.close();
  if (opts.out) {
    fs.writeFileSync(opts.out, output, 'utf8');
    process.stderr.write(`Wrote ${opts.out}\n`);
  } else {
    process.stdout.write(output);
  }
  return exitAfterFlush(EXIT.ok);
}

main(process.argv).catch(fail);
