/**
 * The pure parser: text of one policy notice → ParsedDocument. No I/O, no database.
 */
import { AppError, ErrorCode } from '../../errors';
import { idNumber, itemKeyPart, type JurisdictionRef, type Mention, type ParsedDocument, type ParsedItem, type ParseWarning } from '../../model/parsed';
import { findMentions } from './entities';
import { jointIssuerJurisdictions, jurisdictionOfIssuer } from './jurisdictions';
import { classifyEndMatter, parseHeader } from './notice';
import { addLine, isOutlineStart, joinParas, parseBody } from './outline';
import { parseTableHeader } from './attachment-table';
import { assignByRange } from './range-assignments';
import { findTargets } from './targets';
import { endsSentence, lineOfOffset, splitLines, type SourceLine } from './text';

export { decodeDocument } from './decode';
export { parseChineseNumeral } from './chinese-numerals';
export { jurisdictionOfIssuer } from './jurisdictions';

function checkText(source: string): void {
  if (source.trim().length === 0) throw new AppError(ErrorCode.INPUT_EMPTY, 'the document is empty');
  const nul = source.indexOf('\u0000');
  if (nul >= 0) {
    const line = lineOfOffset(splitLines(source), nul);
    throw new AppError(ErrorCode.INPUT_BINARY, `the document contains NUL characters (line ${line}); it is binary, not text`, { line });
  }
  let bad = 0;
  let replacement = -1;
  const n = Math.min(source.length, 200000);
  for (let i = 0; i < n; i++) {
    const c = source.charCodeAt(i);
    if (c === 0xfffd) {
      bad++;
      if (replacement < 0) replacement = i;
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++;
  }
  if (replacement >= 0 && bad > n * 0.005) {
    const line = lineOfOffset(splitLines(source), replacement);
    throw new AppError(
      ErrorCode.INPUT_ENCODING,
      `the document contains undecodable characters (first at line ${line}); it was probably GBK/GB18030 — convert it to UTF-8`,
      { line },
    );
  }
  if (bad > n * 0.1) throw new AppError(ErrorCode.INPUT_BINARY, 'the document is mostly non-text characters (line 1 onwards)', { line: 1 });
}

// …联动创新区（以下简称江津联动创新区）, （简称：…）: the short name the plan uses for the name before it from here on.
const SHORT_NAME_NOTE = /^\s*[（(]\s*(?:以下)?(?:简称|统称)\s*[：:]?\s*[“"]?([^”"）)，,、；;]{2,20}?)[”"]?\s*[）)]/u;

/**
 * A platform, zone or mechanism the plan names in full and then declares a short name for (中国（重庆）自由贸易试验区江津联动
 * 创新区（以下简称江津联动创新区）): every mention of the short name in the document is the same one, under the full name
 * (its written form kept).
 */
function namesDeclaredShort(doc: ParsedDocument): void {
  const all: Mention[] = [...doc.mentions];
  const collect = (items: readonly ParsedItem[]): void => {
    for (const i of items) {
      all.push(...i.mentions);
      collect(i.subItems);
    }
  };
  for (const s of doc.sections) collect(s.items);
  const fullOf = new Map<string, Mention>();
  for (const m of all) {
    if (m.kind === 'POLICY' || m.kind === 'AGREEMENT') continue;
    const short = SHORT_NAME_NOTE.exec(doc.source.slice(m.span.end, m.span.end + 40))?.[1];
    if (short !== undefined && short !== m.name && !fullOf.has(short)) fullOf.set(short, m);
  }
  for (const m of all) {
    const full = fullOf.get(m.asWritten) ?? fullOf.get(m.name);
    if (full !== undefined && full !== m && full.kind === m.kind) m.name = full.name;
  }
}

function jurisdictionsOf(issuers: readonly string[], warnings: ParseWarning[]): JurisdictionRef[] {
  const out: JurisdictionRef[] = [];
  for (const issuer of issuers) {
    const joint = jointIssuerJurisdictions(issuer);
    if (joint) {
      for (const j of joint) if (!out.some((o) => o.name === j.name)) out.push(j);
      continue;
    }
    const j = jurisdictionOfIssuer(issuer);
    if (!j) {
      warnings.push({ line: 1, message: `no jurisdiction could be read from the issuer ${issuer}` });
      continue;
    }
    if (!out.some((o) => o.name === j.name)) out.push(j);
  }
  return out;
}

/**
 * Items of one parent with the same number (a numbering slip, （一） twice) would share an id and each other's units:
 * the second gets the key （一）#2, with a warning on its line; sub-items likewise, under their own parent.
 */
function keyRepeatedNumbers(items: ParsedItem[], where: string, lines: readonly SourceLine[], warnings: ParseWarning[]): void {
  const seen = new Map<string, number>();
  for (const item of items) {
    const id = idNumber(item.number);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) {
      item.key = `${id}#${n}`;
      warnings.push({ line: lineOfOffset(lines, item.span.start), message: `item ${item.number} appears ${n} times in ${where}; this one is kept as ${item.key}` });
    }
    keyRepeatedNumbers(item.subItems, `${where} ${itemKeyPart(item)}`, lines, warnings);
  }
}

/** Whether a table header follows line k within a few lines (the attachment's title between). */
function tableFollows(lines: readonly SourceLine[], k: number): boolean {
  return lines.slice(k + 1).filter((l) => l.text !== '').slice(0, 3).some((l) => parseTableHeader(l) !== undefined);
}

/** Parses one notice. Throws AppError (INPUT_EMPTY, INPUT_BINARY, INPUT_ENCODING, INPUT_NOT_A_NOTICE, INPUT_TRUNCATED). */
export function parseDocument(source: string): ParsedDocument {
  checkText(source);
  const lines = splitLines(source);
  // A notice whose plan is only its attached list (附件⏎重点任务清单⏎序号⇥工作任务⇥责任单位…) starts its body at the 附件 line.
  const outlineStart = lines.findIndex((l) => isOutlineStart(l.text));
  const bodyStart = outlineStart >= 0 ? outlineStart : lines.findIndex((l, k) => classifyEndMatter(l.text)?.kind === 'ATTACH_START' && tableFollows(lines, k));
  const header = parseHeader(bodyStart < 0 ? lines : lines.slice(0, bodyStart));
  const warnings: ParseWarning[] = [...header.warnings];
  const jurisdictions = jurisdictionsOf(header.issuers, warnings);
  const nonEmpty = lines.filter((l) => l.text.length > 0);
  const lastLine = nonEmpty[nonEmpty.length - 1] as SourceLine;

  if (bodyStart < 0) {
    if (!header.docNumber) {
      throw new AppError(ErrorCode.INPUT_NOT_A_NOTICE, 'no document number (…〔year〕…号) and no outline (一、 / （一）) found from line 1 on; this is not a policy notice', {
        line: 1,
      });
    }
    if (!endsSentence(lastLine.text) || (!header.signedOn && !header.title)) {
      throw new AppError(ErrorCode.INPUT_TRUNCATED, `the document ends at line ${lastLine.no} before its plan begins (truncated)`, { line: lastLine.no });
    }
    // 关于印发…的通知 issues a plan; a file that ends after the notice (its signature, （此件公开发布）) without a line of it
    // has lost the plan, whatever punctuation its last line ends with.
    if (/印发.+的通知$/.test(header.title ?? '') && header.preambleLines.length === 0) {
      const plan = header.planTitle ? `《${header.planTitle}》` : 'the plan';
      throw new AppError(ErrorCode.INPUT_TRUNCATED, `the notice issues ${plan}, but the document ends at line ${lastLine.no} before it begins (truncated)`, {
        line: lastLine.no,
      });
    }
    warnings.push({ line: lastLine.no, message: 'the notice has no outline (一、 / （一）)' });
  }

  // The year in the document number (渝府办发〔2023〕51号), else the signing date's: when the plan was written.
  const issuedYear = /〔(\d{4})〕/.exec(header.docNumber ?? '')?.[1] ?? header.signedOn?.slice(0, 4);
  const body = parseBody(bodyStart < 0 ? [] : lines.slice(bodyStart), jurisdictions, issuedYear === undefined ? undefined : Number(issuedYear));
  warnings.push(...body.warnings);
  for (const s of body.sections) keyRepeatedNumbers(s.items, `section ${s.number}`, lines, warnings);
  assignByRange(body.sections, warnings, (offset) => lineOfOffset(lines, offset));
  if (bodyStart >= 0 && body.completeItems === 0 && body.truncatedAt.length > 0) {
    const line = body.truncatedAt[0] as number;
    throw new AppError(ErrorCode.INPUT_TRUNCATED, `the document is cut off at line ${line} before any item is complete (truncated)`, { line });
  }

  if (!header.docNumber) {
    // The graph keys a document by its number; without one, by its title and signing date (graph-rows documentKey).
    warnings.push({ line: 1, message: 'no document number (…〔year〕…号) in the header; the document is keyed by its title and date' });
  }

  const preambleParas: Parameters<typeof addLine>[0] = [];
  for (const l of header.preambleLines) addLine(preambleParas, l);
  const preambleComp = joinParas(preambleParas);
  const preamble = preambleComp.toString();

  const doc: ParsedDocument = {
    docNumber: header.docNumber ?? '',
    otherDocNumbers: header.otherDocNumbers,
    title: header.title ?? '',
    planTitle: header.planTitle ?? '',
    issuers: header.issuers,
    jurisdictions,
    attachmentTitles: [...header.attachmentTitles, ...body.attachmentTitles],
    sections: body.sections,
    mentions: [...(preamble ? findMentions(preamble, preambleComp) : []), ...body.mentions],
    targets: [...(preamble ? findTargets(preamble, preambleComp, issuedYear === undefined ? {} : { issued: Number(issuedYear) }) : []), ...body.targets],
    warnings: warnings.sort((a, b) => a.line - b.line),
    source,
  };
  namesDeclaredShort(doc);
  if (header.period) doc.period = header.period;
  if (header.recipients) doc.recipients = header.recipients;
  const signedOn = header.signedOn ?? body.signedOn;
  if (signedOn) doc.signedOn = signedOn;
  if (body.printedOn) doc.printedOn = body.printedOn;
  if (body.printedBy) doc.printedBy = body.printedBy;
  const publicRelease = header.publicRelease ?? body.publicRelease;
  if (publicRelease) doc.publicRelease = publicRelease;
  if (preamble) doc.preamble = preamble;
  if (header.issuanceNote) doc.issuanceNote = header.issuanceNote;
  const signatories = header.signatories ?? body.signatories;
  if (signatories) doc.signatories = signatories;
  if (body.copiedTo) doc.copiedTo = body.copiedTo;
  return doc;
}
