import { routeHref } from '../route.ts';
import type { SearchParams } from './route-query.ts';
import { searchSession } from './session.ts';

/**
 * Opens the library search from another page, to type in: by default the last search of
 * the session, or the given one (a selection searched from the reader). The page it was
 * opened from is remembered, so that leaving goes back to it.
 */
export function openSearch(params: SearchParams = searchSession.params): void {
  searchSession.openedFrom = location.hash;
  searchSession.toType = true;
  location.hash = routeHref({ name: 'search', ...params });
}

/**
 * Leaves the search like closing a dialog: back in history to the page it was opened
 * from, or to the library when it was not opened from a page of this session (a reload).
 * `onLeft` runs once the page has changed.
 */
export function leaveSearch(onLeft: () => void): void {
  const back = searchSession.openedFrom !== null;
  searchSession.openedFrom = null;
  window.addEventListener('hashchange', onLeft, { once: true });
  if (back) history.back();
  else location.hash = routeHref({ name: 'library' });
}
