import { describe, expect, it } from 'vitest';
import { insertAnnotation } from '@db/queries/annotations.ts';
import { insertSession } from '@db/queries/sessions.ts';
import { insertTag } from '@db/queries/tags.ts';
import { argSchemas } from '../schemas.ts';
import { sampleLibrary } from '@core/annotations/library.test-helper.ts';
import { cleanNote } from '@core/annotations/note-text.ts';
import { cleanTagName } from '@core/annotations/tag-names.ts';
import { parseFile } from '@core/import/parse/index.ts';
import { ImportFailure } from '@core/import/parse/import-failure.ts';
import { parsePack } from '@core/packs/pack-format.ts';
import {
  base64Length,
  maxBackupBytes,
  maxCoverLineLength,
  maxFileNameLength,
  maxImportBytes,
  maxNoteLength,
  maxReflectionLength,
  maxSessionDateLength,
  maxTagNameLength,
  maxTagsPerAnnotation,
} from './limits.ts';

/** Whether the API's boundary takes the argument. */
const schemaTakes = (method: keyof typeof argSchemas, arg: unknown): boolean => argSchemas[method].safeParse(arg).success;
/** Whether the library's CHECK constraints take the write. */
const databaseTakes = (write: () => unknown): boolean => {
  try {
    write();
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_CONSTRAINT_CHECK') return false;
    throw err;
  }
};
const serviceTakes = (check: () => unknown): boolean => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};
const text = (n: number) => '字'.repeat(n);
const reasonOf = (work: Promise<unknown>) => work.then(() => 'read', (e: unknown) => (e instanceof ImportFailure ? e.reason : String(e)));

function library() {
  const { db, docs } = sampleLibrary();
  return { db, documentId: docs[0]!.id };
}

describe('the limits agree: schema, service and library', () => {
  it('on a note', () => {
    const { db, documentId } = library();
    const note = (n: number) => () => insertAnnotation(db, { documentId, kind: 'note', style: null, color: null, placement: null, note: text(n) });
    for (const [n, taken] of [
      [maxNoteLength, true],
      [maxNoteLength + 1, false],
    ] as const) {
      expect(schemaTakes('createAnnotation', { documentId, kind: 'note', note: text(n) })).toBe(taken);
      expect(serviceTakes(() => cleanNote(text(n)))).toBe(taken);
      expect(databaseTakes(note(n))).toBe(taken);
    }
  });

  it('on a tag name, and on how many tags an annotation takes', () => {
    const { db } = library();
    let i = 0;
    for (const [n, taken] of [
      [maxTagNameLength, true],
      [maxTagNameLength + 1, false],
    ] as const) {
      const name = String(i++) + text(n - 1);
      expect(schemaTakes('createTag', { name, color: '#aabbcc' })).toBe(taken);
      expect(serviceTakes(() => cleanTagName(name))).toBe(taken);
      expect(databaseTakes(() => insertTag(db, name, name, '#aabbcc'))).toBe(taken);
    }
    const tagIds = (n: number) => Array.from({ length: n }, (_, k) => k + 1);
    expect(schemaTakes('updateAnnotation', { id: 1, tagIds: tagIds(maxTagsPerAnnotation) })).toBe(true);
    expect(schemaTakes('updateAnnotation', { id: 1, tagIds: tagIds(maxTagsPerAnnotation + 1) })).toBe(false);
  });

  it('on a study session’s cover and reflection', () => {
    const { db } = library();
    const fields = [
      ['title', 'title', maxCoverLineLength],
      ['place', 'place', maxCoverLineLength],
      ['className', 'class_name', maxCoverLineLength],
      ['trainee', 'trainee', maxCoverLineLength],
      ['date', 'date', maxSessionDateLength],
      ['reflection', 'reflection', maxReflectionLength],
    ] as const;
    for (const [field, , max] of fields) {
      for (const [n, taken] of [
        [max, true],
        [max + 1, false],
      ] as const) {
        expect(schemaTakes('createSession', { [field]: text(n) }), field).toBe(taken);
        expect(databaseTakes(() => insertSession(db, { [field]: text(n) })), field).toBe(taken);
      }
    }
  });

  it('on the size of a file to import, a pack included, and of a backup to restore', async () => {
    // Bounds, not sample strings: a base64 string of 256 MiB would take the test seconds to build and check.
    expect(argSchemas.startImport.shape.data.maxLength).toBe(base64Length(maxImportBytes));
    expect(argSchemas.restoreLibrary.shape.data.maxLength).toBe(base64Length(maxBackupBytes));
    for (const n of [0, 1, 2, 3, 1000]) expect(base64Length(n)).toBeGreaterThanOrEqual(Buffer.alloc(n).toString('base64').length);
    expect(schemaTakes('startImport', { fileName: 'a'.repeat(maxFileNameLength), data: '' })).toBe(true);
    expect(schemaTakes('startImport', { fileName: 'a'.repeat(maxFileNameLength + 1), data: '' })).toBe(false);

    const tooLarge = new Uint8Array(maxImportBytes + 1);
    expect(await reasonOf(parseFile(tooLarge, 'a.txt'))).toBe('too-large');
    expect(await reasonOf(Promise.resolve().then(() => parsePack(tooLarge)))).toBe('too-large');
    // At the limit the size passes and what follows refuses the bytes for what they are.
    const atLimit = tooLarge.subarray(0, maxImportBytes);
    expect(await reasonOf(parseFile(atLimit, 'a.docx'))).not.toBe('too-large');
    expect(await reasonOf(Promise.resolve().then(() => parsePack(atLimit)))).not.toBe('too-large');
  });
});
