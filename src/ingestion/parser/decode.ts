/**
 * Bytes → text, refusing what is not a UTF-8 text document with a message the user can act on.
 */
import { AppError, ErrorCode } from '../../errors';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function lineAt(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function magicKind(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 8);
  if (head.subarray(0, 4).toString('latin1') === '%PDF') return 'a PDF file';
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'a ZIP archive (e.g. .docx)';
  if (head.toString('hex') === 'd0cf11e0a1b11ae1') return 'an OLE document (e.g. .doc/.xls)';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'a gzip archive';
  if (head[0] === 0x89 && head.subarray(1, 4).toString('latin1') === 'PNG') return 'a PNG image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'a JPEG image';
  return undefined;
}

/** Share of bytes that never occur in text: C0 controls other than TAB/LF/CR/FF, and DEL. */
function controlRatio(bytes: Buffer): number {
  const n = Math.min(bytes.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

/** Is the text mostly CJK, ASCII and common punctuation, as a Chinese notice decoded correctly would be? */
function looksLikeChineseText(text: string): boolean {
  let good = 0;
  let total = 0;
  for (const c of text.slice(0, 20000)) {
    total++;
    const cp = c.codePointAt(0) as number;
    if ((cp >= 0x20 && cp < 0x7f) || cp === 0x0a || cp === 0x0d || cp === 0x09) good++;
    else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef)) good++;
    else if (cp >= 0x2010 && cp <= 0x206f) good++;
  }
  return total > 0 && good / total > 0.9;
}

/**
 * Decodes a notice file. Throws INPUT_EMPTY, INPUT_BINARY or INPUT_ENCODING (the message names the
 * line where the problem is; `details.fileName` carries the file for the caller's message).
 */
export function decodeDocument(bytes: Buffer, fileName: string): string {
  const details = { fileName };
  if (bytes.length === 0) throw new AppError(ErrorCode.INPUT_EMPTY, 'the file is empty', details);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError(ErrorCode.INPUT_ENCODING, 'the file is UTF-16 encoded (byte-order mark at line 1); convert it to UTF-8', details);
  }
  const kind = magicKind(bytes);
  if (kind) {
    throw new AppError(ErrorCode.INPUT_BINARY, `the file is ${kind}, not plain text (line 1); extract its text to a UTF-8 .txt file first`, details);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new AppError(ErrorCode.INPUT_BINARY, `the file contains NUL bytes (first at byte ${nul}, line ${lineAt(bytes, nul)}); it is binary, not a text document`, {
      ...details,
      offset: nul,
    });
  }
  if (controlRatio(bytes) > 0.1) {
    throw new AppError(ErrorCode.INPUT_BINARY, 'the file is mostly non-text bytes (line 1 onwards); it is binary, not a text document', details);
  }
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = UTF8.decode(body);
  } catch (cause) {
    const offset = firstInvalidUtf8(body);
    if (isCutCharacter(body, offset)) {
      // A file cut off in the middle of a character is a truncated document, not a binary one: drop the partial
      // character and let the parser judge what is complete.
      return decodeDocument(Buffer.from(bytes.subarray(0, bytes.length - (body.length - offset))), fileName);
    }
    const line = lineAt(body, offset);
    let hint = '';
    try {
      if (looksLikeChineseText(new TextDecoder('gb18030', { fatal: true }).decode(body))) {
        hint = '; it looks like GBK/GB18030 — convert it to UTF-8 (e.g. iconv -f GB18030 -t UTF-8)';
      }
    } catch {
      // Not GB18030 either: no hint.
    }
    if (!hint) {
      throw new AppError(ErrorCode.INPUT_BINARY, `the file is not text: invalid UTF-8 at byte ${offset} (line ${line}) and no known encoding fits`, { ...details, offset, line }, { cause });
    }
    throw new AppError(ErrorCode.INPUT_ENCODING, `the file is not valid UTF-8 (byte ${offset}, line ${line})${hint}`, { ...details, offset, line }, { cause });
  }
  if (text.trim().length === 0) throw new AppError(ErrorCode.INPUT_EMPTY, 'the file contains only whitespace', details);
  return text;
}

/** True when the bytes from `offset` are the start of a multi-byte character that the end of the file cut short. */
function isCutCharacter(bytes: Buffer, offset: number): boolean {
  const b = bytes[offset];
  if (b === undefined || offset === 0) return false;
  const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0 || offset + need < bytes.length) return false;
  for (let i = offset + 1; i < bytes.length; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) return false;
  return true;
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}
