/**
 * For drawing overlapping highlights: each touched block cut into runs over which the
 * set of covering annotations does not change, so every run can be one element.
 */
import type { DocumentText, TextRange } from './document-text.ts';

export interface HighlightSegment<Id> {
  /** `[start, end)` within the block's text. */
  start: number;
  end: number;
  /** Annotations covering this run, in the order given; empty between highlights. */
  ids: Id[];
}

/**
 * Block id → the block's whole text as consecutive segments, for every block at least one
 * annotation covers a character of. Separators are not part of any block.
 */
export function highlightSegments<Id>(
  doc: DocumentText,
  items: readonly { id: Id; range: TextRange }[],
): Map<number, HighlightSegment<Id>[]> {
  const perBlock = new Map<number, { start: number; end: number; order: number }[]>();
  for (const [order, { range }] of items.entries()) {
    const start = Math.max(0, Math.min(range.start, range.end));
    const end = Math.min(doc.length, Math.max(range.start, range.end));
    if (start >= end) continue;
    for (let i = doc.blockIndexAt(start); i < doc.spans.length; i++) {
      const span = doc.spans[i];
      if (!span || span.start >= end) break;
      const s = Math.max(start, span.start) - span.start;
      const e = Math.min(end, span.end) - span.start;
      if (s >= e) continue;
      const list = perBlock.get(i) ?? [];
      list.push({ start: s, end: e, order });
      perBlock.set(i, list);
    }
  }
  const out = new Map<number, HighlightSegment<Id>[]>();
  for (const [index, pieces] of [...perBlock].sort((a, b) => a[0] - b[0])) {
    const span = doc.spans[index];
    if (!span) continue;
    const cuts = new Set<number>([0, span.end - span.start]);
    for (const p of pieces) cuts.add(p.start).add(p.end);
    const points = [...cuts].sort((a, b) => a - b);
    const segments: HighlightSegment<Id>[] = [];
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k] as number;
      const e = points[k + 1] as number;
      const covering = pieces.filter((p) => p.start <= s && p.end >= e).map((p) => p.order);
      covering.sort((a, b) => a - b);
      segments.push({ start: s, end: e, ids: covering.map((o) => (items[o] as { id: Id }).id) });
    }
    out.set(span.id, segments);
  }
  return out;
}
