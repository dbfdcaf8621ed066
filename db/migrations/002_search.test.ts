import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../migrate.ts';
import { openLibrary } from '../open.ts';
import { search } from '../queries/search.ts';
import { insertBriefing } from '../queries/store-briefing.ts';
import { sampleBriefing } from '../search/sample.test-helper.ts';
import { migrations } from './index.ts';

describe('migration 002 (search)', () => {
  it('indexes the briefings a version-1 library already holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-search-'));
    const path = join(dir, 'v1.sqlite3');
    const old = new BetterSqlite3(path);
    migrate(old, migrations.slice(0, 1));
    insertBriefing(old, sampleBriefing());
    insertBriefing(old, sampleBriefing());
    old.close();
    const copy = join(dir, 'copy.sqlite3');
    copyFileSync(path, copy);

    const { db } = openLibrary(copy);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(2);
    const { db: fresh } = openLibrary(':memory:');
    insertBriefing(fresh, sampleBriefing());
    insertBriefing(fresh, sampleBriefing());

    const entries = db.prepare('SELECT (SELECT count(*) FROM blocks) + (SELECT count(*) FROM documents)').pluck().get();
    expect(db.prepare('SELECT count(*) FROM search_entries').pluck().get()).toBe(entries);
    for (const query of ['产改', '工', '“四个突出”', '2023年 GDP', '新质生产力']) {
      const options = { query, limit: 500, offset: 0 };
      const migrated = search(db, options);
      expect(migrated.total, query).toBeGreaterThan(0);
      expect(migrated, query).toEqual(search(fresh, options));
    }
    db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
