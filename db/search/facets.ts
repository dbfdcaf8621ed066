import { createHash } from 'node:crypto';
import { FACET_MARK } from './fold.ts';

/**
 * Filters as index tokens, so FTS5 intersects them with the terms itself and a filter
 * that keeps few documents makes a search faster rather than slower. Each entry
 * carries its document's unit and speaker in the `facets` column as `u<hash>` and
 * `s<hash>` (80 bits of SHA-256 of the exact value, so the filter means equality),
 * plus one `a<hash>` token while the document has annotations,
 * behind FACET_MARK so that no search term can match them.
 */
export interface Facets {
  unit?: string | null | undefined;
  speaker?: string | null | undefined;
  /** The document has annotations outside the bin. */
  annotated?: boolean | undefined;
}

function token(prefix: string, value: string): string {
  return FACET_MARK + prefix + createHash('sha256').update(value).digest('hex').slice(0, 20);
}

function tokens(facets: Facets): string[] {
  const found: string[] = [];
  if (facets.unit != null) found.push(token('u', facets.unit));
  if (facets.speaker != null) found.push(token('s', facets.speaker));
  if (facets.annotated) found.push(token('a', 'annotated'));
  return found;
}

/** What the index stores in `facets` for an entry of a document with these values. */
export function facetTokens(facets: Facets): string {
  return tokens(facets).join(' ');
}

/** The MATCH clause requiring the given values; null when none is asked for. */
export function facetExpression(facets: Facets): string | null {
  const found = tokens(facets);
  return found.length === 0 ? null : found.map((t) => `"${t}"`).join(' AND ');
}
