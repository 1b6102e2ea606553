import type { ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../../services/pagination';

/**
 * Complexity estimates for the query-complexity rule: a list field costs its children times the number of items it
 * typically holds, so nesting lists multiplies. The numbers are what the seed documents hold, rounded up.
 */
export type FieldComplexity = ComplexityEstimator;

/** A list of about `n` items. */
export const listOf =
  (n: number): FieldComplexity =>
  ({ childComplexity }) =>
    1 + n * childComplexity;

/** A connection or a capped list: `first` (or the default page) items. */
export const pageOf =
  (argument = 'first', fallback = DEFAULT_PAGE_SIZE): FieldComplexity =>
  ({ args, childComplexity }) => {
    const first = (args as Record<string, unknown>)[argument];
    const n = typeof first === 'number' && first >= 0 ? first : fallback;
    return 1 + Math.max(n, 1) * childComplexity;
  };

/** Typical sizes: a document holds ~70 measures, an item ~5 units, a unit ~10 counterparts. */
export const SIZES = { documents: 2, sections: 8, itemsPerSection: 10, measuresPerDocument: 20, unitsPerItem: 3, counterparts: 3, mentions: 3, measuresPerUnit: 10, subItemsPerItem: 3 } as const;
