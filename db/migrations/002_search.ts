import type { Migration } from '../migration.ts';
import { indexLibraryAtVersion2 } from './002_search_backfill.ts';

/**
 * Library search. Every searchable piece of text is an entry: a document's title, or
 * one of its blocks; each carries its document's unit and speaker for filtering. `search_entries.key` is also the entry's rowid in `search_index`
 * and encodes library order (see db/search/keys.ts). The index holds, for each entry,
 * every folded character paired with the next (db/search/fold.ts), so that any
 * substring of any length is an exact phrase or one-character prefix query: no misses
 * from word segmentation. `prefix='1'` keeps one-character queries fast.
 *
 * A later source kind (users' notes, tags) adds a column referencing its table with
 * ON DELETE CASCADE, a new `kind` value and a slot range inside its document's keys;
 * the index, the triggers and the query path stay as they are.
 */
export const migration002: Migration = {
  version: 2,
  name: 'search',
  up: `
    -- No CHECK on kind: later migrations add kinds without rebuilding the table.
    CREATE TABLE search_entries (
      key         INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      kind        TEXT NOT NULL,
      block_id    INTEGER REFERENCES blocks(id) ON DELETE CASCADE
    );
    -- Both cascades look entries up by these columns.
    CREATE INDEX search_entries_by_document ON search_entries (document_id);
    CREATE INDEX search_entries_by_block ON search_entries (block_id);

    -- grams: the entry's text (db/search/fold.ts); facets: its document's unit and
    -- speaker as filter tokens (db/search/facets.ts). Contentless: the text lives in
    -- blocks and documents; contentless_delete lets a trigger remove an entry by rowid.
    CREATE VIRTUAL TABLE search_index USING fts5(
      grams, facets, tokenize = 'ascii', prefix = '1', content = '', contentless_delete = 1
    );

    CREATE TRIGGER search_entries_unindex AFTER DELETE ON search_entries BEGIN
      DELETE FROM search_index WHERE rowid = old.key;
    END;
  `,
  backfill: indexLibraryAtVersion2,
};
