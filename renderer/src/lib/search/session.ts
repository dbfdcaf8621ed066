import type { SearchResult } from '@contract/contract.ts';
import type { SearchParams } from './route-query.ts';

/** The search box's id, for the top bar's search button to focus it when the search is already open. */
export const SEARCH_INPUT_ID = 'library-search-input';

/** Results as shown: the search they answer, and every page loaded so far. */
export interface Shown {
  params: SearchParams;
  result: SearchResult;
  /** The last page came back short: there is no further page. */
  exhausted: boolean;
}

/**
 * What the search keeps for the session, so that it behaves as one place the user goes
 * to and comes back from: Ctrl+K reopens the last search; Escape goes back to the page
 * it was opened from; and coming back from a hit finds the results as they were left,
 * with focus on the hit that was opened.
 */
export const searchSession: {
  params: SearchParams;
  /** Set when the search was opened from another page of this session: Escape goes back in history to it. */
  openedFrom: string | null;
  /** Opened to type in (Ctrl+K): the cursor goes to the box, even when results are brought back. */
  toType: boolean;
  left: { shown: Shown; hit: string } | null;
} = { params: { query: '' }, openedFrom: null, toType: false, left: null };

export const sameSearch = (a: SearchParams, b: SearchParams): boolean =>
  a.query === b.query &&
  a.briefingId === b.briefingId &&
  a.unit === b.unit &&
  a.speaker === b.speaker &&
  !!a.annotatedOnly === !!b.annotatedOnly;
