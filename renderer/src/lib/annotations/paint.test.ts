import { describe, expect, it } from 'vitest';
import type { Annotation } from '@contract/contract.ts';
import { annotation, range } from './fixtures.test-helper.ts';
import { AnnotationPainter, type PaintTarget } from './paint.ts';

/** Paints into a record of name → ranges, counting every call. */
function recording() {
  const painted = new Map<string, Set<string>>();
  let calls = 0;
  const target: PaintTarget<string> = {
    add: (name, r) => {
      calls++;
      if (!painted.has(name)) painted.set(name, new Set());
      painted.get(name)!.add(r);
    },
    remove: (name, r) => {
      calls++;
      painted.get(name)?.delete(r);
    },
    clear: () => painted.clear(),
  };
  return {
    target,
    painted: () => Object.fromEntries([...painted].filter(([, s]) => s.size > 0).map(([n, s]) => [n, [...s].sort()])),
    get calls() {
      return calls;
    },
  };
}

describe('painting annotations as they change', () => {
  const rendered = new Set([11, 12]);
  const rangeOf = (a: Annotation) => (a.range && rendered.has(a.range.start.blockId) ? `${a.id}@${a.range.start.blockId}` : null);

  it('adds only a new highlight, and moves only the one changed', () => {
    const rec = recording();
    const painter = new AnnotationPainter(rangeOf, rec.target);
    const a = annotation({ id: 1, range: range(11, 0, 11, 2) });
    const b = annotation({ id: 2, range: range(12, 0, 12, 2), color: 'green' });
    const note = annotation({ id: 3, kind: 'note', style: null, color: null });
    painter.update([a, b, note]);
    expect(rec.painted()).toEqual({ 'annotation-highlight-yellow': ['1@11'], 'annotation-highlight-green': ['2@12'] });

    const before = rec.calls;
    const c = annotation({ id: 4, range: range(11, 3, 11, 4), style: 'underline' });
    painter.update([a, c, b, note]);
    expect(rec.calls - before).toBe(1);

    const recoloured = { ...b, color: 'pink' as const };
    painter.update([a, c, recoloured, note]);
    expect(rec.painted()).toEqual({
      'annotation-highlight-yellow': ['1@11'],
      'annotation-underline-yellow': ['4@11'],
      'annotation-highlight-pink': ['2@12'],
    });
    painter.update([c, recoloured]);
    expect(rec.painted()).toEqual({ 'annotation-underline-yellow': ['4@11'], 'annotation-highlight-pink': ['2@12'] });
  });

  it('paints an organizer’s passages with their own mark, whatever their colour or style', () => {
    const rec = recording();
    const painter = new AnnotationPainter(rangeOf, rec.target);
    const mine = annotation({ id: 7, range: range(11, 0, 11, 2) });
    const theirs = annotation({ id: 8, range: range(12, 0, 12, 2), origin: 'organizer' });
    const underlined = annotation({ id: 9, range: range(11, 3, 11, 5), style: 'underline', color: 'green', origin: 'organizer' });
    painter.update([mine, theirs, underlined]);
    expect(rec.painted()).toEqual({ 'annotation-highlight-yellow': ['7@11'], 'annotation-organizer': ['8@12', '9@11'] });
  });

  it('paints a highlight in a block rendered later once asked to retry', () => {
    const rec = recording();
    const painter = new AnnotationPainter(rangeOf, rec.target);
    const later = annotation({ id: 5, range: range(14, 0, 14, 2) });
    painter.update([later]);
    expect(rec.painted()).toEqual({});
    expect(painter.pending).toBe(1);
    rendered.add(14);
    painter.retry();
    expect(rec.painted()).toEqual({ 'annotation-highlight-yellow': ['5@14'] });
    expect(painter.pending).toBe(0);
    rendered.delete(14);
  });

  it('forgets a waiting highlight that was deleted', () => {
    const rec = recording();
    const painter = new AnnotationPainter(rangeOf, rec.target);
    painter.update([annotation({ id: 6, range: range(14, 0, 14, 2) })]);
    painter.update([]);
    rendered.add(14);
    painter.retry();
    expect(rec.painted()).toEqual({});
    rendered.delete(14);
  });
});
