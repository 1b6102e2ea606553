import 'reflect-metadata';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { EXIT, exitAfterFlush, failAndExit } from './exit';
import { loadConfig } from '../config';
import { connect, Connection } from '../db';
import { AppError, isAppError } from '../errors';
import { dryRunJson } from '../ingestion/dry-run';
import { awaitSearchIndex, ingestPrepared, IngestReport, isLongLoad, LoadableDocument, PreparedDocument, prepareFile } from '../ingestion/pipeline';
import { prepareAhead } from '../ingestion/prepare-ahead';

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

  let rejected = 0;
  const reject = (e: AppError): void => {
    rejected += 1;
    process.stderr.write(`[${e.code}] ${e.message}\n`);
  };

  if (opts.dryRun) {
    const prepared: PreparedDocument[] = [];
    for (const file of files) {
      try {
        prepared.push(prepareFile(file));
      } catch (e) {
        if (!isAppError(e)) throw e;
        reject(e);
      }
    }
    process.stdout.write(`${JSON.stringify(dryRunJson(prepared), null, 2)}\n`);
    return exitAfterFlush(rejected > 0 ? EXIT.input : EXIT.ok);
  }

  // Files are parsed in a worker thread, a few ahead of the load: the next documents are ready while Neo4j starts and
  // while it writes the one before. A rejected file is reported and the others still load; Neo4j is started only once
  // there is a document to load.
  const ahead = prepareAhead(
    files.map((file) => ({ file })),
    { ahead: 8 },
  );
  const nextLoadable = async (): Promise<LoadableDocument | undefined> => {
    for (;;) {
      const next = await ahead.next();
      if (next.done) return undefined;
      if (!isAppError(next.value)) return next.value;
      reject(next.value);
    }
  };
  let connection: Connection | undefined;
  try {
    let doc = await nextLoadable();
    if (doc === undefined) return exitAfterFlush(rejected > 0 ? EXIT.input : EXIT.usage);
    connection = await connect(loadConfig(), (m) => process.stderr.write(`${m}\n`), { shortLived: !isLongLoad(files.length) });
    const bar = !opts.quiet && files.length > 3 && process.stderr.isTTY ? new SingleBar({ format: 'loading [{bar}] {value}/{total} {file}', stream: process.stderr }, Presets.shades_classic) : undefined;
    bar?.start(files.length - rejected, 0, { file: '' });
    const reports: IngestReport[] = [];
    for (; doc !== undefined; doc = await nextLoadable()) {
      reports.push(await ingestPrepared(connection.db, doc, { awaitSearch: false }));
      bar?.setTotal(files.length - rejected);
      bar?.increment({ file: path.basename(doc.file) });
    }
    await awaitSearchIndex(connection.db);
    bar?.stop();
    reports.forEach(printReport);
  } catch (e) {
    await ahead.return(undefined);
    await connection?.close();
    return failAndExit(e);
  }
  await connection.close();
  return exitAfterFlush(rejected > 0 ? EXIT.input : EXIT.ok);
}

main(process.argv).catch(failAndExit);

