import 'reflect-metadata';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { EXIT, exitAfterFlush, failAndExit } from './exit';
import { loadConfig } from '../config';
import { connect, Connection } from '../db';
import { isAppError } from '../errors';
import { dryRunJson } from '../ingestion/dry-run';
import { awaitSearchIndex, ingestPrepared, IngestReport, isLongLoad, PreparedDocument, prepareFile } from '../ingestion/pipeline';

function printReport(r: IngestReport): void {
  const lines = [
    `${path.basename(r.file)}: ${r.docNumber} ${r.title}`,
    `  sections ${r.sections}, measures ${r.measures}, guarantees ${r.guarantees}, attachment items ${r.attachmentItems}`,
    `  units ${r.units}, responsibilities ${r.responsibilities}, counterpart pairs ${r.counterpartPairs}`,
    ...r.warnings.map((w) => `  warning ${path.basename(r.file)}:${w.line}: ${w.message}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function main(argv: string[]): Promise<void> {
  const program = new Command()
    .name('npm run ingest --')
    .description('Load policy documents (UTF-8 text of 通知 / 行动方案 / 实施方案) into the graph.')
    .argument('<files...>', 'document files')
    .option('--dry-run', 'parse and print the structure as JSON; touch no database')
    .option('--quiet', 'no progress bar')
    .exitOverride((err) => process.exit(err.exitCode === 0 ? EXIT.ok : EXIT.usage))
    .parse(argv);
  const files = program.args;
  const opts = program.opts<{ dryRun?: boolean; quiet?: boolean }>();

  // Parse everything first: a bad file is reported before anything is written.
  const prepared: PreparedDocument[] = [];
  let rejected = 0;
  for (const file of files) {
    try {
      prepared.push(prepareFile(file));
    } catch (e) {
      if (!isAppError(e)) throw e;
      rejected += 1;
      process.stderr.write(`[${e.code}] ${e.message}\n`);
    }
  }
  if (opts.dryRun) {
    process.stdout.write(`${JSON.stringify(dryRunJson(prepared), null, 2)}\n`);
    return exitAfterFlush(rejected > 0 ? EXIT.input : EXIT.ok);
  }
  if (prepared.length === 0) return exitAfterFlush(rejected > 0 ? EXIT.input : EXIT.usage);

  let connection: Connection | undefined;
  try {
    connection = await connect(loadConfig(), (m) => process.stderr.write(`${m}\n`), { shortLived: !isLongLoad(prepared.length) });
    const bar = !opts.quiet && prepared.length > 3 && process.stderr.isTTY ? new SingleBar({ format: 'loading [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic) : undefined;
    bar?.start(prepared.length, 0, { file: '' });
    const reports: IngestReport[] = [];
    for (const doc of prepared) {
      reports.push(await ingestPrepared(connection.db, doc, { awaitSearch: false }));
      bar?.increment({ file: path.basename(doc.file) });
    }
    await awaitSearchIndex(connection.db);
    bar?.stop();
    reports.forEach(printReport);
  } catch (e) {
    await connection?.close();
    return failAndExit(e);
  }
  await connection?.close();
  return exitAfterFlush(rejected > 0 ? EXIT.input : EXIT.ok);
}

main(process.argv).catch(failAndExit);

