import type { Database } from '@db/open.ts';
import { findBriefingsBySource, insertBriefing } from '@db/queries/store-briefing.ts';
import type { BriefingRef, ImportDraft, ImportedFile, Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { briefingTitle } from '@contract/rules/titles.ts';
import { replaceBriefingKeepingAnnotations } from '../annotations/reanchor-service.ts';
import { sha256 } from '../shared/hash.ts';
import { draftOf, toNewBriefing } from './import-draft.ts';
import { importError } from './import-errors.ts';
import type { ParsedBriefing } from './parse/index.ts';
import { addOrganizerNotes } from '../packs/pack-service.ts';
import type { OrganizerNote } from '../packs/pack-format.ts';
import { briefingUri } from '@contract/rules/uris.ts';

export interface ParseRequestOptions {
  locale: Locale;
  skip?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

/** How the services read a file; the sessions supply one that runs in a worker thread. */
export type Parse = (bytes: Uint8Array, fileName: string, options: ParseRequestOptions) => Promise<ParsedBriefing>;

/** Briefings already imported from exactly these bytes. */
export function duplicatesOf(db: Database, bytes: Uint8Array): BriefingRef[] {
  return findBriefingsBySource(db, sha256(bytes)).map((b) => ({ id: b.id, uri: briefingUri(b.id), title: briefingTitle(b) }));
}

/**
 * Saves a reviewed draft in one transaction: as a new briefing, or in place of an
 * existing one (a corrected file), its annotations re-anchored in the new text.
 * Either way the library is unchanged on failure. A pack's organizer notes are stored
 * with it, in the same transaction.
 */
export function saveDraft(
  db: Database,
  draft: ImportDraft,
  fileName: string,
  bytes: Uint8Array,
  replaceBriefingId?: number,
  organizerNotes: readonly OrganizerNote[] = [],
): number {
  const briefing = toNewBriefing(draft, fileName, bytes);
  return db.transaction(() => {
    let briefingId = replaceBriefingId;
    if (briefingId === undefined) briefingId = insertBriefing(db, briefing);
    else if (!replaceBriefingKeepingAnnotations(db, briefingId, briefing)) throw ApiError.of('not_found', { what: briefingUri(briefingId) });
    addOrganizerNotes(db, briefingId, organizerNotes);
    return briefingId;
  })();
}

export interface ParsedFile {
  name: string;
  bytes: Uint8Array;
  parsed: ParsedBriefing;
}

/**
 * Saves several parsed files together, all or none. A file imported before is
 * recognized and skipped (unless it replaces a briefing): its result names the
 * briefing that already holds it.
 */
export function saveParsedFiles(
  db: Database,
  files: readonly ParsedFile[],
  replaceBriefingId?: number,
): { briefingId: number; alreadyImported: boolean }[] {
  return db.transaction(() =>
    files.map((file) => {
      const existing = replaceBriefingId === undefined ? duplicatesOf(db, file.bytes)[0] : undefined;
      if (existing) return { briefingId: existing.id, alreadyImported: true };
      return {
        briefingId: saveDraft(db, draftOf(file.parsed), file.name, file.bytes, replaceBriefingId, file.parsed.organizerNotes),
        alreadyImported: false,
      };
    }),
  )();
}

/** Reads a file the way an import does and saves nothing: `import --dry-run`. */
export async function previewFile(parse: Parse, bytes: Uint8Array, fileName: string, locale: Locale): Promise<ParsedBriefing> {
  try {
    return await parse(bytes, fileName, { locale });
  } catch (err) {
    throw importError(err, fileName);
  }
}

/** Reads every file, saving nothing: the first half of importFiles, which needs no library. */
export async function readFiles(parse: Parse, files: readonly { fileName: string; bytes: Uint8Array }[], locale: Locale): Promise<ParsedFile[]> {
  const parsed: ParsedFile[] = [];
  for (const file of files) parsed.push({ name: file.fileName, bytes: file.bytes, parsed: await previewFile(parse, file.bytes, file.fileName, locale) });
  return parsed;
}

/** Saves files read by readFiles, all in one transaction; with `replaceBriefingId`, the one file replaces it. */
export function saveFiles(db: Database, files: readonly ParsedFile[], replaceBriefingId?: number): ImportedFile[] {
  if (replaceBriefingId !== undefined && files.length !== 1) throw ApiError.of('invalid_argument', { what: 'replaceBriefingId takes exactly one file' });
  return saveParsedFiles(db, files, replaceBriefingId).map((saved, i) => {
    const file = files[i]!;
    const briefing = duplicatesOf(db, file.bytes).find((b) => b.id === saved.briefingId);
    return {
      briefing: briefing ?? { id: saved.briefingId, uri: briefingUri(saved.briefingId), title: null },
      documentCount: file.parsed.documents.length,
      alreadyImported: saved.alreadyImported,
    };
  });
}

/**
 * Reads every file before anything is written, then saves them all in one transaction, so
 * one bad file leaves the library as it was.
 */
export async function importFiles(
  db: Database,
  parse: Parse,
  files: readonly { fileName: string; bytes: Uint8Array }[],
  options: { locale: Locale; replaceBriefingId?: number },
): Promise<ImportedFile[]> {
  return saveFiles(db, await readFiles(parse, files, options.locale), options.replaceBriefingId);
}

/** Reads and saves a file with no review: the built-in sample. */
export async function importFile(
  db: Database,
  parse: Parse,
  bytes: Uint8Array,
  fileName: string,
  options: { locale: Locale; replaceBriefingId?: number },
): Promise<{ briefingId: number; parsed: ParsedBriefing }> {
  let parsed: ParsedBriefing;
  try {
    parsed = await parse(bytes, fileName, { locale: options.locale });
  } catch (err) {
    throw importError(err, fileName);
  }
  return { briefingId: saveDraft(db, draftOf(parsed), fileName, bytes, options.replaceBriefingId, parsed.organizerNotes), parsed };
}
