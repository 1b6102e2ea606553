import type { BriefData, BriefMeasure, BriefPairing, BriefUnit } from './brief.model';

/** One data row of the CSV: one pairing on one measure (a measure with no units still gets one row). */
export interface BriefRow {
  document: string;
  measure_id: string;
  section: string;
  measure_number: string;
  measure_title: string;
  unit_a: string;
  as_written_a: string;
  jurisdiction_a: string;
  unit_b: string;
  as_written_b: string;
  jurisdiction_b: string;
  basis: string;
  line: string;
  measure_text: string;
  source_start: string;
  source_end: string;
  source_excerpt: string;
}

/** CSV header, in column order; English keys so spreadsheets and scripts can address columns without encoding trouble. */
export const CSV_COLUMNS: readonly (keyof BriefRow)[] = [
  'document',
  'measure_id',
  'section',
  'measure_number',
  'measure_title',
  'unit_a',
  'as_written_a',
  'jurisdiction_a',
  'unit_b',
  'as_written_b',
  'jurisdiction_b',
  'basis',
  'line',
  'measure_text',
  'source_start',
  'source_end',
  'source_excerpt',
];

const BASIS_LABELS: Record<string, string> = {
  FUNCTIONAL_LINE: '同一条线 same functional line',
  SAME_OFFICE: '同名机构 same office',
  POSITION: '名单位置 list position',
  CO_RESPONSIBLE: '共同负责 co-responsible',
};

export function basisLabel(basis: string | null): string {
  if (basis === null) return '无对口单位 no counterpart';
  return BASIS_LABELS[basis] ?? basis;
}

export function briefTitle(data: BriefData): string {
  const r = data.request;
  const scope = r.document ? `（${r.document}）` : '';
  switch (r.kind) {
    case 'jurisdictions':
      return `会商简报：${r.jurisdictions[0]} × ${r.jurisdictions[1]}${scope} · Meeting brief: ${r.jurisdictions[0]} × ${r.jurisdictions[1]}`;
    case 'units':
      return `会商简报：${r.units[0]} × ${r.units[1]}${scope} · Meeting brief: ${r.units[0]} × ${r.units[1]}`;
    case 'platform':
      return `会商简报：${r.platform}${scope} · Meeting brief: platform ${r.platform}`;
  }
}

/** 二、（一） for outline items, 附件 13 for attachment rows: how an analyst cites a measure. */
export function measureLabel(m: BriefMeasure): string {
  const section = m.sectionNumber ?? '';
  if (section === '') return m.number;
  const sep = /^[一二三四五六七八九十百]+$/.test(section) ? '、' : ' ';
  return `${section}${sep}${m.number}`;
}

function rowsOf(m: BriefMeasure): BriefPairing[] {
  return m.pairings.length > 0 ? m.pairings : [{ a: null, b: null, basis: null, line: null }];
}

export function briefRows(data: BriefData): BriefRow[] {
  const unit = (u: BriefUnit | null): [string, string, string] => (u ? [u.name, u.asWritten, u.jurisdiction ?? ''] : ['', '', '']);
  return data.measures.flatMap((m) =>
    rowsOf(m).map((p) => {
      const [ua, wa, ja] = unit(p.a);
      const [ub, wb, jb] = unit(p.b);
      return {
        document: m.documentNumber,
        measure_id: m.id,
        section: m.sectionNumber ?? '',
        measure_number: m.number,
        measure_title: m.title ?? '',
        unit_a: ua,
        as_written_a: wa,
        jurisdiction_a: ja,
        unit_b: ub,
        as_written_b: wb,
        jurisdiction_b: jb,
        basis: p.a && p.b ? (p.basis ?? '') : p.a || p.b ? 'NONE' : '',
        line: p.line ?? '',
        measure_text: m.text,
        source_start: String(m.source.start),
        source_end: String(m.source.end),
        source_excerpt: m.source.excerpt,
      };
    }),
  );
}

// ---- CSV (RFC 4180) ------------------------------------------------------------------------------------------

/** A field is quoted when it holds a quote, comma, CR or LF (RFC 4180 §2.6); quotes inside are doubled (§2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/**
 * The brief as CSV: header line, one line per row, CRLF line ends (RFC 4180 §2.1–2.3). `bom` prefixes U+FEFF so
 * Excel on Windows opens the UTF-8 file as UTF-8 instead of the local code page (Chinese would be garbled).
 */
export function toCsv(data: BriefData, options: { bom?: boolean } = {}): string {
  const lines = [csvLine(CSV_COLUMNS), ...briefRows(data).map((r) => csvLine(CSV_COLUMNS.map((c) => r[c])))];
  return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}

// ---- Markdown ----------------------------------------------------------------------------------------------

/** A table cell: pipes escaped, line breaks as <br> so a cell never breaks the table. */
export function mdCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A quotation: every line behind "> ", so a multi-paragraph excerpt stays one quote. */
export function mdQuote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.trim() === '' ? '>' : `> ${l}`))
    .join('\n');
}

function unitCell(u: BriefUnit | null): string {
  if (!u) return '—';
  const written = u.asWritten && u.asWritten !== u.name ? `（写作 ${u.asWritten}）` : '';
  return mdCell(`${u.name}${written}`);
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + 1);
  return out;
}

export function toMarkdown(data: BriefData): string {
  const out: string[] = [`# ${briefTitle(data)}`, ''];
  const r = data.request;
  const pairings = data.measures.flatMap((m) => m.pairings.filter((p) => p.a && p.b));
  const documents = [...new Map(data.measures.map((m) => [m.documentNumber, m.planTitle])).entries()];

  const scope = r.document ? r.document : '全部已载入文件 all loaded documents';
  out.push(`- 范围 Scope: ${scope}`);
  if (r.kind === 'platform') out.push(`- 平台 Platform: ${data.platforms.length > 0 ? data.platforms.join('、') : '（未找到 not found）'}`);
  out.push(`- ${r.kind === 'platform' ? '涉及措施 Measures' : '共同措施 Shared measures'}: ${data.measures.length}`);
  const byBasis = [...countBy(pairings, (p) => p.basis ?? '').entries()].map(([b, n]) => `${basisLabel(b || null)} ${n}`);
  out.push(`- 配对 Pairings: ${pairings.length}${byBasis.length > 0 ? `（${byBasis.join('；')}）` : ''}`);
  if (documents.length > 0) {
    out.push(`- 文件 Documents: ${documents.map(([n, t]) => (t ? `${n}《${t}》` : n)).join('；')}`);
  }
  out.push('');

  if (data.measures.length === 0) {
    out.push('没有符合条件的措施。 No measures match.', '');
    return out.join('\n');
  }

  data.measures.forEach((m, i) => {
    out.push(`## ${i + 1}. ${m.documentNumber} ${measureLabel(m)} ${m.title ?? ''}`.trimEnd(), '');
    out.push(`| ${mdCell(data.sides[0])} | ${mdCell(data.sides[1])} | 配对依据 Basis | 条线 Line |`, '| --- | --- | --- | --- |');
    if (m.pairings.length === 0) out.push('| — | — | 无责任单位 no responsible units | |');
    for (const p of m.pairings) {
      const basis = p.a && p.b ? basisLabel(p.basis) : basisLabel(null);
      out.push(`| ${unitCell(p.a)} | ${unitCell(p.b)} | ${mdCell(basis)} | ${mdCell(p.line ?? '')} |`);
    }
    out.push('', '原文 Text:', '', mdQuote(m.text), '');
    if (m.source.excerpt !== '' && m.source.excerpt !== m.text) {
      out.push('原文摘录 Source excerpt:', '', mdQuote(m.source.excerpt), '');
    }
    out.push(`出处 Source: ${m.documentNumber}, offsets ${m.source.start}–${m.source.end} · \`${m.id}\``, '');
  });
  return out.join('\n');
}
