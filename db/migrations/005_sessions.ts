import type { Migration } from '../migration.ts';

/**
 * Study sessions: what a trainee gathers (annotations and whole documents, in an order of
 * their choosing) to hand in with a cover and a reflection.
 *
 * A session only points at what it gathers. Deleting a session removes its items, never
 * the annotations; an annotation in the bin keeps its item (the session shows it as
 * deleted), and emptying the bin or removing a document takes the item with it.
 */
export const migration005: Migration = {
  version: 5,
  name: 'sessions',
  up: `
    CREATE TABLE sessions (
      id          INTEGER PRIMARY KEY,
      title       TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
      date        TEXT NOT NULL DEFAULT '' CHECK (length(date) <= 40),
      place       TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 200),
      class_name  TEXT NOT NULL DEFAULT '' CHECK (length(class_name) <= 200),
      trainee     TEXT NOT NULL DEFAULT '' CHECK (length(trainee) <= 200),
      reflection  TEXT NOT NULL DEFAULT '' CHECK (length(reflection) <= 100000),
      group_by    TEXT NOT NULL DEFAULT 'document' CHECK (group_by IN ('document', 'tag')),
      created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );

    CREATE TABLE session_items (
      id            INTEGER PRIMARY KEY,
      session_id    INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
      position      INTEGER NOT NULL CHECK (position >= 0),
      annotation_id INTEGER REFERENCES annotations(id) ON DELETE CASCADE,
      document_id   INTEGER REFERENCES documents(id) ON DELETE CASCADE,
      CHECK ((annotation_id IS NULL) <> (document_id IS NULL))
    );
    CREATE INDEX session_items_in_order ON session_items (session_id, position);
    CREATE UNIQUE INDEX session_items_one_annotation ON session_items (session_id, annotation_id) WHERE annotation_id IS NOT NULL;
    CREATE UNIQUE INDEX session_items_one_document ON session_items (session_id, document_id) WHERE document_id IS NOT NULL;
    -- Emptying the bin and removing documents look items up by what they point at.
    CREATE INDEX session_items_by_annotation ON session_items (annotation_id) WHERE annotation_id IS NOT NULL;
    CREATE INDEX session_items_by_document ON session_items (document_id) WHERE document_id IS NOT NULL;
  `,
};
