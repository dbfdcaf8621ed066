import type { Migration } from '../migration.ts';

/**
 * Annotations, tags and the last re-anchoring report of each briefing.
 *
 * Nothing a user wrote may disappear as a side effect, so no user data hangs off a
 * cascade: an annotation's document and blocks are ON DELETE RESTRICT. Replacing a
 * briefing (db/queries/store-briefing.ts) keeps the ids of the documents that
 * correspond, detaches annotations from the blocks it replaces, and moves the
 * annotations of a document that disappears to another document of the briefing
 * before deleting it; the service then re-anchors them. Deleting a briefing or a
 * document that still holds annotations fails instead of taking them along.
 *
 * The range is kept twice: as block points (what the reader draws) and as W3C
 * selectors over the document's text (what re-anchoring and export use). An orphan
 * has lost its block points but keeps its selectors, so its quote is never lost.
 */
export const migration004: Migration = {
  version: 4,
  name: 'annotations',
  up: `
    CREATE TABLE annotations (
      id              INTEGER PRIMARY KEY,
      document_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE RESTRICT,
      kind            TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'bookmark')),
      style           TEXT CHECK (style IN ('highlight', 'underline')),
      color           TEXT CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
      status          TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphan')),
      start_block_id  INTEGER REFERENCES blocks(id) ON DELETE RESTRICT,
      start_offset    INTEGER CHECK (start_offset >= 0),
      end_block_id    INTEGER REFERENCES blocks(id) ON DELETE RESTRICT,
      end_offset      INTEGER CHECK (end_offset >= 0),
      quote_exact     TEXT,
      quote_prefix    TEXT,
      quote_suffix    TEXT,
      position_start  INTEGER CHECK (position_start >= 0),
      position_end    INTEGER CHECK (position_end >= position_start),
      note            TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 100000),
      created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      deleted_at      TEXT,
      -- Style and colour are a highlight's; a note or bookmark may have a colour only.
      CHECK (CASE WHEN kind = 'highlight' THEN style IS NOT NULL AND color IS NOT NULL ELSE style IS NULL END),
      -- A block range is whole or absent.
      CHECK ((start_block_id IS NULL) = (end_block_id IS NULL)
             AND (start_block_id IS NULL) = (start_offset IS NULL)
             AND (start_block_id IS NULL) = (end_offset IS NULL)),
      -- Selectors are whole, present on every passage and absent on a free-standing note.
      CHECK ((quote_exact IS NULL) = (position_start IS NULL)
             AND (quote_exact IS NULL) = (position_end IS NULL)
             AND (quote_exact IS NULL) = (kind = 'note')),
      -- Anchored passages have a range; orphans and free-standing notes have none.
      CHECK ((start_block_id IS NOT NULL) = (kind <> 'note' AND status = 'anchored')),
      CHECK (kind <> 'note' OR status = 'anchored')
    );
    CREATE INDEX annotations_by_document ON annotations (document_id, deleted_at);
    -- Replacing blocks checks each deleted block against these.
    CREATE INDEX annotations_by_start_block ON annotations (start_block_id);
    CREATE INDEX annotations_by_end_block ON annotations (end_block_id);
    CREATE INDEX annotations_in_bin ON annotations (deleted_at) WHERE deleted_at IS NOT NULL;

    -- name_key: the name folded (NFKC, lower case) by the service, so that "ＰＰＴ" and
    -- "ppt" are one tag; SQLite's NOCASE folds ASCII only.
    CREATE TABLE tags (
      id         INTEGER PRIMARY KEY,
      name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40 AND name = trim(name)),
      name_key   TEXT NOT NULL UNIQUE,
      color      TEXT NOT NULL CHECK (length(color) = 7 AND color GLOB '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'),
      created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );

    -- Deleting a tag or (from the bin) an annotation removes only the link.
    CREATE TABLE annotation_tags (
      annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      tag_id        INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (annotation_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id, annotation_id);

    -- The last re-import's ReanchorReport (API contract) as JSON; a report, not user data.
    CREATE TABLE reanchor_reports (
      briefing_id INTEGER PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
      at          TEXT NOT NULL,
      report      TEXT NOT NULL CHECK (json_valid(report))
    );

    -- Notes and tag names in the library search (see migration 002): one entry per
    -- annotation and source, removed with the annotation.
    ALTER TABLE search_entries ADD COLUMN annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE;
    CREATE INDEX search_entries_by_annotation ON search_entries (annotation_id);
  `,
};
