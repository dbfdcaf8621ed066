import type { Annotation } from './contract.ts';

let nextId = 1;

/** An annotation as the API returns one: a plain yellow highlight unless `patch` says otherwise. */
export function annotationFixture(patch: Partial<Annotation>): Annotation {
  const id = patch.id ?? nextId++;
  return {
    id,
    uri: `urn:briefing:annotation:${id}`,
    documentId: 1,
    kind: 'highlight',
    style: 'highlight',
    color: 'yellow',
    range: null,
    quote: null,
    position: null,
    note: '',
    origin: 'own',
    tags: [],
    status: 'anchored',
    paragraph: null,
    headingPath: [],
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt: null,
    ...patch,
  };
}
