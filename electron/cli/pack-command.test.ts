import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Database } from '@db/open.ts';
import { createAnnotation, listAnnotations } from '@core/annotations/annotation-service.ts';
import { rangeOf, textAt } from '@core/annotations/library.test-helper.ts';
import { getDocument, listBriefings, listDocuments } from '@core/library/library-service.ts';
import { cli } from './cli.test-helper.ts';

/** Library A: the sample, with the organizer's notes on its first two documents. */
async function organizerLibrary() {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-pack-'));
  const db = join(dir, 'a.sqlite3');
  await cli(['list', '--db', db]);
  const lib = openLibrary(db).db;
  const [first, second] = listDocuments(lib);
  const quote = getDocument(lib, first!.id).blocks.find((b) => b.kind === 'paragraph')!.text.slice(0, 15);
  createAnnotation(lib, { documentId: first!.id, kind: 'highlight', color: 'blue', range: rangeOf(lib, first!.id, quote), note: '请重点研读这一段' });
  createAnnotation(lib, { documentId: second!.id, kind: 'note', note: '会前通读全文' });
  const briefing = listBriefings(lib)[0]!;
  lib.close();
  return { dir, db, briefingUri: briefing.uri, firstUri: first!.uri, quote };
}

function contents(db: Database) {
  return listDocuments(db).map((d) => {
    const { title, unit, speaker, blocks } = getDocument(db, d.id);
    return { title, unit, speaker, blocks: blocks.map((b) => [b.kind, b.level, b.text]) };
  });
}

describe('briefing pack', () => {
  it('round-trips a briefing with organizer notes from library A into a fresh library B', async () => {
    const a = await organizerLibrary();
    const file = join(a.dir, '交流发言.briefing');
    const packed = await cli(['pack', a.briefingUri, '--out', file, '--with-notes', '--db', a.db]);
    expect(packed).toMatchObject({ code: 0, err: '' });
    expect(packed.out).toContain('已导出资料包');
    expect(existsSync(`${file}.partial`)).toBe(false);

    const dry = await cli(['import', file, '--dry-run', '--db', join(a.dir, 'unused.sqlite3')]);
    expect(dry.out).toContain('组织者批注 2 条');
    expect(existsSync(join(a.dir, 'unused.sqlite3'))).toBe(false);

    const b = join(a.dir, 'b.sqlite3');
    const imported = await cli(['import', file, '--json', '--no-sample', '--db', b]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.out)).toEqual([expect.objectContaining({ alreadyImported: false })]);

    const libA = openLibrary(a.db).db;
    const libB = openLibrary(b).db;
    expect(contents(libB)).toEqual(contents(libA));
    const notes = listAnnotations(libB, {});
    expect(notes.map((n) => [n.origin, n.kind, n.note])).toEqual([
      ['organizer', 'highlight', '请重点研读这一段'],
      ['organizer', 'note', '会前通读全文'],
    ]);
    expect(textAt(libB, notes[0]!.documentId, notes[0]!.range)).toBe(a.quote);
    libA.close();
    libB.close();

    const again = await cli(['import', file, '--no-sample', '--db', b]);
    expect(again.out).toContain('已导入过');
    const lib = openLibrary(b).db;
    expect(listAnnotations(lib, {})).toHaveLength(2);
    lib.close();
  });

  it('packs without notes unless asked, from a document’s URI too', async () => {
    const a = await organizerLibrary();
    const file = join(a.dir, 'plain.briefing');
    expect((await cli(['pack', a.firstUri, '--out', file, '--db', a.db])).code).toBe(0);
    const b = join(a.dir, 'b.sqlite3');
    expect((await cli(['import', file, '--no-sample', '--db', b])).code).toBe(0);
    const lib = openLibrary(b).db;
    expect(listDocuments(lib).length).toBeGreaterThan(1);
    expect(listAnnotations(lib, {})).toEqual([]);
    lib.close();
  });

  it('explains bad arguments and files that are not packs, leaving the library as it was', async () => {
    const a = await organizerLibrary();
    expect((await cli(['pack', '--out', join(a.dir, 'x.briefing'), '--db', a.db])).code).toBe(2);
    expect((await cli(['pack', a.briefingUri, '--db', a.db])).code).toBe(2);
    const missing = await cli(['pack', 'urn:briefing:doc:999', '--out', join(a.dir, 'x.briefing'), '--db', a.db]);
    expect(missing).toMatchObject({ code: 2, err: '资料库中没有 urn:briefing:doc:999。' });
    expect(existsSync(join(a.dir, 'x.briefing'))).toBe(false);

    const fake = join(a.dir, 'fake.briefing');
    writeFileSync(fake, '不是资料包');
    const refused = await cli(['import', fake, '--db', a.db], { BRIEFING_LANG: 'en' });
    expect(refused.code).toBe(1);
    expect(refused.err).toBe('Cannot import "fake.briefing": The file is not a Briefing Reader pack (.briefing). The library was not changed.');
    expect(readFileSync(fake, 'utf8')).toBe('不是资料包');
  });
});
