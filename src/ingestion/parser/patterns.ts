/** Regular-expression sources shared by several parser modules (compiled once by each user). */

/**
 * 渝府办发〔2023〕51号: issuer abbreviation, year in 〔〕 (U+3014/U+3015; ［］, 〖〗 and [] also seen, and （） after an
 * issuer's 发/办/函/府/字 — not after any word: 两江新区（2024）12号地块 is a plot), serial, 号; full-width digits in a typed
 * notice.
 */
export const DOC_NUMBER_SOURCE =
  '[\\u4e00-\\u9fff]{1,10}\\s*(?:[〔［〖\\[]\\s*[0-9０-９]{4}\\s*[〕］〗\\]]|(?<=[发办函府字])[（(]\\s*[0-9０-９]{4}\\s*[）)])\\s*[0-9０-９]{1,5}\\s*号';

/**
 * A document number as the genre prints it, whatever the brackets and digits it was typed with: 渝府办发[2023]51号 and
 * 渝府办发〔２０２３〕５１号 are 渝府办发〔2023〕51号, so that a citation finds the document it names.
 */
export function canonicalDocNumber(written: string): string {
  return asciiDigits(written)
    .replace(/\s+/g, '')
    .replace(/[［〖[（(](?=\d{4}[］〗\]）)])/u, '〔')
    .replace(/(?<=〔\d{4})[］〗\]）)]/u, '〕');
}

/** 2023年6月28日 (wrapping spaces allowed; full-width digits, ２０２３年６月２８日, as a typed notice has them). */
export const ARABIC_DATE_SOURCE = '([0-9０-９]{4})\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日';

/** Digits as numbers: ２０２３ → 2023. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 二〇二三年六月二十八日. */
export const CHINESE_DATE_SOURCE = '([〇○零一二三四五六七八九]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日';
