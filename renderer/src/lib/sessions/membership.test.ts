import { describe, expect, it } from 'vitest';
import type { Annotation, DocumentSummary, Session, SessionItem } from '@contract/contract.ts';
import { countCharacters } from './char-count.ts';
import { holds, orderAfterReadd, readdArg } from './membership.ts';
import { recallOpenSession, rememberOpenSession } from './open-session.ts';

const note = (itemId: number, id: number, documentId: number): SessionItem => ({
  id: itemId,
  kind: 'annotation',
  annotation: { id, documentId, kind: 'note' } as Annotation,
});
const whole = (itemId: number, id: number): SessionItem => ({ id: itemId, kind: 'document', document: { id } as DocumentSummary });

describe('what a session holds', () => {
  const items = [note(1, 10, 5), whole(2, 6)];

  it('an annotation listed by itself, or a highlight or note of a document held whole, never its bookmark', () => {
    expect(holds(items, { id: 10, documentId: 5, kind: 'note' })).toBe(true);
    expect(holds(items, { id: 11, documentId: 5, kind: 'highlight' })).toBe(false);
    expect(holds(items, { id: 12, documentId: 6, kind: 'highlight' })).toBe(true);
    expect(holds(items, { id: 13, documentId: 6, kind: 'bookmark' })).toBe(false);
  });

  it('puts an item added back after its removal where it was', () => {
    expect(readdArg(3, items[1]!)).toEqual({ sessionId: 3, documentIds: [6] });
    expect(readdArg(3, items[0]!)).toEqual({ sessionId: 3, annotationIds: [10] });
    const after = { items: [note(1, 10, 5), note(4, 14, 7), whole(9, 6)] } as Session;
    expect(orderAfterReadd([1, 2, 4], 2, after)).toEqual([1, 9, 4]);
  });
});

describe('countCharacters', () => {
  it('counts characters as a reader does: no spaces or line breaks, a character beyond the BMP once', () => {
    expect(countCharacters('一要学深悟透；\n二要 落到实处。')).toBe(14);
    expect(countCharacters('𠀋好 😀')).toBe(3);
    expect(countCharacters('')).toBe(0);
  });
});

describe('the open session', () => {
  it('is remembered by id, and nothing else is taken for one', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(recallOpenSession(storage)).toBeNull();
    rememberOpenSession(7, storage);
    expect(recallOpenSession(storage)).toBe(7);
    store.set('briefing.openSession', 'x');
    expect(recallOpenSession(storage)).toBeNull();
  });
});
