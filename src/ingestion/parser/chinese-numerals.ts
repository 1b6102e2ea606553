/**
 * Chinese numerals as used in outline numbers (（二十四）), dates (二〇二三年六月二十八日) and counts (五个以上).
 */

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, '〇': 0, '○': 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇○一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟';

/** 二十四 → 24, 十 → 10, 一百零五 → 105, 二〇二三 → 2023 (digit-by-digit form); undefined if not a numeral. */
export function parseChineseNumeral(text: string): number | undefined {
  const s = text.trim();
  if (s.length === 0) return undefined;
  // Years are written digit by digit (二〇二三); a string without any 十/百/千 is read that way.
  if (![...s].some((c) => c in UNITS || c === '万')) {
    let v = 0;
    for (const c of s) {
      const d = DIGITS[c];
      if (d === undefined) return undefined;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const c of s) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const u = UNITS[c];
    if (u !== undefined) {
      section += (digit ?? 1) * u;
      digit = undefined;
      continue;
    }
    if (c === '万') {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}

/** Arabic (full- or half-width) or Chinese numeral → number. */
export function parseNumberToken(text: string): number | undefined {
  const ascii = text.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\s+/g, '');
  if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}
