import type { Database } from '@db/open.ts';
import { search, type SearchHitRow } from '@db/queries/search.ts';
import type { ApiArg, SearchHit, SearchResult } from '@contract/contract.ts';
import { toSummary } from '../library/library-service.ts';

/** The first page: enough to fill the search panel, few enough to build snippets for at once. */
export const SEARCH_PAGE_SIZE = 50;

function toHit(row: SearchHitRow): SearchHit {
  const { snippet, ranges, match } = row;
  if (row.kind === 'title') return { kind: 'title', snippet, ranges, match };
  if (row.kind === 'note' || row.kind === 'tag') {
    if (row.annotationId === null) throw new Error(`a ${row.kind} hit without its annotation`);
    return { kind: row.kind, annotationId: row.annotationId, snippet, ranges, match };
  }
  if (row.blockId === null || row.position === null) throw new Error(`a ${row.kind} hit without its block`);
  return { kind: row.kind, blockId: row.blockId, position: row.position, snippet, ranges, match };
}

export function searchLibrary(db: Database, arg: ApiArg<'searchLibrary'>): SearchResult {
  const rows = search(db, { ...arg, limit: arg.limit ?? SEARCH_PAGE_SIZE, offset: arg.offset ?? 0 });
  return {
    total: rows.total,
    totalExact: rows.totalExact,
    groups: rows.groups.map((g) => ({ document: toSummary(g.document), hitCount: g.hitCount, hits: g.hits.map(toHit) })),
    captions: { total: rows.captions.total, hits: rows.captions.hits.map((h) => ({ document: toSummary(h.document), snippet: h.snippet, ranges: h.ranges })) },
  };
}
