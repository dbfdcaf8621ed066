import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { search } from '../queries/search.ts';
import { insertBriefing } from '../queries/store-briefing.ts';
import { indexAnnotations } from '../search/annotations.ts';
import { matchExpression, searchTerms } from '../search/query.ts';
import { sampleBriefing } from '../search/sample.test-helper.ts';
import { latestVersion, migrations } from './index.ts';

/** Plain SQL: today's queries read columns an old schema lacks. */
const documentIdsOf = (db: BetterSqlite3.Database, briefingId: number) =>
  db.prepare('SELECT id FROM documents WHERE briefing_id = ? ORDER BY position').pluck().all(briefingId) as number[];

const queries = ['产改', '工', '“四个突出”', '2023年 GDP', '新质生产力', '旧笔记', '鑫'];
const everything = (db: BetterSqlite3.Database) => queries.map((query) => search(db, { query, limit: 500, offset: 0 }));
/**
 * What the index itself answers, in plain SQL: today's search also reads columns a version-6
 * library does not have yet, so it cannot run before the upgrade.
 */
const indexAnswers = (db: BetterSqlite3.Database) =>
  queries.map((query) => db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid').pluck().all(matchExpression(searchTerms(query))));

function version6Library(): { path: string; before: ReturnType<typeof indexAnswers> } {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-search-tuning-'));
  const path = join(dir, 'v6.sqlite3');
  const old = new BetterSqlite3(path);
  migrate(old, migrations.slice(0, 6));
  insertBriefing(old, sampleBriefing());
  const doc = { id: documentIdsOf(old, insertBriefing(old, sampleBriefing()))[1]! };
  old.prepare("INSERT INTO annotations (document_id, kind, note) VALUES (?, 'note', '旧笔记')").run(doc.id);
  indexAnnotations(old, doc.id);
  const before = indexAnswers(old);
  old.close();
  const copy = join(dir, 'copy.sqlite3');
  copyFileSync(path, copy);
  return { path: copy, before };
}

describe('migration 007 (search tuning)', () => {
  it('upgrades a version-6 library: the index keeps its entries and answers as before', () => {
    const { path, before } = version6Library();
    const { db } = openLibrary(path);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(Object.fromEntries(db.prepare('SELECT k, v FROM search_index_config').all().map((r) => [(r as { k: string }).k, (r as { v: unknown }).v]))).toMatchObject({
      hashsize: 16 * 1024 * 1024,
      automerge: 8,
    });
    expect(before.filter((rows) => rows.length > 0).length).toBeGreaterThan(queries.length / 2);
    expect(indexAnswers(db)).toEqual(before);
    expect(everything(db).find((r) => r.total > 0 && r.groups.some((g) => g.hits.some((h) => h.kind === 'note')))).toBeDefined();
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
  });

  it('indexes what is imported after it as a library made at the latest version does', () => {
    const { path } = version6Library();
    const { db } = openLibrary(path);
    const { db: fresh } = openLibrary(':memory:');
    insertBriefing(fresh, sampleBriefing());
    const doc = { id: documentIdsOf(fresh, insertBriefing(fresh, sampleBriefing()))[1]! };
    fresh.prepare("INSERT INTO annotations (document_id, kind, note) VALUES (?, 'note', '旧笔记')").run(doc.id);
    indexAnnotations(fresh, doc.id);
    // Enough commits for FTS5 to merge segments at the new automerge setting.
    for (let i = 0; i < 10; i++) {
      db.transaction(() => insertBriefing(db, sampleBriefing()))();
      fresh.transaction(() => insertBriefing(fresh, sampleBriefing()))();
    }
    expect(everything(db)).toEqual(everything(fresh));
    for (const d of [db, fresh]) d.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
