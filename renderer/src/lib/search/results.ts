import type { SearchGroup, SearchHit, SearchResult } from '../../../../electron/api/contract.ts';
import type { Route } from '../route.ts';

/** Hits the view fetches at a time: the engine's default page. */
export const PAGE_SIZE = 50;

/** The kinds the view names; a kind added to the engine later shows as 'other' until it is named. */
export type HitKind = 'title' | 'heading' | 'paragraph' | 'other';

export function hitKind(hit: SearchHit): HitKind {
  switch (hit.kind) {
    case 'title':
    case 'heading':
    case 'paragraph':
      return hit.kind;
    default:
      return 'other';
  }
}

/** The hit's block, read defensively: kinds added later may not sit in a block. */
function blockOf(hit: SearchHit): number | null {
  const blockId: unknown = (hit as { blockId?: unknown }).blockId;
  return typeof blockId === 'number' ? blockId : null;
}

/** Where opening a hit goes: the document, landed on the matched text of the title or of the block. */
export function hitRoute(documentId: number, hit: SearchHit): Route {
  const blockId = blockOf(hit);
  if (hit.kind === 'title') return { name: 'document', id: documentId, passage: { blockId: null, at: hit.match } };
  if (blockId !== null) return { name: 'document', id: documentId, passage: { blockId, at: hit.match } };
  return { name: 'document', id: documentId };
}

/** Names a hit among all of a search's hits, for keyed lists and for finding it again after coming back. */
export function hitKey(documentId: number, hit: SearchHit): string {
  return `${documentId}:${hit.kind}:${blockOf(hit) ?? ''}:${hit.match.join('-')}`;
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
  return { total: page.total, totalExact: page.totalExact, groups };
}

/** Whether another page may hold hits: not after a short page, nor once an exact total is reached. */
export function mayHaveMore(result: SearchResult, exhausted: boolean): boolean {
  return !exhausted && (!result.totalExact || hitsIn(result.groups) < result.total);
}
