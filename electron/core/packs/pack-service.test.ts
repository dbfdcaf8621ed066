import { setImmediate as tick } from 'node:timers/promises';
import { gzipSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openLibrary, type Database } from '@db/open.ts';
import { insertAnnotation } from '@db/queries/annotations.ts';
import type { Annotation } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { createAnnotation, listAnnotations, updateAnnotation } from '../annotations/annotation-service.ts';
import { exportAnnotationsJsonLd } from '../annotations/interchange.ts';
import { codeOf, rangeOf, sampleLibrary, textAt } from '../annotations/library.test-helper.ts';
import { createTag, listTags } from '../annotations/tag-service.ts';
import { ImportJobs } from '../import/import-jobs.ts';
import { importFile, saveParsedFiles } from '../import/import-service.ts';
import { parseFile } from '../import/parse/index.ts';
import { getDocument, listBriefings, listDocuments } from '../library/library-service.ts';
import { exportPack } from './pack-service.ts';

const parse = (bytes: Uint8Array, name: string) => parseFile(bytes, name);

/** The sample with the trainee's own marks, and one organizer note that came from elsewhere. */
function organizerLibrary() {
  const { db, briefingId, docs } = sampleLibrary();
  const [xian, hancheng] = docs.map((d) => d.id) as [number, number];
  const tag = createTag(db, '重点', '#cc0000');
  createAnnotation(db, { documentId: xian, kind: 'highlight', color: 'pink', range: rangeOf(db, xian, '成立以党工委领导为组长'), note: '请结合本单位实际研读', tagIds: [tag.id] });
  createAnnotation(db, { documentId: xian, kind: 'bookmark', range: rangeOf(db, xian, '联合宣传文旅局') });
  createAnnotation(db, { documentId: hancheng, kind: 'note', note: '整篇可作范例' });
  insertAnnotation(db, { documentId: hancheng, kind: 'note', style: null, color: null, placement: null, note: '别人的批注', originKey: 'k'.repeat(64) });
  return { db, briefingId };
}

const meaning = (a: Annotation) => ({ kind: a.kind, style: a.style, color: a.color, quote: a.quote?.exact ?? null, note: a.note, status: a.status, paragraph: a.paragraph });

function contents(db: Database, briefingId: number) {
  return listDocuments(db, briefingId).map((d) => {
    const { title, unit, speaker, blocks } = getDocument(db, d.id);
    return { title, unit, speaker, blocks: blocks.map((b) => ({ kind: b.kind, level: b.level, text: b.text })) };
  });
}

describe('briefing packs', () => {
  it('carry a briefing and the organizer’s own notes into another library, labelled and anchored', async () => {
    const source = organizerLibrary();
    const file = await exportPack(source.db, source.briefingId, { withNotes: true });
    expect(file.fileName).toMatch(/\.briefing$/);

    const { db } = openLibrary(':memory:');
    const { briefingId } = await importFile(db, parse, file.bytes, file.fileName, { locale: 'zh-CN' });
    expect(contents(db, briefingId)).toEqual(contents(source.db, source.briefingId));
    const [original] = listBriefings(source.db);
    // The sample has no title of its own: the pack names it as the library did, after its file.
    expect(original!.title).toBeNull();
    expect(file.fileName).toBe('sample-briefing.briefing');
    expect(listBriefings(db)[0]).toMatchObject({ title: 'sample-briefing', preface: original!.preface, sourceName: file.fileName });

    const brought = listAnnotations(db, { briefingId });
    const own = listAnnotations(source.db, { briefingId: source.briefingId }).filter((a) => a.origin === 'own');
    expect(brought.map(meaning)).toEqual(own.map(meaning));
    expect(brought.every((a) => a.origin === 'organizer' && a.tags.length === 0)).toBe(true);
    const highlight = brought.find((a) => a.kind === 'highlight')!;
    expect(textAt(db, highlight.documentId, highlight.range)).toBe('成立以党工委领导为组长');
    // The organizer's tags are theirs: the trainee's tag list stays as it was.
    expect(listTags(db)).toEqual([]);
  });

  it('leaves the notes out when asked, and never carries notes that were themselves an organizer’s', async () => {
    const source = organizerLibrary();
    const without = JSON.parse(gunzipSync((await exportPack(source.db, source.briefingId, { withNotes: false })).bytes).toString()) as { organizerNotes: unknown[] };
    expect(without.organizerNotes).toEqual([]);
    const withNotes = JSON.parse(gunzipSync((await exportPack(source.db, source.briefingId, { withNotes: true })).bytes).toString()) as { organizerNotes: unknown[] };
    expect(withNotes.organizerNotes).toHaveLength(3);
    expect(JSON.stringify(withNotes.organizerNotes)).not.toContain('别人的批注');
  });

  it('refuses an unknown briefing', async () => {
    const { db } = openLibrary(':memory:');
    await expect(exportPack(db, 9, { withNotes: true })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('recognizes the same pack imported again, and never duplicates its notes when it replaces the briefing', async () => {
    const source = organizerLibrary();
    const file = await exportPack(source.db, source.briefingId, { withNotes: true });
    const parsed = await parse(file.bytes, file.fileName);
    const { db } = openLibrary(':memory:');
    const packFile = { name: file.fileName, bytes: file.bytes, parsed };
    const [first] = saveParsedFiles(db, [packFile]);
    expect(saveParsedFiles(db, [packFile])).toEqual([{ briefingId: first!.briefingId, alreadyImported: true }]);
    saveParsedFiles(db, [packFile], first!.briefingId);
    // Even a note the trainee put in the bin stays there, and is not brought back.
    const binned = listAnnotations(db, {})[0]!;
    db.prepare("UPDATE annotations SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(binned.id);
    saveParsedFiles(db, [packFile], first!.briefingId);
    expect(listBriefings(db)).toHaveLength(1);
    expect(listAnnotations(db, {})).toHaveLength(2);
    expect(listAnnotations(db, { deleted: true }).map((a) => a.id)).toEqual([binned.id]);
  });

  it('stores nothing at all when a note in the pack cannot be stored', async () => {
    const source = organizerLibrary();
    const file = await exportPack(source.db, source.briefingId, { withNotes: true });
    const json = JSON.parse(gunzipSync(file.bytes).toString()) as { organizerNotes: Record<string, unknown>[] };
    json.organizerNotes.push({ ...json.organizerNotes[0], body: 5 });
    const broken = gzipSync(JSON.stringify(json));
    const { db } = openLibrary(':memory:');
    await expect(importFile(db, parse, broken, 'broken.briefing', { locale: 'zh-CN' })).rejects.toBeInstanceOf(ApiError);
    expect(listBriefings(db)).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
  });

  it('keeps an organizer note’s text read-only, but lets the trainee recolour it', async () => {
    const source = organizerLibrary();
    const file = await exportPack(source.db, source.briefingId, { withNotes: true });
    const { db } = openLibrary(':memory:');
    await importFile(db, parse, file.bytes, file.fileName, { locale: 'zh-CN' });
    const highlight = listAnnotations(db, { kind: 'highlight' })[0]!;
    expect(codeOf(() => updateAnnotation(db, { id: highlight.id, note: '改写' }))).toBe('forbidden');
    expect(updateAnnotation(db, { id: highlight.id, color: 'green', note: highlight.note })).toMatchObject({ color: 'green', note: '请结合本单位实际研读' });
  });

  it('leaves organizer notes out of the trainee’s own exports', async () => {
    const source = organizerLibrary();
    const jsonld = await exportAnnotationsJsonLd(source.db);
    expect(jsonld).toContain('整篇可作范例');
    expect(jsonld).not.toContain('别人的批注');
  });

  it('go through the app’s import review like any file: nothing to repair, notes stored on commit, a bad pack explained', async () => {
    const source = organizerLibrary();
    const file = await exportPack(source.db, source.briefingId, { withNotes: true });
    const { db } = openLibrary(':memory:');
    const jobs = new ImportJobs(db, parse, () => 'zh-CN');
    const settle = async (id: string) => {
      while (jobs.get(id).state === 'reading') await tick();
      return jobs.get(id);
    };
    const job = await settle(jobs.start(file.fileName, file.bytes).id);
    expect(job).toMatchObject({ state: 'ready', repairs: [], duplicates: [] });
    expect(listAnnotations(db, {})).toEqual([]);
    const { briefing } = jobs.commit(job.id, job.draft!);
    expect(listAnnotations(db, { briefingId: briefing.id }).map((a) => [a.origin, a.note])).toEqual([
      ['organizer', '请结合本单位实际研读'],
      ['organizer', ''],
      ['organizer', '整篇可作范例'],
    ]);
    expect((await settle(jobs.start(file.fileName, file.bytes).id)).duplicates).toEqual([briefing]);

    const failed = await settle(jobs.start('newer.briefing', gzipSync(JSON.stringify({ format: 'briefing-pack', version: 2 }))).id);
    expect(failed.state).toBe('failed');
    expect(failed.error?.message['zh-CN']).toBe('无法导入“newer.briefing”：资料包由更新版本的研读制作，请升级研读后再导入。资料库未作任何改动。');
  });
});
