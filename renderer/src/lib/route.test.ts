import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from './route.ts';

describe('routes', () => {
  it.each<Route>([
    { name: 'library' },
    { name: 'document', id: 42 },
    { name: 'document', id: 42, annotation: 7 },
    { name: 'document', id: 42, passage: { blockId: 345, at: [10, 14] } },
    { name: 'document', id: 42, passage: { blockId: null, at: [0, 4] } },
    { name: 'document', id: 42, passage: { blockId: 345, at: null } },
    { name: 'search', query: '' },
    { name: 'search', query: '“四个突出” 职工 a+b&c', briefingId: 3, unit: '韩城市', speaker: '孙长虹' },
    { name: 'notes' },
    { name: 'bin' },
    { name: 'sessions' },
    { name: 'session', id: 3 },
    { name: 'import', jobId: '0b6f7c1e-9a0c-4d2e-8f00-1234567890ab' },
    { name: 'imported', briefingId: 7 },
  ])('reads back what routeHref wrote: %o', (route) => {
    expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('opens the document when its passage cannot be read', () => {
    expect(parseRoute('#/doc/12?block=x')).toEqual({ name: 'document', id: 12 });
  });

  it.each(['', '#', '#/doc/', '#/doc/x', '#/import/', '#/import/a b', `#/import/${'a'.repeat(65)}`, '#/imported/x', '#/doc/1/annotation/', '#/notes/x', '#/searching', '#/session/', '#/session/x'])(
    'takes anything else (%s) to the library',
    (hash) => {
      expect(parseRoute(hash)).toEqual({ name: 'library' });
    },
  );
});
