/**
 * Written unit names carry stray whitespace from PDF extraction (人行 永川中心支行, 永川 海关); the graph stores them
 * without, so every lookup strips all whitespace (ASCII and the ideographic space U+3000) first.
 */
export function normalizeUnitName(name: string): string {
  return name.replace(/[\s\u3000]+/gu, '');
}
