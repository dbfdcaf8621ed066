export type Route = { name: 'library' } | { name: 'document'; id: number };

/** Routes live in the URL hash, so back/forward work and no navigation ever leaves the page. */
export function parseRoute(hash: string): Route {
  const m = /^#\/doc\/(\d{1,15})$/.exec(hash);
  return m ? { name: 'document', id: Number(m[1]) } : { name: 'library' };
}

export function routeHref(route: Route): string {
  return route.name === 'document' ? `#/doc/${route.id}` : '#/';
}
