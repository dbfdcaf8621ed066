import type { Migration } from '../migration.ts';

/**
 * Organizer notes: annotations that came in a briefing pack, written by whoever prepared
 * the briefing, not by the trainee. They stay apart from the trainee's own (labelled,
 * their text read-only, left out of the trainee's exports). `origin_key` identifies the
 * pack's note, so importing the same pack again into a briefing adds it only once.
 */
export const migration006: Migration = {
  version: 6,
  name: 'organizer notes',
  up: `
    ALTER TABLE annotations ADD COLUMN origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('own', 'organizer'));
    ALTER TABLE annotations ADD COLUMN origin_key TEXT CHECK ((origin_key IS NULL) = (origin = 'own') AND length(origin_key) <= 100);
    CREATE INDEX annotations_by_origin_key ON annotations (origin_key) WHERE origin_key IS NOT NULL;
  `,
};
