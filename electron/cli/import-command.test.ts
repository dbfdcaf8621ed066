import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '@contract/contract.ts';
import { cli, importFixtures } from './cli.test-helper.ts';

const fixtures = importFixtures;
const workDir = () => mkdtempSync(join(tmpdir(), 'briefing-import-'));

function counts(db: string) {
  const raw = new BetterSqlite3(db, { readonly: true });
  const row = raw
    .prepare('SELECT (SELECT count(*) FROM briefings) b, (SELECT count(*) FROM documents) d, (SELECT count(*) FROM blocks) k')
    .get() as Record<string, number>;
  raw.close();
  return row;
}

async function documents(db: string): Promise<DocumentSummary[]> {
  return JSON.parse((await cli(['list', '--json', '--db', db])).out) as DocumentSummary[];
}

describe('briefing import --dry-run --json', () => {
  it('prints what it would import in the documented shape and saves nothing', async () => {
    const dir = workDir();
    const db = join(dir, 'library.sqlite3');
    const { code, out } = await cli(['import', join(fixtures, 'sample-briefing.docx'), '--dry-run', '--json', '--db', db]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.preface).toMatch(/^为深入学习领会/);
    expect(Array.isArray(parsed.notices)).toBe(true);
    expect(parsed.documents).toHaveLength(5);
    const shenmu = parsed.documents[4];
    expect(shenmu).toMatchObject({ unit: '神木市', speaker: { name: '刘文军' } });
    expect(shenmu.blocks[0]).toEqual({ kind: 'paragraph', text: expect.stringMatching(/^神木市位于陕西北部/) });
    expect(shenmu.blocks.filter((b: { level?: number }) => b.level === 1).map((b: { text: string }) => b.text[0])).toEqual(['一', '二', '三']);
    for (const d of parsed.documents) {
      for (const b of d.blocks) expect(b.kind === 'heading' ? typeof b.level : b.level).toBe(b.kind === 'heading' ? 'number' : undefined);
      for (const n of d.notices) expect(n).toMatchObject({ kind: expect.any(String), message: expect.any(String) });
    }
    expect(() => readFileSync(db)).toThrow();
  });
});

describe('briefing import', () => {
  it('imports a Word file as a new briefing and recognizes the same file the second time', async () => {
    const db = join(workDir(), 'library.sqlite3');
    const first = await cli(['import', join(fixtures, 'sample-briefing.docx'), '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/已导入 .*sample-briefing\.docx：5 篇文件（urn:briefing:pack:2）/);
    expect(counts(db).b).toBe(2);
    const again = await cli(['import', join(fixtures, 'sample-briefing.docx'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.out).toContain('已导入过（urn:briefing:pack:2）');
    expect(counts(db).b).toBe(2);
  });

  it('recognizes the built-in sample when its file is imported again', async () => {
    const db = join(workDir(), 'library.sqlite3');
    const { out } = await cli(['import', join(fixtures, 'sample-briefing.txt'), '--json', '--db', db]);
    expect(JSON.parse(out)[0]).toMatchObject({ uri: 'urn:briefing:pack:1', alreadyImported: true });
  });

  it('turns a text with no structure into one document titled from the file name', async () => {
    const dir = workDir();
    const file = join(dir, '学习体会.txt');
    writeFileSync(file, '今天学习了会议精神，收获很大。\n要把学到的用到工作中去。\n');
    const db = join(dir, 'library.sqlite3');
    expect((await cli(['import', file, '--no-sample', '--db', db])).code).toBe(0);
    const docs = await documents(db);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.title).toBeTruthy();
  });

  it('replaces a briefing from a corrected file, keeping its uri', async () => {
    const dir = workDir();
    const db = join(dir, 'library.sqlite3');
    await cli(['import', join(fixtures, 'sample-briefing.docx'), '--db', db]);
    const corrected = join(dir, 'corrected.txt');
    writeFileSync(corrected, readFileSync(join(fixtures, 'sample-briefing.txt'), 'utf8').replace('马巍安', '马巍平'));
    const { code, out } = await cli(['import', corrected, '--replace', 'urn:briefing:pack:2', '--db', db]);
    expect(code).toBe(0);
    expect(out).toContain('已用');
    const docs = (await documents(db)).filter((d) => d.briefing.id === 2);
    expect(docs).toHaveLength(5);
    expect(docs[0]!.speaker?.name).toBe('马巍平');
    expect(counts(db).b).toBe(2);
  });

  it('refuses --replace of a briefing that does not exist, changing nothing', async () => {
    const db = join(workDir(), 'library.sqlite3');
    await cli(['list', '--db', db]);
    const before = counts(db);
    const { code, err } = await cli(['import', join(fixtures, 'sample-briefing.docx'), '--replace', 'urn:briefing:pack:42', '--db', db]);
    expect(code).toBe(1);
    expect(err).toContain('urn:briefing:pack:42');
    expect(counts(db)).toEqual(before);
    expect((await cli(['import', 'a.txt', '--replace', 'pack-42', '--db', db])).code).toBe(2);
  });
});

describe('bad input', () => {
  const dir = workDir();
  const write = (name: string, data: Uint8Array | string) => {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  };
  const pdf = readFileSync(join(fixtures, 'sample-briefing.pdf'));
  const huge = join(dir, 'huge.txt');
  const fd = openSync(huge, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);

  it.each([
    ['an empty file', () => write('empty.txt', ''), '文件是空的'],
    ['binary data', () => write('photo.txt', new Uint8Array(4096).map((_, i) => (i * 7919) % 256)), '不是文本'],
    ['a wrong extension', () => write('setup.exe', 'MZ'), '不支持这种文件格式'],
    ['a corrupt docx', () => write('broken.docx', 'PK\u0003\u0004 not really a zip'), '损坏'],
    ['a truncated pdf', () => write('cut.pdf', pdf.subarray(0, 2000)), '损坏'],
    ['an encrypted pdf', () => join(fixtures, 'encrypted-password-secret.pdf'), '密码'],
    ['a 200 MB text file', () => huge, '过大'],
  ])('%s gets one clear line, a non-zero exit and an untouched library', async (_name, makeFile, text) => {
    const db = join(workDir(), 'library.sqlite3');
    await cli(['list', '--db', db]);
    const before = counts(db);
    const { code, err } = await cli(['import', makeFile(), '--db', db]);
    expect(code).toBe(1);
    expect(err).toContain(text);
    expect(err).toContain('资料库未作任何改动');
    expect(err.split('\n')).toHaveLength(1);
    expect(counts(db)).toEqual(before);
  });

  it('imports none of several files when one of them is bad', async () => {
    const db = join(workDir(), 'library.sqlite3');
    await cli(['list', '--db', db]);
    const before = counts(db);
    const { code } = await cli(['import', join(fixtures, 'sample-briefing.docx'), write('empty2.txt', ''), '--db', db]);
    expect(code).toBe(1);
    expect(counts(db)).toEqual(before);
  });

  it('creates no library when the only file cannot be read', async () => {
    const db = join(workDir(), 'library.sqlite3');
    const { code } = await cli(['import', write('empty3.txt', ''), '--db', db]);
    expect(code).toBe(1);
    expect(() => readFileSync(db)).toThrow();
  });

  it('names a missing file in one line', async () => {
    const { code, err } = await cli(['import', join(dir, 'nope.txt'), '--db', join(workDir(), 'l.sqlite3')]);
    expect(code).toBe(2);
    expect(err).toContain('ENOENT');
  });
});
