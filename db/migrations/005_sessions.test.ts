import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { findAnnotations } from '../queries/annotations.ts';
import { appendItems, insertSession, listItems, listSessions } from '../queries/sessions.ts';
import { insertBriefing } from '../queries/store-briefing.ts';
import { sampleBriefing } from '../search/sample.test-helper.ts';
import { latestVersion, migrations } from './index.ts';

/** Plain SQL: today's queries read columns an old schema lacks. */
const documentIdsOf = (db: BetterSqlite3.Database, briefingId: number) =>
  db.prepare('SELECT id FROM documents WHERE briefing_id = ? ORDER BY position').pluck().all(briefingId) as number[];

function version4Library(): string {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-sessions-'));
  const path = join(dir, 'v4.sqlite3');
  const old = new BetterSqlite3(path);
  migrate(old, migrations.slice(0, 4));
  const briefingId = insertBriefing(old, sampleBriefing());
  const doc = { id: documentIdsOf(old, briefingId)[0]! };
  // Written as that version's schema takes it: today's queries know columns it lacks.
  old.prepare("INSERT INTO annotations (document_id, kind, note) VALUES (?, 'note', '旧笔记')").run(doc.id);
  old.close();
  const copy = join(dir, 'copy.sqlite3');
  copyFileSync(path, copy);
  return copy;
}

describe('migration 005 (sessions)', () => {
  it('upgrades a version-4 library with its annotations intact and no sessions', () => {
    const { db } = openLibrary(version4Library());
    expect(schemaVersion(db)).toBe(latestVersion);
    const [note] = findAnnotations(db, { deleted: null });
    expect(note).toMatchObject({ note: '旧笔记' });
    expect(listSessions(db)).toEqual([]);

    const sessionId = insertSession(db, { title: '学习' });
    const other = db.prepare('SELECT id FROM documents WHERE id <> ? ORDER BY id LIMIT 1').pluck().get(note!.documentId) as number;
    appendItems(db, sessionId, [{ annotationId: note!.id }, { documentId: other }, { annotationId: note!.id }]);
    expect(listItems(db, sessionId).map((i) => [i.position, i.annotationId, i.documentId])).toEqual([
      [0, note!.id, null],
      [1, null, other],
    ]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('refuses an item pointing at both an annotation and a document, or at neither', () => {
    const { db } = openLibrary(version4Library());
    const [note] = findAnnotations(db, { deleted: null });
    const sessionId = insertSession(db, {});
    const insert = db.prepare('INSERT INTO session_items (session_id, position, annotation_id, document_id) VALUES (?, 0, ?, ?)');
    expect(() => insert.run(sessionId, note!.id, note!.documentId)).toThrow(/CHECK/);
    expect(() => insert.run(sessionId, null, null)).toThrow(/CHECK/);
  });
});
