import type { SearchGroup, SearchHit, SearchResult } from '@contract/contract.ts';
import type { Route } from '../route.ts';

/** Hits the view fetches at a time: the engine's default page. */
export const PAGE_SIZE = 50;

/**
 * Where opening a hit goes: the matched text of the title or of the block, or, for a
 * user's note or tag, the annotation it belongs to.
 */
export function hitRoute(documentId: number, hit: SearchHit): Route {
  switch (hit.kind) {
    case 'title':
      return { name: 'document', id: documentId, passage: { blockId: null, at: hit.match } };
    case 'heading':
    case 'paragraph':
      return { name: 'document', id: documentId, passage: { blockId: hit.blockId, at: hit.match } };
    case 'note':
    case 'tag':
      return { name: 'document', id: documentId, annotation: hit.annotationId };
  }
}

/** Names a hit among all of a search's hits, for keyed lists and for finding it again after coming back. */
export function hitKey(documentId: number, hit: SearchHit): string {
  const place = 'blockId' in hit ? hit.blockId : 'annotationId' in hit ? `a${hit.annotationId}` : '';
  return `${documentId}:${hit.kind}:${place}:${hit.match.join('-')}`;
}

export const hitsIn = (groups: readonly SearchGroup[]): number => groups.reduce((n, g) => n + g.hits.length, 0);

/**
 * Adds a further page to what is shown. A document may run on from one page to the
 * next; its hits then join the group already shown, so each document appears once.
 */
export function appendPage(shown: SearchResult, page: SearchResult): SearchResult {
  const groups = [...shown.groups];
  const [first, ...rest] = page.groups;
  const last = groups.at(-1);
  if (first && last && last.document.id === first.document.id) {
    groups[groups.length - 1] = { ...last, hits: [...last.hits, ...first.hits] };
    groups.push(...rest);
  } else if (first) {
    groups.push(first, ...rest);
  }
  // Caption matches come with the first page only.
  return { total: page.total, totalExact: page.totalExact, groups, captions: shown.captions };
}

/** Whether another page may hold hits: not after a short page, nor once an exact total is reached. */
export function mayHaveMore(result: SearchResult, exhausted: boolean): boolean {
  return !exhausted && (!result.totalExact || hitsIn(result.groups) < result.total);
}
