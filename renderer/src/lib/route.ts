import { passageQuery, readPassage, readSearch, searchQuery, type Passage, type SearchParams } from './search/route-query.ts';

export type Route =
  | { name: 'library' }
  /** `annotation`: open the document at this annotation, in the sidebar. `passage`: land on it (a search hit). */
  | { name: 'document'; id: number; annotation?: number; passage?: Passage }
  | ({ name: 'search' } & SearchParams)
  /** Every annotation in the library, and the bin of deleted ones. */
  | { name: 'notes' }
  | { name: 'bin' }
  /** Study sessions, and one session's editor. */
  | { name: 'sessions' }
  | { name: 'session'; id: number }
  | { name: 'import'; jobId: string }
  /** The library right after an import, pointing out the briefing just saved. */
  | { name: 'imported'; briefingId: number };

/** Routes live in the URL hash, so back/forward work and no navigation ever leaves the page. */
export function parseRoute(hash: string): Route {
  let m = /^#\/doc\/(\d{1,15})$/.exec(hash);
  if (m) return { name: 'document', id: Number(m[1]) };
  m = /^#\/doc\/(\d{1,15})\/annotation\/(\d{1,15})$/.exec(hash);
  if (m) return { name: 'document', id: Number(m[1]), annotation: Number(m[2]) };
  m = /^#\/doc\/(\d{1,15})\?(.*)$/.exec(hash);
  if (m) {
    // A passage that cannot be read (a link from an older version) still opens its document.
    const passage = readPassage(m[2]!);
    return passage ? { name: 'document', id: Number(m[1]), passage } : { name: 'document', id: Number(m[1]) };
  }
  m = /^#\/search(?:\?(.*))?$/.exec(hash);
  if (m) return { name: 'search', ...readSearch(m[1] ?? '') };
  if (hash === '#/notes') return { name: 'notes' };
  if (hash === '#/bin') return { name: 'bin' };
  if (hash === '#/sessions') return { name: 'sessions' };
  m = /^#\/session\/(\d{1,15})$/.exec(hash);
  if (m) return { name: 'session', id: Number(m[1]) };
  m = /^#\/import\/([\w-]{1,64})$/.exec(hash);
  if (m) return { name: 'import', jobId: m[1]! };
  m = /^#\/imported\/(\d{1,15})$/.exec(hash);
  if (m) return { name: 'imported', briefingId: Number(m[1]) };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'document':
      if (route.passage) return `#/doc/${route.id}?${passageQuery(route.passage)}`;
      return route.annotation === undefined ? `#/doc/${route.id}` : `#/doc/${route.id}/annotation/${route.annotation}`;
    case 'search': {
      const { name: _name, ...params } = route;
      const query = searchQuery(params);
      return query === '' ? '#/search' : `#/search?${query}`;
    }
    case 'notes':
      return '#/notes';
    case 'bin':
      return '#/bin';
    case 'sessions':
      return '#/sessions';
    case 'session':
      return `#/session/${route.id}`;
    case 'import':
      return `#/import/${route.jobId}`;
    case 'imported':
      return `#/imported/${route.briefingId}`;
    case 'library':
      return '#/';
  }
}
