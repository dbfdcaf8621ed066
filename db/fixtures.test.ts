import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@contract/errors.ts';
import { sourceWorker } from '@core/import/worker/test-config.test-helper.ts';
import { openLibraryCore } from '@core/compose.ts';
import { expectedContent, readContent, readFixture } from './fixtures/library-fixtures.test-helper.ts';
import { schemaVersion } from './migrate.ts';
import { latestVersion } from './migrations/index.ts';
import { openLibrary } from './open.ts';

/** A fixture copied where a test may change it; the committed file stays as released. */
function copyOfFixture(version: number): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), `briefing-fixture-v${version}-`));
  const path = join(dir, 'library.sqlite3');
  writeFileSync(path, readFixture(version));
  return { dir, path };
}

describe('upgrade fixtures (a library as each released version left it)', () => {
  // Every released version below the current one needs a fixture: a new migration without
  // one fails here until `scripts/make-library-fixtures.ts` has written it.
  const older = Array.from({ length: latestVersion - 1 }, (_, i) => i + 1);

  it.each(older)('upgrades version %i to the current schema with every note, tag and session intact, after a backup', (version) => {
    const { dir, path } = copyOfFixture(version);
    const raw = new BetterSqlite3(path, { readonly: true });
    expect(schemaVersion(raw)).toBe(version);
    raw.close();

    const { db, created } = openLibrary(path);
    try {
      expect(created).toBe(false);
      expect(schemaVersion(db)).toBe(latestVersion);
      expect(readContent(db)).toEqual(expectedContent(version));
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }

    const backups = readdirSync(dir).filter((f) => f.startsWith(`library.sqlite3.v${version}-`) && f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    const backup = new BetterSqlite3(join(dir, backups[0]!), { readonly: true });
    try {
      expect(schemaVersion(backup)).toBe(version);
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(backup.prepare('SELECT count(*) FROM briefings').pluck().get()).toBe(2);
    } finally {
      backup.close();
    }
  });

  it('has a fixture of the current version too, which opens unchanged and without a backup', () => {
    const { dir, path } = copyOfFixture(latestVersion);
    const { db } = openLibrary(path);
    try {
      expect(readContent(db)).toEqual(expectedContent(latestVersion));
    } finally {
      db.close();
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });

  // db/migrate.test.ts checks the refusal at the database level; this is what the user is told.
  it('refuses a library from a newer version with a message saying so, changing none of its bytes', async () => {
    const { dir, path } = copyOfFixture(latestVersion);
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    const before = readFileSync(path);
    const err = await openLibraryCore({ path, version: 'test', samplePath: null, importWorker: sourceWorker }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const { code, message } = (err as ApiError).payload;
    expect(code).toBe('library_too_new');
    expect(message['zh-CN']).toBe(`资料库由更新版本的研读创建（版本 ${latestVersion + 1}，本程序支持到 ${latestVersion}）。请升级研读后再打开；资料库未作任何改动。`);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['library.sqlite3']);
  });
});
