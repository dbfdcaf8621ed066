import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupLibrary, checkLibraryFile, LibraryFileError, restoreLibraryFrom, type LibraryFileProblem } from './backup.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { latestVersion, migrations } from './migrations/index.ts';
import { openLibrary, type Database } from './open.ts';
import { listDocuments } from './queries/library.ts';
import { insertBriefing } from './queries/store-briefing.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'briefing-backup-'));

function addBriefing(db: Database, title: string): number {
  return insertBriefing(db, {
    title,
    preface: null,
    credits: [],
    source: { name: `${title}.txt`, format: 'txt', sha256: Buffer.from(title).toString('hex').padEnd(64, '0').slice(0, 64), bytes: new Uint8Array([1]) },
    documents: [{ title: `${title}·正文`, unit: '韩城市', speakerName: null, speakerRole: null, blocks: [{ kind: 'paragraph', level: null, text: '正文段落。' }] }],
  });
}

const titles = (db: Database) => listDocuments(db).map((d) => d.title);

function problemOf(path: string): LibraryFileProblem | null {
  try {
    checkLibraryFile(path);
    return null;
  } catch (err) {
    if (err instanceof LibraryFileError) return err.problem;
    throw err;
  }
}

describe('backupLibrary', () => {
  it('writes a valid library with the same data, through the backup API, with no partial file left', async () => {
    const dir = tmp();
    const { db } = openLibrary(join(dir, 'library.sqlite3'));
    addBriefing(db, '甲');
    const dest = join(dir, 'copy.bak');
    await backupLibrary(db, dest);
    db.close();
    expect(checkLibraryFile(dest)).toEqual({ version: latestVersion });
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
    const copy = new BetterSqlite3(dest, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(titles(copy)).toEqual(['甲·正文']);
    copy.close();
  });
});

describe('checkLibraryFile', () => {
  it('refuses a missing file, a non-SQLite file, a foreign database, a corrupt library and a newer one', async () => {
    const dir = tmp();
    expect(problemOf(join(dir, 'nope.bak'))).toBe('missing');

    writeFileSync(join(dir, 'text.bak'), '这不是资料库'.repeat(200));
    expect(problemOf(join(dir, 'text.bak'))).toBe('not_sqlite');

    const foreign = new BetterSqlite3(join(dir, 'foreign.bak'));
    foreign.exec('CREATE TABLE notes (x)');
    foreign.close();
    expect(problemOf(join(dir, 'foreign.bak'))).toBe('not_library');

    const { db } = openLibrary(join(dir, 'library.sqlite3'));
    for (let i = 0; i < 30; i++) addBriefing(db, `篇${i}`);
    await backupLibrary(db, join(dir, 'good.bak'));
    db.close();
    const bytes = readFileSync(join(dir, 'good.bak'));
    const pageSize = bytes.readUInt16BE(16);
    for (let i = pageSize * 2; i < bytes.length; i++) bytes[i] = (i * 7) & 0xff;
    writeFileSync(join(dir, 'corrupt.bak'), bytes);
    expect(problemOf(join(dir, 'corrupt.bak'))).toBe('corrupt');

    const newer = new BetterSqlite3(join(dir, 'newer.bak'));
    migrate(newer, migrations);
    newer.pragma(`user_version = ${latestVersion + 1}`);
    newer.close();
    const before = readFileSync(join(dir, 'newer.bak'));
    expect(problemOf(join(dir, 'newer.bak'))).toBe('too_new');
    expect(readFileSync(join(dir, 'newer.bak')).equals(before)).toBe(true);
  });
});

describe('automatic backup before a migration', () => {
  it('backs a v1 library holding data up beside it before migrating it', () => {
    const dir = tmp();
    const path = join(dir, 'library.sqlite3');
    const old = new BetterSqlite3(path);
    migrate(old, migrations.slice(0, 1));
    addBriefing(old, '旧');
    old.close();

    const { db } = openLibrary(path);
    expect(schemaVersion(db)).toBe(latestVersion);
    db.close();
    const backups = readdirSync(dir).filter((f) => f.endsWith('.bak'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^library\.sqlite3\.v1-\d{8}T\d{6}Z\.bak$/);
    const bak = join(dir, backups[0]!);
    expect(checkLibraryFile(bak)).toEqual({ version: 1 });
    const raw = new BetterSqlite3(bak, { readonly: true });
    expect(raw.prepare('SELECT title FROM documents').pluck().all()).toEqual(['旧·正文']);
    raw.close();
  });

  it('takes none for a new library or one already up to date', () => {
    const dir = tmp();
    openLibrary(join(dir, 'library.sqlite3')).db.close();
    openLibrary(join(dir, 'library.sqlite3')).db.close();
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('restoreLibraryFrom', () => {
  it('replaces the content of the open library, which stays usable, and brings an older backup up to date', async () => {
    const dir = tmp();
    const path = join(dir, 'library.sqlite3');
    const oldPath = join(dir, 'old.bak');
    const old = new BetterSqlite3(oldPath);
    migrate(old, migrations.slice(0, 3));
    addBriefing(old, '备份中的');
    old.close();

    const { db } = openLibrary(path);
    addBriefing(db, '现有的');
    await restoreLibraryFrom(db, path, oldPath);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(titles(db)).toEqual(['备份中的·正文']);
    addBriefing(db, '之后的');
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(existsSync(oldPath)).toBe(true);

    const again = openLibrary(path);
    expect(titles(again.db).sort()).toEqual(['之后的·正文', '备份中的·正文'].sort());
    again.db.close();
  });
});
