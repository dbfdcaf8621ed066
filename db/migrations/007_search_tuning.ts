import type { Migration } from '../migration.ts';

/**
 * How the search index writes, not what it holds: its content and queries stay those of
 * migration 002, so nothing is re-indexed. Importing is bound by writing the index (two
 * postings per character of text), and FTS5's defaults make each file's commit do more
 * of it than needed:
 * - `hashsize` (default 1 MiB) caps the postings FTS5 keeps in memory before writing a
 *   segment; a file of a few hundred kilobytes of text overflowed it several times, and
 *   every extra segment is merged, read and written again, later. 16 MiB holds a large
 *   file's postings, so each commit writes one segment.
 * - `automerge` (default 4) is how many segments of a size are merged into one of the
 *   next. At 8 each posting is rewritten fewer times as the library grows (log₈ rather
 *   than log₄ levels); a query reads a few more segments, which the benchmark shows
 *   it can afford.
 * Both are stored in the index's own config table, so every connection uses them.
 */
export const migration007: Migration = {
  version: 7,
  name: 'search tuning',
  up: `
    INSERT INTO search_index (search_index, rank) VALUES ('hashsize', 16777216);
    INSERT INTO search_index (search_index, rank) VALUES ('automerge', 8);
  `,
};
