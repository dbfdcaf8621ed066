import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route.ts';

describe('routes', () => {
  it.each<Route>([
    { name: 'library' },
    { name: 'document', id: 42 },
    { name: 'import', jobId: '0b6f7c1e-9a0c-4d2e-8f00-1234567890ab' },
    { name: 'imported', briefingId: 7 },
  ])('reads back what routeHref wrote: %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it.each(['', '#', '#/doc/', '#/doc/x', '#/import/', '#/import/a b', `#/import/${'a'.repeat(65)}`, '#/imported/x'])(
    'takes anything else (%s) to the library',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ name: 'library' });
    },
  );
});
