import 'reflect-metadata';
import fs from 'node:fs';
import { Command, Option } from 'commander';
import { EXIT, exitAfterFlush, failAndExit } from './exit';
import { toCsv, toMarkdown } from '../briefs/brief.format';
import { DEFAULT_JURISDICTIONS, toBriefRequest } from '../briefs/brief.request';
import { loadConfig } from '../config';
import { connect, Connection } from '../db';
import { AppError, ErrorCode } from '../errors';
import { loadSeedIfMissing } from '../ingestion/seed';
import { BriefService } from '../services/brief.service';

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
    connection = await connect(config, (m) => process.stderr.write(`${m}\n`), { shortLived: true });
    await loadSeedIfMissing(connection.db, config.seedDir, (m) => process.stderr.write(`${m}\n`));
    const data = await new BriefService(connection.db).data(request);
    output = opts.format === 'csv' ? toCsv(data, { bom: opts.bom === true }) : toMarkdown(data);
  } catch (e) {
    await connection?.close();
    return failAndExit(e);
  }
  await connection.close();
  if (opts.out) {
    try {
      fs.writeFileSync(opts.out, output, 'utf8');
    } catch (e) {
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      return failAndExit(new AppError(ErrorCode.OUTPUT_UNWRITABLE, `${opts.out}: cannot write the brief (${reason})`));
    }
    process.stderr.write(`Wrote ${opts.out}\n`);
  } else {
    process.stdout.write(output);
  }
  return exitAfterFlush(EXIT.ok);
}

main(process.argv).catch(failAndExit);
