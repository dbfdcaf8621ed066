import type { Migration } from '../migration.ts';

export const migration003: Migration = {
  version: 3,
  name: 'reading',
  up: `
    -- One row per document that has been read. Both keys cascade, so replacing a
    -- briefing's documents forgets positions in text that no longer exists.
    CREATE TABLE reading_positions (
      document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
      block_id    INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
      saved_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    -- Deleting a long document's blocks checks each one against this table.
    CREATE INDEX reading_positions_by_block ON reading_positions (block_id);
    CREATE INDEX reading_positions_by_time ON reading_positions (saved_at);
  `,
};
