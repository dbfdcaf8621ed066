import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAnnotations } from '@core/annotations/annotation-service.ts';
import { deleteBriefing, restoreBriefing } from '@core/library/briefing-bin-service.ts';
import { listBriefings, listDocuments } from '@core/library/library-service.ts';
import { searchLibrary } from '@core/search/search-service.ts';
import { fixturePath } from '../fixtures/library-fixtures.test-helper.ts';
import { schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { latestVersion } from './index.ts';

/** The released version-8 fixture (two briefings with notes, tags, sessions), copied where the test may change it. */
function version8Library() {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bin-'));
  const path = join(dir, 'library.sqlite3');
  copyFileSync(fixturePath(8), path);
  return openLibrary(path).db;
}

describe('migration 009 (briefing bin)', () => {
  it('upgrades a version-8 library with every briefing still in the library and none in the bin', () => {
    const db = version8Library();
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(listBriefings(db)).toHaveLength(2);
    expect(listBriefings(db, true)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM briefings WHERE deleted_at IS NOT NULL').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('bins an upgraded briefing with its documents, annotations and search entries, and restores them all', () => {
    const db = version8Library();
    const [first] = listBriefings(db).filter((b) => b.documentCount === 5);
    const notes = listAnnotations(db, { briefingId: first!.id }).map((a) => a.note);
    const hits = searchLibrary(db, { query: '韩城' }).total;
    const all = listAnnotations(db, {}).length;
    expect(notes.length).toBeGreaterThan(2);
    expect(hits).toBeGreaterThan(0);

    expect(deleteBriefing(db, first!.id).deletedAt).not.toBeNull();
    expect(listBriefings(db).map((b) => b.id)).not.toContain(first!.id);
    expect(listDocuments(db).some((d) => d.briefing.id === first!.id)).toBe(false);
    expect(listAnnotations(db, {})).toHaveLength(all - notes.length);
    expect(listAnnotations(db, { briefingId: first!.id })).toEqual([]);
    expect(searchLibrary(db, { query: '韩城' }).total).toBe(0);

    expect(restoreBriefing(db, first!.id).deletedAt).toBeNull();
    expect(listAnnotations(db, { briefingId: first!.id }).map((a) => a.note)).toEqual(notes);
    expect(searchLibrary(db, { query: '韩城' }).total).toBe(hits);
  });
});
