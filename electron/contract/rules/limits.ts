/**
 * How much the app takes in, in one place: the API's schemas check these at the
 * boundary, the services check them again where the data is made, and the library's
 * CHECK constraints (db/migrations) hold the same numbers, which a migration froze;
 * limits-agree.test.ts asserts that all three agree.
 */

const MiB = 1024 * 1024;

/** A file to import, a .briefing pack included: far above any newspaper page or handout. */
export const maxImportBytes = 64 * MiB;
/** What a .briefing pack may inflate to; past it, it is a gzip bomb. */
export const maxPackInflatedBytes = 256 * MiB;
/** A Word document is a few MiB of XML plus its pictures; far beyond this is a zip bomb. */
export const maxDocxExpandedBytes = 256 * MiB;
export const maxDocxEntries = 5000;
/** A library backup to restore: far above any real library of text and notes. */
export const maxBackupBytes = 256 * MiB;

/** A file's name as the API takes it. */
export const maxFileNameLength = 255;
/** Notes are for thoughts on a passage, not for pasting books: about 50 pages of Chinese. */
export const maxNoteLength = 100_000;
export const maxTagNameLength = 40;
export const maxTagsPerAnnotation = 100;
/** A study session's reflection, like a note. @alias */
export const maxReflectionLength = maxNoteLength;
/** A study session's title, place, class and trainee: one line of a cover. */
export const maxCoverLineLength = 200;
export const maxSessionDateLength = 40;

/** The length of `bytes` bytes written as base64, with room for padding. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4 + 4;
