import type { Migration } from '../migration.ts';

export const migration001: Migration = {
  version: 1,
  name: 'initial',
  up: `
    CREATE TABLE briefings (
      id            INTEGER PRIMARY KEY,
      title         TEXT,
      preface       TEXT,
      credits       TEXT NOT NULL DEFAULT '[]' CHECK (json_type(credits) = 'array'),
      source_name   TEXT NOT NULL,
      source_format TEXT NOT NULL,
      source_sha256 TEXT NOT NULL,
      imported_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
      updated_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    CREATE INDEX briefings_by_source ON briefings (source_sha256);

    -- The original file, kept apart so listing briefings never reads megabytes of blobs.
    CREATE TABLE briefing_sources (
      briefing_id INTEGER PRIMARY KEY REFERENCES briefings(id) ON DELETE CASCADE,
      bytes       BLOB NOT NULL
    );

    CREATE TABLE documents (
      id           INTEGER PRIMARY KEY,
      briefing_id  INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
      position     INTEGER NOT NULL,
      title        TEXT NOT NULL,
      unit         TEXT,
      speaker_name TEXT,
      speaker_role TEXT,
      UNIQUE (briefing_id, position)
    );

    CREATE TABLE blocks (
      id          INTEGER PRIMARY KEY,
      document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      kind        TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph')),
      level       INTEGER CHECK ((kind = 'heading') = (level BETWEEN 1 AND 4)),
      text        TEXT NOT NULL,
      UNIQUE (document_id, position)
    );

    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    );
  `,
};
