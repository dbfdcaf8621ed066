import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { LibraryTooNewError, migrate, schemaVersion } from './migrate.ts';
import type { Migration } from './migration.ts';
import { latestVersion, migrations } from './migrations/index.ts';
import { openLibrary } from './open.ts';
import { insertBriefing } from './queries/store-briefing.ts';
import { listBlocks, listDocuments } from './queries/library.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'briefing-db-'));

describe('openLibrary', () => {
  it('creates a new library at the latest schema with WAL, FULL sync and foreign keys', () => {
    const path = join(tmp(), 'nested', 'library.sqlite3');
    const { db, created } = openLibrary(path);
    expect(created).toBe(true);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    const again = openLibrary(path);
    expect(again.created).toBe(false);
    again.db.close();
  });

  it('refuses a library from a newer version without changing a byte of it', () => {
    const path = join(tmp(), 'newer.sqlite3');
    const raw = new BetterSqlite3(path);
    raw.exec('CREATE TABLE future (x)');
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openLibrary(path)).toThrow(LibraryTooNewError);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('keeps foreign keys enforced: a block cannot outlive its document', () => {
    const { db } = openLibrary(':memory:');
    expect(() => db.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (999, 0, 'paragraph', 'x')").run()).toThrow(
      /FOREIGN KEY/,
    );
  });
});

describe('migrations', () => {
  it('are numbered 1..n without gaps, in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('bring every earlier version holding data up to the latest with the data intact', () => {
    for (let from = 1; from <= latestVersion; from++) {
      const dir = tmp();
      const path = join(dir, `v${from}.sqlite3`);
      const old = new BetterSqlite3(path);
      migrate(old, migrations.slice(0, from));
      const briefingId = insertBriefing(old, {
        title: '旧版资料',
        preface: '编者按',
        credits: ['□本版图片由某某摄'],
        source: { name: 'old.txt', format: 'txt', sha256: 'ab'.repeat(32), bytes: new Uint8Array([1, 2, 3]) },
        documents: [
          {
            title: '标题',
            unit: '韩城市',
            speakerName: '孙长虹',
            speakerRole: '副主席',
            blocks: [
              { kind: 'heading', level: 1, text: '一、总体情况' },
              { kind: 'paragraph', level: null, text: '正文段落。' },
            ],
          },
        ],
      });
      old.close();
      const copy = join(dir, 'copy.sqlite3');
      copyFileSync(path, copy);

      const { db, created } = openLibrary(copy);
      expect(created).toBe(false);
      expect(schemaVersion(db)).toBe(latestVersion);
      const docs = listDocuments(db, briefingId);
      expect(docs).toHaveLength(1);
      expect(docs[0]).toMatchObject({ title: '标题', unit: '韩城市', speakerName: '孙长虹' });
      expect(listBlocks(db, docs[0]!.id).map((b) => b.text)).toEqual(['一、总体情况', '正文段落。']);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    }
  });

  it('apply each migration in one transaction: a failing one leaves the library at the previous version', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, migrations);
    const broken: Migration = { version: latestVersion + 1, name: 'broken', up: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' };
    expect(() => migrate(db, [...migrations, broken])).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
  });
});
