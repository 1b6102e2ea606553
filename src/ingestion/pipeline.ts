import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db';
import { AppError, ErrorCode, isAppError } from '../errors';
import type { ParsedDocument } from '../model/parsed';
import type { UnitResolution } from '../model/units';
import { GraphRows, LineInfo, toGraphRows } from './graph-rows';
import { loadDocument, writerFingerprint } from './load';
import { decodeDocument, parseDocument } from './parser';
import { resolveUnits } from './units';
import { defaultLineTable } from './units/functional-lines';

/** A document read, parsed and resolved, ready to load: nothing has touched the database yet. */
export interface PreparedDocument {
  file: string;
  parsed: ParsedDocument;
  resolution: UnitResolution;
  rows: GraphRows;
}

export interface IngestReport {
  file: string;
  docNumber: string;
  title: string;
  sections: number;
  measures: number;
  guarantees: number;
  attachmentItems: number;
  units: number;
  responsibilities: number;
  counterpartPairs: number;
  warnings: { line: number; message: string }[];
}

function lineInfo(key: string): LineInfo | undefined {
  const line = defaultLineTable().lineByKey.get(key);
  return line && { key, name: line.zh, nameEn: line.en, vertical: line.vertical };
}

/** Parses and resolves text; every error names the file (and the line, where the parser knows it). */
export function prepareText(text: string, file: string): PreparedDocument {
  try {
    const parsed = parseDocument(text);
    const resolution = resolveUnits(parsed);
    const rows = toGraphRows(parsed, resolution, lineInfo, path.basename(file), writerFingerprint());
    return { file, parsed, resolution, rows };
  } catch (e) {
    throw withFile(e, file);
  }
}

export function prepareFile(file: string): PreparedDocument {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new AppError(ErrorCode.INPUT_UNREADABLE, `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, { file });
  }
  let text: string;
  try {
    text = decodeDocument(bytes, file);
  } catch (e) {
    throw withFile(e, file);
  }
  return prepareText(text, file);
}

function withFile(e: unknown, file: string): unknown {
  if (!isAppError(e)) return e;
  if (e.message.startsWith(file)) return e;
  const line = typeof e.details.line === 'number' ? `:${e.details.line}` : '';
  return new AppError(e.code, `${file}${line}: ${e.message}`, { ...e.details, file }, { cause: e });
}

export function report(doc: PreparedDocument): IngestReport {
  const items = doc.rows.items;
  return {
    file: doc.file,
    docNumber: doc.parsed.docNumber,
    title: doc.parsed.title,
    sections: doc.rows.sections.length,
    measures: items.filter((i) => i.kind === 'MEASURE').length,
    guarantees: items.filter((i) => i.kind === 'GUARANTEE').length,
    attachmentItems: items.filter((i) => i.kind === 'ATTACHMENT_ITEM').length,
    units: new Set(doc.rows.responsibilities.map((r) => r.unitId)).size,
    responsibilities: doc.rows.responsibilities.length,
    counterpartPairs: doc.rows.counterparts.length,
    warnings: [...doc.parsed.warnings, ...doc.resolution.warnings],
  };
}

/**
 * From this many documents on, a load runs long enough for the built-in Neo4j's C2 compiler to repay the core it takes
 * for its first minutes. On 2 cores (docs/benchmarks.md, eighth session): 1,000 generated documents loaded in 70 s with
 * C2 against 81 s with C1 only, while 200 took 21.3 s against 16.6 s and 400 36.7 s against 32.9 s (break-even near
 * 550). A command loading fewer documents starts its Neo4j with C1 only (NEO4J_JIT=auto).
 */
export const LONG_LOAD_DOCUMENTS = 600;

/** Whether a command loading `documents` documents is long-lived enough for the full tiered JIT. */
export function isLongLoad(documents: number): boolean {
  return documents >= LONG_LOAD_DOCUMENTS;
}

/** Waits until full-text search sees every loaded document (the index is updated after commit). */
export async function awaitSearchIndex(db: Database): Promise<void> {
  await db.read('await-search-index');
}

/** What a load needs of a prepared document: its rows and its report. Plain data, so that it can cross threads. */
export interface LoadableDocument {
  file: string;
  rows: GraphRows;
  report: IngestReport;
}

export function loadable(doc: PreparedDocument): LoadableDocument {
  return { file: doc.file, rows: doc.rows, report: report(doc) };
}

/**
 * Loads a prepared document in one write transaction and returns its report. A caller loading many documents passes
 * `awaitSearch: false` and calls awaitSearchIndex once at the end.
 */
export async function ingestPrepared(db: Database, doc: PreparedDocument | LoadableDocument, options: { awaitSearch?: boolean } = {}): Promise<IngestReport> {
  const ready = 'report' in doc ? doc : loadable(doc);
  await loadDocument(db, ready.rows);
  if (options.awaitSearch ?? true) await awaitSearchIndex(db);
  return ready.report;
}

export async function ingestFile(db: Database, file: string): Promise<IngestReport> {
  return ingestPrepared(db, prepareFile(file));
}
