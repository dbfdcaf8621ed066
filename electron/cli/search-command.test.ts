import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { createAnnotation } from '@core/annotations/annotation-service.ts';
import { searchLibrary } from '@core/search/search-service.ts';
import { cli } from './cli.test-helper.ts';

const library = () => join(mkdtempSync(join(tmpdir(), 'briefing-cli-search-')), 'library.sqlite3');

function withDb<T>(path: string, use: (db: ReturnType<typeof openLibrary>['db']) => T): T {
  const { db } = openLibrary(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

describe('briefing search', () => {
  it('prints one JSON object a line with uri, documentTitle, blockId and snippet, from the reader’s search', async () => {
    const db = library();
    const { code, out } = await cli(['search', '产业工人', '--limit', '5', '--json', '--db', db]);
    expect(code).toBe(0);
    const lines = out.split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['uri', 'documentTitle', 'blockId', 'snippet']);
      expect(l.uri).toMatch(/^urn:briefing:doc:\d+$/u);
      expect(l.snippet).toContain('产业工人');
    }
    const expected = withDb(db, (handle) => searchLibrary(handle, { query: '产业工人', limit: 5 }));
    expect(lines).toEqual(
      expected.groups.flatMap((g) =>
        g.hits.map((h) => ({
          uri: g.document.uri,
          documentTitle: g.document.title,
          blockId: h.kind === 'heading' || h.kind === 'paragraph' ? h.blockId : null,
          snippet: h.snippet,
        })),
      ),
    );
  });

  it('prints readable lines and says how many hits there are', async () => {
    const db = library();
    const { code, out } = await cli(['search', '产业工人', '--limit', '2', '--db', db]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/ · urn:briefing:doc:\d+/u);
    expect(lines[1]).toMatch(/^ {2}.*产业工人/u);
    expect(lines[4]).toMatch(/^显示前 2 条，共 \d+ 条结果/u);
    const english = await cli(['search', '产业工人', '--limit', '2', '--db', db], { BRIEFING_LANG: 'en' });
    expect(english.out.split('\n').at(-1)).toMatch(/^Showing 2 of \d+ hits/u);
    const none = await cli(['search', '没有这样的词语', '--db', db]);
    expect(none).toMatchObject({ code: 0, out: '没有找到“没有这样的词语”。' });
    expect((await cli(['search', '没有这样的词语', '--json', '--db', db])).out).toBe('');
  });

  it('finds a note the user wrote and names its annotation', async () => {
    const db = library();
    await cli(['list', '--db', db]);
    const annotation = withDb(db, (handle) => {
      const documentId = handle.prepare('SELECT id FROM documents ORDER BY id LIMIT 1').pluck().get() as number;
      return createAnnotation(handle, { documentId, kind: 'note', note: '回去后组织支部学习' });
    });
    const { out } = await cli(['search', '支部学习', '--json', '--db', db]);
    expect(out.split('\n').map((l) => JSON.parse(l))).toEqual([{ uri: annotation.uri, documentTitle: expect.any(String), blockId: null, snippet: expect.stringContaining('支部学习') }]);
  });

  it('refuses a bad --limit through the API’s own argument check, and asks for a query', async () => {
    const db = library();
    const zero = await cli(['search', '产业', '--limit', '0', '--db', db]);
    expect(zero.code).toBe(1);
    expect(zero.err).toMatch(/^请求的参数不正确：[^\n]+$/u);
    const tooMany = await cli(['search', '产业', '--limit', '1000', '--db', db]);
    expect(tooMany.code).toBe(1);
    expect(tooMany.err).toMatch(/^请求的参数不正确：[^\n]+$/u);
    expect((await cli(['search', '产业', '--limit', 'abc', '--db', db])).err).toBe('--limit 应为整数：abc');
    expect(await cli(['search', '--db', db])).toMatchObject({ code: 2, err: '请指定要搜索的关键词。' });
  });

  it('is in --help', async () => {
    expect((await cli(['--help'])).out).toContain('search 关键词 [--limit N] [--json]');
    expect((await cli(['--help'], { BRIEFING_LANG: 'en' })).out).toContain('search QUERY [--limit N] [--json]');
  });
});
