import type { Annotation, BlockRange } from '@contract/contract.ts';
import { comparePoints, toIndexPoint, type IndexPoint } from './block-range.ts';

/**
 * What "add a note" (N, 写笔记) or "add to study session" means on a selection: the
 * user's own highlight already there when the selection lies within it, a choice when
 * the selection reaches past one it overlaps, a new highlight otherwise. An organizer's
 * highlight is read-only, so a note over it is the user's own, new one.
 */
export type NoteTarget = { kind: 'new' } | { kind: 'existing'; annotation: Annotation } | { kind: 'choose'; annotation: Annotation };

interface Span {
  a: Annotation;
  start: IndexPoint;
  end: IndexPoint;
}

const size = (s: IndexPoint, e: IndexPoint): number => (e.index - s.index) * 1e6 + e.offset - s.offset;

export function noteTarget(annotations: readonly Annotation[], index: ReadonlyMap<number, number>, range: BlockRange): NoteTarget {
  const start = toIndexPoint(index, range.start);
  const end = toIndexPoint(index, range.end);
  if (!start || !end) return { kind: 'new' };
  const overlapping: Span[] = [];
  for (const a of annotations) {
    if (a.kind !== 'highlight' || a.origin !== 'own' || !a.range) continue;
    const s = toIndexPoint(index, a.range.start);
    const e = toIndexPoint(index, a.range.end);
    if (s && e && comparePoints(s, end) < 0 && comparePoints(start, e) < 0) overlapping.push({ a, start: s, end: e });
  }
  const covering = overlapping
    .filter((o) => comparePoints(o.start, start) <= 0 && comparePoints(end, o.end) <= 0)
    .sort((x, y) => size(x.start, x.end) - size(y.start, y.end))[0];
  if (covering) return { kind: 'existing', annotation: covering.a };
  // Of the highlights the selection reaches past, the one it shares the most text with.
  const shared = (o: Span): number => {
    const s = comparePoints(o.start, start) > 0 ? o.start : start;
    const e = comparePoints(o.end, end) < 0 ? o.end : end;
    return size(s, e);
  };
  const most = overlapping.sort((x, y) => shared(y) - shared(x))[0];
  return most ? { kind: 'choose', annotation: most.a } : { kind: 'new' };
}
