import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { createAnnotation } from '@core/annotations/annotation-service.ts';
import { createTag } from '@core/annotations/tag-service.ts';
import { findChromium } from '@core/export/index.ts';
import { getDocument, listDocuments } from '@core/library/library-service.ts';
import { cli } from './cli.test-helper.ts';

/** A library holding the sample with two notes, one tagged. */
async function annotatedLibrary() {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-export-'));
  const db = join(dir, 'library.sqlite3');
  await cli(['list', '--db', db]);
  const lib = openLibrary(db).db;
  const doc = getDocument(lib, listDocuments(lib)[0]!.id);
  const paragraph = doc.blocks.find((b) => b.kind === 'paragraph')!;
  const tag = createTag(lib, '组织建设', '#c0392b');
  createAnnotation(lib, {
    documentId: doc.id,
    kind: 'highlight',
    color: 'yellow',
    range: { start: { blockId: paragraph.id, offset: 0 }, end: { blockId: paragraph.id, offset: 12 } },
    note: '第一行体会\n第二行体会',
    tagIds: [tag.id],
  });
  lib.close();
  return { dir, db, documentUri: doc.uri };
}

describe('briefing export', () => {
  it('writes the export in the CLI’s language, whatever the library’s setting', async () => {
    const { dir, db, documentUri } = await annotatedLibrary();
    const md = join(dir, 'notes-en.md');
    expect((await cli(['export', '--uri', documentUri, '--format', 'md', '--out', md, '--db', db], { BRIEFING_LANG: 'en' })).code).toBe(0);
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('Tags');
    expect(text).not.toContain('标签');
  });

  it('writes Markdown, JSON-LD and Word files of a document’s notes', async () => {
    const { dir, db, documentUri } = await annotatedLibrary();
    const md = join(dir, 'notes.md');
    const result = await cli(['export', '--uri', documentUri, '--format', 'md', '--out', md, '--db', db]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('已导出到');
    const text = readFileSync(md, 'utf8');
    expect(text).toContain('第一行体会');
    expect(text).toContain('组织建设');

    const jsonld = join(dir, 'notes.jsonld');
    expect((await cli(['export', '--tag', '组织建设', '--format', 'jsonld', '--out', jsonld, '--db', db])).code).toBe(0);
    const collection = JSON.parse(readFileSync(jsonld, 'utf8'));
    expect(JSON.stringify(collection)).toContain('TextQuoteSelector');

    const docx = join(dir, 'notes.docx');
    expect((await cli(['export', '--all', '--format', 'docx', '--template', 'handout', '--out', docx, '--db', db])).code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  });

  it('finds a tag by its name as the app folds it: full width and case do not matter', async () => {
    const { dir, db } = await annotatedLibrary();
    const lib = openLibrary(db).db;
    createTag(lib, 'PPT', '#175cd3');
    lib.close();
    const out = join(dir, 'ppt.md');
    const result = await cli(['export', '--tag', 'ＰＰＴ', '--format', 'md', '--out', out, '--db', db]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect((await cli(['export', '--tag', ' ppt ', '--format', 'md', '--out', join(dir, 'ppt2.md'), '--db', db])).code).toBe(0);
  });

  it.runIf(findChromiumOrNull())('prints a PDF through Chromium', async () => {
    const { dir, db } = await annotatedLibrary();
    const pdf = join(dir, 'notes.pdf');
    expect((await cli(['export', '--all', '--format', 'pdf', '--out', pdf, '--db', db])).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    [['export', '--format', 'md', '--out', 'x.md'], '导出范围'],
    [['export', '--all', '--tag', 'a', '--format', 'md', '--out', 'x.md'], '导出范围'],
    [['export', '--all', '--format', 'odt', '--out', 'x.odt'], '导出格式'],
    [['export', '--all', '--format', 'md'], '--out'],
    [['export', '--all', '--format', 'pdf', '--template', 'fancy', '--out', 'x.pdf'], '模板'],
    [['export', '--uri', 'urn:briefing:pack:1', '--format', 'md', '--out', 'x.md'], 'URI'],
    [['export', '--tag', '不存在', '--format', 'md', '--out', 'x.md'], '没有名为'],
  ])('%j is refused in one line and writes nothing', async (args, text) => {
    const { dir, db } = await annotatedLibrary();
    const out = args.includes('--out') ? join(dir, args[args.indexOf('--out') + 1]!) : join(dir, 'none');
    const patched = args.map((a, i) => (args[i - 1] === '--out' ? out : a));
    const result = await cli([...patched, '--db', db]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(text);
    expect(existsSync(out)).toBe(false);
  });
});

function findChromiumOrNull(): boolean {
  try {
    return !!findChromium();
  } catch {
    return false;
  }
}
