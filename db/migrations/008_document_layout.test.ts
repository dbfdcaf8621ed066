import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingOf, fixtureText } from '@core/annotations/library.test-helper.ts';
import { listAnnotations } from '@core/annotations/annotation-service.ts';
import { replaceBriefingKeepingAnnotations } from '@core/annotations/reanchor-service.ts';
import { fixturePath } from '../fixtures/library-fixtures.test-helper.ts';
import { schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { insertBriefing } from '../queries/store-briefing.ts';
import { latestVersion } from './index.ts';

/** The released version-7 fixture (a library with notes, tags and sessions), copied where the test may change it. */
function version7Library() {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-layout-'));
  const path = join(dir, 'library.sqlite3');
  copyFileSync(fixturePath(7), path);
  return openLibrary(path).db;
}

type Row = { kind: string | null; participants: string; authors: string; source: string | null };
const layoutRows = (db: ReturnType<typeof version7Library>, briefingId: number) =>
  db.prepare('SELECT kind, participants, authors, source FROM documents WHERE briefing_id = ? ORDER BY position').all(briefingId) as Row[];
const everyAnnotation = (db: ReturnType<typeof version7Library>) =>
  [...listAnnotations(db, {}), ...listAnnotations(db, { deleted: true })]
    .sort((a, b) => a.id - b.id)
    .map((a) => ({ id: a.id, status: a.status, quote: a.quote?.exact ?? null, note: a.note }));

describe('migration 008 (document layout)', () => {
  it('upgrades a version-7 library: its documents have no layout yet, and the columns refuse what is not theirs', () => {
    const db = version7Library();
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(layoutRows(db, 1).every((r) => r.kind === null && r.participants === '[]' && r.authors === '[]' && r.source === null)).toBe(true);
    expect(() => db.prepare("UPDATE documents SET kind = 'poem' WHERE briefing_id = 1").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE documents SET participants = '{' WHERE briefing_id = 1").run()).toThrow(/CHECK|JSON/);
    expect(() => db.prepare("UPDATE blocks SET speaker_role = '记者' WHERE speaker_name IS NULL").run()).toThrow(/CHECK/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('re-importing a corrected file into an old library keeps every annotation and stores the layout read now', () => {
    const db = version7Library();
    const before = everyAnnotation(db);
    expect(before.length).toBeGreaterThan(3);
    const corrected = `${fixtureText.trimEnd()}\n（本报记者宋禾整理）\n`;
    expect(replaceBriefingKeepingAnnotations(db, 1, briefingOf(corrected))).toBe(true);
    expect(everyAnnotation(db)).toEqual(before);
    const rows = layoutRows(db, 1);
    expect(rows.map((r) => r.kind)).toEqual(['speech', 'speech', 'speech', 'speech', 'speech']);
    expect(JSON.parse(rows.at(-1)!.authors)).toEqual([{ name: '宋禾', role: '本报记者整理' }]);
  });

  it('stores an interview’s participants, source and turns, a role-only interviewer with an empty name', () => {
    const db = version7Library();
    const page = [
      '托起一老一小',
      '本报记者 黎川',
      '对话嘉宾：',
      '钟瑶 江北幼儿园园长',
      '记者：托育费用高的问题如何破解？',
      '钟瑶：我们试点了社区普惠托位，价格降了三成。',
      '这个办法还在推广。',
    ].join('\n');
    const id = insertBriefing(db, briefingOf(page, '访谈.txt'));
    const [row] = layoutRows(db, id);
    expect(row?.kind).toBe('interview');
    expect(JSON.parse(row!.participants)).toEqual([
      { name: '钟瑶', role: '江北幼儿园园长', unit: null },
      { name: '', role: '记者', unit: null },
    ]);
    expect(JSON.parse(row!.authors)).toEqual([{ name: '黎川', role: '本报记者' }]);
    const turns = db
      .prepare('SELECT b.speaker_name AS name, b.speaker_role AS role FROM blocks b JOIN documents d ON d.id = b.document_id WHERE d.briefing_id = ? ORDER BY b.position')
      .all(id);
    expect(turns).toEqual([
      { name: '', role: '记者' },
      { name: '钟瑶', role: '江北幼儿园园长' },
      { name: '钟瑶', role: '江北幼儿园园长' },
    ]);
  });
});
