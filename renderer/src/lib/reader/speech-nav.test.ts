import { describe, expect, it } from 'vitest';
import { neighbours, speechStep } from './speech-nav.ts';

const docs = [
  { id: 7, position: 2 },
  { id: 5, position: 0 },
  { id: 6, position: 1 },
];

const key = (k: string, extra: Partial<{ ctrlKey: boolean; altKey: boolean; target: unknown }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, target: null, ...extra }) as Parameters<typeof speechStep>[0];

describe('neighbours', () => {
  it('goes by the briefing order, not the list order', () => {
    expect(neighbours(docs, 6)).toEqual({ previous: docs[1], next: docs[0] });
  });

  it('has no previous for the first speech and no next for the last', () => {
    expect(neighbours(docs, 5)).toEqual({ previous: null, next: docs[2] });
    expect(neighbours(docs, 7)).toEqual({ previous: docs[2], next: null });
    expect(neighbours(docs, 99)).toEqual({ previous: null, next: null });
  });
});

describe('speechStep', () => {
  it('reads [ and ] as previous and next', () => {
    expect(speechStep(key('['))).toBe(-1);
    expect(speechStep(key(']'))).toBe(1);
    expect(speechStep(key('n'))).toBeNull();
  });

  it('leaves modified keys and typing alone', () => {
    expect(speechStep(key(']', { ctrlKey: true }))).toBeNull();
    expect(speechStep(key(']', { altKey: true }))).toBeNull();
    const field = { closest: (s: string) => (s.includes('textarea') ? {} : null) };
    expect(speechStep(key(']', { target: field }))).toBeNull();
    expect(speechStep(key(']', { target: { isContentEditable: true } }))).toBeNull();
  });
});
