import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { listDocuments } from '@db/queries/library.ts';
import type { Annotation } from '@contract/contract.ts';
import { createAnnotation, listAnnotations } from '@core/annotations/annotation-service.ts';
import { rangeOf } from '@core/annotations/library.test-helper.ts';
import { createTag } from '@core/annotations/tag-service.ts';
import type { AnnotationCollection } from '@core/export/index.ts';
import { cli } from './cli.test-helper.ts';

async function newLibrary(dir: string, name: string): Promise<string> {
  const db = join(dir, name);
  expect((await cli(['list', '--db', db])).code).toBe(0);
  return db;
}

const meaning = ({ id: _id, uri: _uri, tags, ...rest }: Annotation) => ({ ...rest, tags: tags.map((t) => [t.name, t.color]) });

describe('briefing annotations', () => {
  it('exports W3C JSON-LD to a file or the screen and imports it into another library unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-interchange-'));
    const from = await newLibrary(dir, 'from.sqlite3');
    const library = openLibrary(from).db;
    const [xian] = listDocuments(library, 1).map((d) => d.id) as [number];
    const tag = createTag(library, '重点', '#cc0000');
    createAnnotation(library, { documentId: xian, kind: 'highlight', style: 'underline', color: 'purple', range: rangeOf(library, xian, '成立以党工委领导为组长'), note: '要点', tagIds: [tag.id] });
    createAnnotation(library, { documentId: xian, kind: 'bookmark', range: rangeOf(library, xian, '联合宣传文旅局') });
    const before = listAnnotations(library, {}).map(meaning);
    library.close();

    const screen = await cli(['annotations', 'export', '--uri', `urn:briefing:doc:${xian}`, '--format', 'jsonld', '--db', from]);
    expect(screen.code).toBe(0);
    expect((JSON.parse(screen.out) as AnnotationCollection).total).toBe(2);
    const file = join(dir, 'notes.jsonld');
    expect(await cli(['annotations', 'export', '--format', 'jsonld', '--out', file, '--db', from])).toMatchObject({ code: 0, out: `已导出到 ${file}` });

    const to = await newLibrary(dir, 'to.sqlite3');
    const imported = await cli(['annotations', 'import', file, '--json', '--db', to]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toEqual({ imported: 2, orphaned: 0, skipped: [] });
    const after = openLibrary(to).db;
    expect(listAnnotations(after, {}).map(meaning)).toEqual(before);
    after.close();
  });

  it('imports a hand-written file of quotes, reporting what it skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-interchange-'));
    const db = await newLibrary(dir, 'library.sqlite3');
    const file = join(dir, 'hand.json');
    writeFileSync(
      file,
      JSON.stringify([
        { type: 'Annotation', bodyValue: '手写', target: { source: 'urn:briefing:doc:1', selector: { type: 'TextQuoteSelector', exact: '成立以党工委领导为组长' } } },
        { id: 'a2', type: 'Annotation', target: { source: 'urn:briefing:doc:999', selector: { type: 'TextQuoteSelector', exact: '成立' } } },
      ]),
    );
    const { code, out } = await cli(['annotations', 'import', file, '--db', db], { BRIEFING_LANG: 'en' });
    expect(code).toBe(0);
    expect(out).toBe(`Imported 1 annotations from ${file} (0 not placed, kept as orphans); 1 skipped\nSkipped a2: urn:briefing:doc:999 is not in the library`);
    const library = openLibrary(db).db;
    expect(listAnnotations(library, {})).toMatchObject([{ kind: 'highlight', status: 'anchored', note: '手写', quote: { exact: '成立以党工委领导为组长' } }]);
    library.close();
  });

  it('refuses bad input in one line with a non-zero exit, changing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-interchange-'));
    const db = await newLibrary(dir, 'library.sqlite3');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ "type": "AnnotationPage", "items": [{ "type": "Annotation" }] }');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ nope');
    for (const file of [bad, broken]) {
      const result = await cli(['annotations', 'import', file, '--db', db]);
      expect(result.code).toBe(1);
      expect(result.err).toContain('不是 W3C 网络批注（JSON-LD）文件');
      expect(result.err.split('\n')).toHaveLength(1);
    }
    expect((await cli(['annotations', 'import', join(dir, 'missing.json'), '--db', db])).code).toBe(2);
    expect((await cli(['annotations', 'import', '--db', db])).code).toBe(2);
    expect((await cli(['annotations', 'export', '--format', 'docx', '--db', db])).code).toBe(2);
    expect((await cli(['annotations', 'export', '--uri', 'urn:briefing:session:1', '--db', db])).code).toBe(2);
    expect((await cli(['annotations', 'export', '--uri', 'urn:briefing:doc:999', '--db', db])).code).toBe(1);
    expect((await cli(['annotations', 'sync', '--db', db])).code).toBe(2);
    const library = openLibrary(db).db;
    expect(listAnnotations(library, {})).toEqual([]);
    library.close();
    expect(readFileSync(bad, 'utf8')).toContain('AnnotationPage');
  });
});
