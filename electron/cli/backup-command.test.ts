import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLibraryFile } from '@db/backup.ts';
import { openLibrary } from '@db/open.ts';
import { createAnnotation, listAnnotations } from '@core/annotations/annotation-service.ts';
import { cli } from './cli.test-helper.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'briefing-cli-backup-'));

function notes(db: string): string[] {
  const { db: handle } = openLibrary(db);
  try {
    return listAnnotations(handle, {}).map((a) => a.note ?? '');
  } finally {
    handle.close();
  }
}

async function addNote(db: string, note: string): Promise<void> {
  if (!existsSync(db)) await cli(['list', '--db', db]);
  const { db: handle } = openLibrary(db);
  const documentId = handle.prepare('SELECT id FROM documents ORDER BY id LIMIT 1').pluck().get() as number;
  createAnnotation(handle, { documentId, kind: 'note', note });
  handle.close();
}

describe('briefing backup / restore', () => {
  it('round-trips the notes a user wrote, keeping a safety backup of what the restore replaced', async () => {
    const d = dir();
    const db = join(d, 'library.sqlite3');
    await addNote(db, '第一条笔记');
    const file = join(d, 'my.bak');
    const backup = await cli(['backup', file, '--db', db]);
    expect(backup).toMatchObject({ code: 0, err: '' });
    expect(backup.out).toContain(file);
    expect(checkLibraryFile(file).version).toBeGreaterThan(0);

    await addNote(db, '备份之后的笔记');
    const restore = await cli(['restore', file, '--db', db]);
    expect(restore.code).toBe(0);
    expect(notes(db)).toEqual(['第一条笔记']);
    const safety = readdirSync(d).filter((f) => f.startsWith('library.sqlite3.before-restore-') && f.endsWith('.bak'));
    expect(safety).toHaveLength(1);
    expect(restore.out).toContain(safety[0]);
    expect(notes(join(d, safety[0]!)).sort()).toEqual(['备份之后的笔记', '第一条笔记'].sort());
  });

  it('refuses to overwrite an existing file', async () => {
    const d = dir();
    const file = join(d, 'exists.bak');
    writeFileSync(file, 'keep me');
    const { code, err } = await cli(['backup', file, '--db', join(d, 'library.sqlite3')]);
    expect(code).toBe(2);
    expect(err).toContain('已存在');
    expect(err.split('\n')).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it.each([
    ['a text file', (f: string) => writeFileSync(f, '不是资料库'.repeat(100)), '不是研读资料库'],
    ['a missing file', () => {}, '不存在'],
  ])('refuses %s with one line and leaves the library untouched', async (_, make, text) => {
    const d = dir();
    const db = join(d, 'library.sqlite3');
    await addNote(db, '原有笔记');
    const file = join(d, 'bad.bak');
    make(file);
    const { code, err } = await cli(['restore', file, '--db', db]);
    expect(code).toBe(1);
    expect(err).toContain(text);
    expect(err.split('\n')).toHaveLength(1);
    expect(notes(db)).toEqual(['原有笔记']);
    expect(readdirSync(d).filter((f) => f.includes('before-restore'))).toEqual([]);
  });

  it('does not create a library when restoring from a bad file', async () => {
    const d = dir();
    const { code } = await cli(['restore', join(d, 'missing.bak'), '--db', join(d, 'library.sqlite3')]);
    expect(code).toBe(1);
    expect(existsSync(join(d, 'library.sqlite3'))).toBe(false);
  });
});
