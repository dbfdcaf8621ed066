import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../annotations/annotation-service.ts';
import { rangeOf, sampleLibrary } from '../annotations/library.test-helper.ts';
import JSZip from 'jszip';
import { exportAnnotations } from '../export/index.ts';
import { exportSource } from '../export/export-service.ts';
import { addToSession, createSession, getSession, reorderSession } from './session-service.ts';

type Db = ReturnType<typeof sampleLibrary>['db'];

async function markdownOf(db: Db, sessionId: number): Promise<string> {
  const file = await exportAnnotations({ scope: { kind: 'session', sessionId }, format: 'markdown' }, { source: exportSource(db) });
  return new TextDecoder().decode(file.bytes);
}

async function wordTextOf(db: Db, sessionId: number): Promise<string> {
  const file = await exportAnnotations({ scope: { kind: 'session', sessionId }, format: 'docx' }, { source: exportSource(db) });
  const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
  return (xml.match(/<w:t[^>]*>[^<]*<\/w:t>/gu) ?? []).map((run) => run.replace(/<[^>]+>/gu, '')).join('');
}

const count = (text: string, part: string) => text.split(part).length - 1;
const kinds = (db: Db, sessionId: number) =>
  getSession(db, sessionId).items.map((i) => (i.kind === 'document' ? `d${i.document.id}` : `a${i.annotation.id}`));

function library() {
  const lib = sampleLibrary();
  const [first, , , , last] = lib.docs;
  const highlight = (documentId: number, quote: string, note: string) =>
    createAnnotation(lib.db, { documentId, kind: 'highlight', color: 'yellow', range: rangeOf(lib.db, documentId, quote), note });
  return { ...lib, first: first!, last: last!, highlight };
}

describe('a study session’s export', () => {
  it('prints whole documents in the session’s order, and follows it when they are moved', async () => {
    const { db, first, last, highlight } = library();
    highlight(first.id, '近年来', '西安的体会');
    highlight(last.id, '神木市', '神木的体会');
    const s = addToSession(db, { sessionId: createSession(db, { title: '顺序' }).id, documentIds: [last.id, first.id] });
    const markdown = await markdownOf(db, s.id);
    expect(markdown).toMatch(new RegExp(`## 一、${last.title}`));
    expect(markdown.indexOf('神木的体会')).toBeLessThan(markdown.indexOf('西安的体会'));

    const [a, b] = s.items.map((i) => i.id) as [number, number];
    reorderSession(db, s.id, [b, a]);
    const moved = await markdownOf(db, s.id);
    expect(moved).toMatch(new RegExp(`## 一、${first.title}`));
    expect(moved).toMatch(new RegExp(`## 二、${last.title}`));
  });

  it('holds a note once when its whole document is added after it, in the note’s place', async () => {
    const { db, docs, first, highlight } = library();
    const early = highlight(docs[1]!.id, '韩城', '韩城的体会');
    const mine = highlight(first.id, '近年来', '西安的体会');
    const s = createSession(db, {});
    addToSession(db, { sessionId: s.id, annotationIds: [mine.id, early.id] });
    addToSession(db, { sessionId: s.id, documentIds: [first.id] });
    expect(kinds(db, s.id)).toEqual([`d${first.id}`, `a${early.id}`]);
    addToSession(db, { sessionId: s.id, annotationIds: [mine.id] });
    expect(kinds(db, s.id)).toEqual([`d${first.id}`, `a${early.id}`]);
    expect(count(await markdownOf(db, s.id), '西安的体会')).toBe(1);
  });

  it('lists a bookmark added by itself as a bookmark, never as a quote, and leaves a whole document’s bookmarks out', async () => {
    const { db, docs, first } = library();
    const paragraph = '近年来，在党工委管委会的坚强领导下';
    const bookmark = (documentId: number, quote: string) => createAnnotation(db, { documentId, kind: 'bookmark', range: rangeOf(db, documentId, quote) });
    bookmark(first.id, paragraph);
    const own = bookmark(docs[1]!.id, '韩城');
    const s = createSession(db, {});
    addToSession(db, { sessionId: s.id, documentIds: [first.id], annotationIds: [own.id] });
    expect(kinds(db, s.id)).toEqual([`d${first.id}`, `a${own.id}`]);
    const markdown = await markdownOf(db, s.id);
    expect(markdown).not.toContain(paragraph);
    expect(count(markdown, '*书签*')).toBe(1);
    expect(markdown).not.toMatch(/^> /m);
  });

  it('prints a whole speech with no notes as its heading, in its place among the others', async () => {
    const { db, docs, first, last, highlight } = library();
    highlight(first.id, '近年来', '西安的体会');
    const bare = docs[1]!;
    const s = addToSession(db, { sessionId: createSession(db, { title: '无笔记' }).id, documentIds: [last.id, bare.id, first.id] });
    const markdown = await markdownOf(db, s.id);
    expect(markdown).toMatch(new RegExp(`## 一、${last.title}`));
    expect(markdown).toMatch(new RegExp(`## 二、${bare.title}`));
    expect(markdown).toMatch(new RegExp(`## 三、${first.title}`));
    if (bare.unit) expect(markdown).toContain(bare.unit);
    const word = await wordTextOf(db, s.id);
    expect(word).toContain(`二、${bare.title}`);
    expect(word.indexOf(`二、${bare.title}`)).toBeLessThan(word.indexOf('西安的体会'));
  });
});
