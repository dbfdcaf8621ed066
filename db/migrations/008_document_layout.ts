import type { Migration } from '../migration.ts';

/**
 * What the importer reads of a page's layout beyond title, unit and speaker: the kind of
 * piece (speech, interview, report, article, statement), its participants (guests, hosts,
 * interviewers named by role), its authors (bylines and credits: metadata, not speakers)
 * and the print source, as JSON on the document; and on each block the speaker of its
 * words (a turn), whose name is empty when the page names only a role (记者, Q).
 * Documents stored before stay as they were: no kind, no participants.
 */
export const migration008: Migration = {
  version: 8,
  name: 'document layout',
  up: `
    ALTER TABLE documents ADD COLUMN kind TEXT CHECK (kind IN ('speech', 'interview', 'report', 'article', 'statement'));
    ALTER TABLE documents ADD COLUMN participants TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participants) AND json_type(participants) = 'array');
    ALTER TABLE documents ADD COLUMN authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors) AND json_type(authors) = 'array');
    ALTER TABLE documents ADD COLUMN source TEXT CHECK (source IS NULL OR (json_valid(source) AND json_type(source) = 'object'));
    ALTER TABLE blocks ADD COLUMN speaker_name TEXT CHECK (speaker_name IS NULL OR length(speaker_name) <= 2000);
    ALTER TABLE blocks ADD COLUMN speaker_role TEXT CHECK ((speaker_role IS NULL OR speaker_name IS NOT NULL) AND (speaker_role IS NULL OR length(speaker_role) <= 2000));
  `,
};
