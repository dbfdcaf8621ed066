import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { findAnnotations, insertAnnotation } from '../queries/annotations.ts';
import { organizerKeysOf } from '../queries/packs.ts';
import { appendItems, insertSession, listItems } from '../queries/sessions.ts';
import { insertBriefing } from '../queries/store-briefing.ts';
import { sampleBriefing } from '../search/sample.test-helper.ts';
import { latestVersion, migrations } from './index.ts';

/** Plain SQL: today's queries read columns an old schema lacks. */
const documentIdsOf = (db: BetterSqlite3.Database, briefingId: number) =>
  db.prepare('SELECT id FROM documents WHERE briefing_id = ? ORDER BY position').pluck().all(briefingId) as number[];

function version5Library(): { path: string; briefingId: number } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-organizer-'));
  const path = join(dir, 'v5.sqlite3');
  const old = new BetterSqlite3(path);
  migrate(old, migrations.slice(0, 5));
  const briefingId = insertBriefing(old, sampleBriefing());
  const doc = { id: documentIdsOf(old, briefingId)[0]! };
  // Written as that version's schema takes it: today's queries know columns it lacks.
  const noteId = Number(old.prepare("INSERT INTO annotations (document_id, kind, note) VALUES (?, 'note', '旧笔记')").run(doc.id).lastInsertRowid);
  appendItems(old, insertSession(old, { title: '学习' }), [{ annotationId: noteId }]);
  old.close();
  const copy = join(dir, 'copy.sqlite3');
  copyFileSync(path, copy);
  return { path: copy, briefingId };
}

describe('migration 006 (organizer notes)', () => {
  it('upgrades a version-5 library: its annotations are the trainee’s own, sessions intact', () => {
    const { path, briefingId } = version5Library();
    const { db } = openLibrary(path);
    expect(schemaVersion(db)).toBe(latestVersion);
    const [note] = findAnnotations(db, { deleted: null });
    expect(note).toMatchObject({ note: '旧笔记', origin: 'own' });
    expect(listItems(db, 1).map((i) => i.annotationId)).toEqual([note!.id]);
    expect(organizerKeysOf(db, briefingId)).toEqual(new Set());

    const organizer = insertAnnotation(db, { documentId: note!.documentId, kind: 'note', style: null, color: null, placement: null, note: '组织者', originKey: 'k1' });
    expect(findAnnotations(db, { ids: [organizer], deleted: null })[0]).toMatchObject({ origin: 'organizer' });
    expect(organizerKeysOf(db, briefingId)).toEqual(new Set(['k1']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses an organizer note without its key, and a key on the trainee’s own', () => {
    const { path } = version5Library();
    const { db } = openLibrary(path);
    const [note] = findAnnotations(db, { deleted: null });
    expect(() => db.prepare("UPDATE annotations SET origin = 'organizer' WHERE id = ?").run(note!.id)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE annotations SET origin_key = 'k' WHERE id = ?").run(note!.id)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE annotations SET origin = 'elsewhere' WHERE id = ?").run(note!.id)).toThrow(/CHECK/);
  });
});
