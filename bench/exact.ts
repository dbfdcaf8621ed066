/**
 * The truth the search must equal: every entry whose text, folded the way the index
 * folds it (db/search/fold.ts), contains each of the query's folded terms as a
 * substring. Found by scanning every entry once for all queries.
 */
import { foldUnits } from '@db/search/fold.ts';
import { searchTerms } from '@db/search/query.ts';

export class ExactHits {
  private readonly terms: string[][];
  /** One bit per entry for each query, by entry ordinal. */
  private readonly bits: Uint8Array[];
  private readonly counts: number[];

  constructor(queries: readonly string[], entries: number) {
    this.terms = queries.map((q) => searchTerms(q).map((t) => t.units.join('')));
    this.bits = queries.map(() => new Uint8Array(Math.ceil(entries / 8)));
    this.counts = queries.map(() => 0);
  }

  add(ordinal: number, text: string): void {
    const folded = foldUnits(text).join('');
    this.terms.forEach((terms, q) => {
      if (terms.length > 0 && terms.every((t) => folded.includes(t))) {
        this.bits[q]![ordinal >> 3]! |= 1 << (ordinal & 7);
        this.counts[q]!++;
      }
    });
  }

  has(query: number, ordinal: number): boolean {
    return (this.bits[query]![ordinal >> 3]! & (1 << (ordinal & 7))) !== 0;
  }

  count(query: number): number {
    return this.counts[query]!;
  }
}
