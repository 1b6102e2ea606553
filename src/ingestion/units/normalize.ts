/**
 * Whitespace inside a unit name is never meaningful in Chinese: it comes from PDF line wrapping
 * (人行 永川中心支行) or from a space after 、. Zero-width characters come from copy-paste.
 * Full-width brackets are kept as they are (中新（重庆）…), which is why no Unicode normalisation is applied.
 */
const WHITESPACE = /(?:\s|\u00a0|\u3000|\u200b|\u200c|\u200d|\ufeff)+/gu;

export function normalizeUnitName(written: string): string {
  return written.replace(WHITESPACE, '');
}
