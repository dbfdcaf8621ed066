export type Route =
  | { name: 'library' }
  | { name: 'document'; id: number }
  | { name: 'import'; jobId: string }
  /** The library right after an import, pointing out the briefing just saved. */
  | { name: 'imported'; briefingId: number };

/** Routes live in the URL hash, so back/forward work and no navigation ever leaves the page. */
export function parseRoute(hash: string): Route {
  let m = /^#\/doc\/(\d{1,15})$/.exec(hash);
  if (m) return { name: 'document', id: Number(m[1]) };
  m = /^#\/import\/([\w-]{1,64})$/.exec(hash);
  if (m) return { name: 'import', jobId: m[1]! };
  m = /^#\/imported\/(\d{1,15})$/.exec(hash);
  if (m) return { name: 'imported', briefingId: Number(m[1]) };
  return { name: 'library' };
}

export function routeHref(route: Route): string {
  switch (route.name) {
    case 'document':
      return `#/doc/${route.id}`;
    case 'import':
      return `#/import/${route.jobId}`;
    case 'imported':
      return `#/imported/${route.briefingId}`;
    case 'library':
      return '#/';
  }
}
