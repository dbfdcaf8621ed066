import type { Migration } from '../migration.ts';

/**
 * A briefing can go to the bin, with its documents and every annotation on them: it is
 * hidden from the library, its lists and its search until restored, and deleted for good
 * only when the bin is emptied. Briefings stored before are all in the library.
 */
export const migration009: Migration = {
  version: 9,
  name: 'briefing bin',
  up: `
    ALTER TABLE briefings ADD COLUMN deleted_at TEXT;
    CREATE INDEX briefings_in_bin ON briefings (deleted_at) WHERE deleted_at IS NOT NULL;
  `,
};
