import { describe, expect, it } from 'vitest';
import { createAnnotation, deleteAnnotation, emptyBin, listAnnotations } from '../annotations/annotation-service.ts';
import { codeOf, sampleLibrary } from '../annotations/library.test-helper.ts';
import {
  addToSession,
  createSession,
  deleteSession,
  getSession,
  listSessions,
  removeFromSession,
  reorderSession,
  updateSession,
} from './session-service.ts';

function withNotes() {
  const lib = sampleLibrary();
  const documentId = lib.docs[0]!.id;
  const note = (text: string) => createAnnotation(lib.db, { documentId, kind: 'note', note: text });
  return { ...lib, first: note('一'), second: note('二'), third: note('三') };
}

const idsOf = (items: { kind: string; annotation?: { id: number }; document?: { id: number } }[]) =>
  items.map((i) => (i.kind === 'annotation' ? `a${i.annotation!.id}` : `d${i.document!.id}`));

describe('study sessions', () => {
  it('are created with today’s date, a uri and no items, and listed most recently changed first', () => {
    const { db } = withNotes();
    const a = createSession(db, { title: '第一天' });
    expect(a).toMatchObject({ title: '第一天', uri: `urn:briefing:session:${a.id}`, groupBy: 'document', items: [], itemCount: 0 });
    expect(a.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const b = createSession(db, { title: '第二天' });
    // Both were made within the same millisecond; date b back so that a's edit is the later change.
    db.prepare("UPDATE sessions SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").run(b.id);
    updateSession(db, { id: a.id, reflection: '收获很大' });
    expect(listSessions(db).map((s) => s.id)).toEqual([a.id, b.id]);
    expect(getSession(db, a.id).reflection).toBe('收获很大');
  });

  it('remember the place, class and trainee last entered for the next new session', () => {
    const { db } = withNotes();
    const a = createSession(db, { trainee: '张三', className: '工会干部培训班' });
    updateSession(db, { id: a.id, place: '西安' });
    expect(createSession(db, { title: '新' })).toMatchObject({ trainee: '张三', className: '工会干部培训班', place: '西安', title: '新' });
    updateSession(db, { id: a.id, trainee: '李四' });
    expect(createSession(db, {})).toMatchObject({ trainee: '李四', place: '西安' });
  });

  it('append annotations and documents in the order given, skipping ones already held', () => {
    const { db, docs, first, second, third } = withNotes();
    const s = createSession(db, {});
    addToSession(db, { sessionId: s.id, annotationIds: [second.id, first.id] });
    const after = addToSession(db, { sessionId: s.id, annotationIds: [first.id, third.id, third.id], documentIds: [docs[1]!.id] });
    expect(idsOf(after.items)).toEqual([`a${second.id}`, `a${first.id}`, `d${docs[1]!.id}`, `a${third.id}`]);
    expect(after.itemCount).toBe(4);
    expect(codeOf(() => addToSession(db, { sessionId: s.id, annotationIds: [9999] }))).toBe('not_found');
    expect(codeOf(() => addToSession(db, { sessionId: 9999, annotationIds: [first.id] }))).toBe('not_found');
    expect(getSession(db, s.id).items).toHaveLength(4);
  });

  it('reorder to exactly the order given, refusing a list that loses or repeats an item', () => {
    const { db, first, second, third } = withNotes();
    const s = addToSession(db, { sessionId: createSession(db, {}).id, annotationIds: [first.id, second.id, third.id] });
    const [x, y, z] = s.items.map((i) => i.id) as [number, number, number];
    expect(idsOf(reorderSession(db, s.id, [z, x, y]).items)).toEqual([`a${third.id}`, `a${first.id}`, `a${second.id}`]);
    expect(codeOf(() => reorderSession(db, s.id, [z, x]))).toBe('invalid_argument');
    expect(codeOf(() => reorderSession(db, s.id, [z, x, x]))).toBe('invalid_argument');
    expect(codeOf(() => reorderSession(db, s.id, [z, x, 9999]))).toBe('invalid_argument');
    expect(idsOf(getSession(db, s.id).items)).toEqual([`a${third.id}`, `a${first.id}`, `a${second.id}`]);
    const removed = removeFromSession(db, s.id, [x]);
    expect(idsOf(removed.items)).toEqual([`a${third.id}`, `a${second.id}`]);
    expect(listAnnotations(db, {})).toHaveLength(3);
  });

  it('keep an annotation moved to the bin, marked deleted, and drop it only when the bin is emptied', () => {
    const { db, first, second } = withNotes();
    const s = addToSession(db, { sessionId: createSession(db, {}).id, annotationIds: [first.id, second.id] });
    deleteAnnotation(db, first.id);
    const items = getSession(db, s.id).items;
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ kind: 'annotation', annotation: { id: first.id, deletedAt: expect.any(String) } });
    emptyBin(db);
    expect(idsOf(getSession(db, s.id).items)).toEqual([`a${second.id}`]);
  });

  it('are deleted without touching the annotations they gathered', () => {
    const { db, first, second, third } = withNotes();
    const s = addToSession(db, { sessionId: createSession(db, {}).id, annotationIds: [first.id, second.id] });
    expect(deleteSession(db, s.id)).toEqual({ deleted: true });
    expect(deleteSession(db, s.id)).toEqual({ deleted: false });
    expect(codeOf(() => getSession(db, s.id))).toBe('not_found');
    expect(listAnnotations(db, {}).map((a) => a.id)).toEqual([first.id, second.id, third.id]);
    expect(db.prepare('SELECT count(*) FROM session_items').pluck().get()).toBe(0);
  });
});
