import type { Annotation, Block, BlockPoint, BlockRange } from '@contract/contract.ts';
import { compareReadingKeys, readingKey, sortInReadingOrder, type ReadingKey } from '@contract/rules/reading-order.ts';

/** A point as the reader's DOM yields it: the block's index in the document and a UTF-16 offset into its text. */
export interface IndexPoint {
  index: number;
  offset: number;
}

/** Block id → its index in the document, which is reading order. */
export function blockIndex(blocks: readonly Pick<Block, 'id'>[]): Map<number, number> {
  return new Map(blocks.map((b, i) => [b.id, i]));
}

export function comparePoints(a: IndexPoint, b: IndexPoint): number {
  return a.index - b.index || a.offset - b.offset;
}

/** A block point in index terms; null when the block is not in this document. */
export function toIndexPoint(index: ReadonlyMap<number, number>, point: BlockPoint): IndexPoint | null {
  const i = index.get(point.blockId);
  return i === undefined ? null : { index: i, offset: point.offset };
}

/**
 * Turns the two ends of a selection into the range to store, or null when nothing is
 * selected. A selection dragged past a paragraph's end, or triple-clicked, reaches offset
 * 0 of the next block; the range stops at the end of the last block it covers a character
 * of, so the ¶ and the quote are the ones the reader sees marked. Offsets are clamped to
 * the blocks' texts.
 */
export function tidyRange(blocks: readonly Pick<Block, 'id' | 'text'>[], a: IndexPoint, b: IndexPoint): BlockRange | null {
  const clamp = (p: IndexPoint): IndexPoint => ({ index: p.index, offset: Math.max(0, Math.min(p.offset, blocks[p.index]?.text.length ?? 0)) });
  let [start, end] = comparePoints(a, b) <= 0 ? [clamp(a), clamp(b)] : [clamp(b), clamp(a)];
  while (start.index < end.index && start.offset >= (blocks[start.index]?.text.length ?? 0)) start = { index: start.index + 1, offset: 0 };
  while (end.index > start.index && end.offset === 0) end = { index: end.index - 1, offset: blocks[end.index - 1]?.text.length ?? 0 };
  const first = blocks[start.index];
  const last = blocks[end.index];
  if (!first || !last || comparePoints(start, end) >= 0) return null;
  return { start: { blockId: first.id, offset: start.offset }, end: { blockId: last.id, offset: end.offset } };
}

/** The text a range covers, blocks joined by "\n" as in the stored document text. */
export function rangeText(blocks: readonly Pick<Block, 'text'>[], index: ReadonlyMap<number, number>, range: BlockRange): string {
  const s = toIndexPoint(index, range.start);
  const e = toIndexPoint(index, range.end);
  if (!s || !e) return '';
  const parts: string[] = [];
  for (let i = s.index; i <= e.index; i++) {
    const text = blocks[i]?.text ?? '';
    parts.push(text.slice(i === s.index ? s.offset : 0, i === e.index ? e.offset : text.length));
  }
  return parts.join('\n');
}

/**
 * The annotations whose passage holds the point, the shortest first: where highlights
 * overlap, a click means the most specific one. Bookmarks mark a paragraph, not a
 * passage, and are not found here.
 */
export function annotationsAt(annotations: readonly Annotation[], index: ReadonlyMap<number, number>, point: IndexPoint): Annotation[] {
  const hits: { a: Annotation; size: number }[] = [];
  for (const a of annotations) {
    if (a.kind !== 'highlight' || !a.range) continue;
    const s = toIndexPoint(index, a.range.start);
    const e = toIndexPoint(index, a.range.end);
    if (!s || !e || comparePoints(s, point) > 0 || comparePoints(point, e) >= 0) continue;
    hits.push({ a, size: (e.index - s.index) * 1e6 + e.offset - s.offset });
  }
  return hits.sort((x, y) => x.size - y.size).map((h) => h.a);
}

/** Where an annotation sits in reading order (electron/contract/rules/reading-order.ts). */
function sortKey(a: Annotation, index: ReadonlyMap<number, number>): ReadingKey {
  const start = a.range && toIndexPoint(index, a.range.start);
  const end = a.range && toIndexPoint(index, a.range.end);
  return readingKey(a, start && end ? { start, end } : null);
}

/** Annotations in reading order. */
export function inReadingOrder(annotations: readonly Annotation[], index: ReadonlyMap<number, number>): Annotation[] {
  return sortInReadingOrder(annotations, (a) => sortKey(a, index));
}

/**
 * A list already in reading order with `a` put in place of the annotation with its id, or
 * added: one insertion found by bisection, not a sort of a thousand.
 */
export function withInReadingOrder(annotations: readonly Annotation[], a: Annotation, index: ReadonlyMap<number, number>): Annotation[] {
  const rest = annotations.filter((x) => x.id !== a.id);
  const key = sortKey(a, index);
  let low = 0;
  let high = rest.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareReadingKeys(sortKey(rest[mid]!, index), key) < 0) low = mid + 1;
    else high = mid;
  }
  rest.splice(low, 0, a);
  return rest;
}

/** The ¶ numbers a range spans, first and last: a citation names them, e.g. "¶12" or "¶12–13". */
export function paragraphSpan(
  paragraphNumbers: readonly (number | null)[],
  index: ReadonlyMap<number, number>,
  range: BlockRange,
): { first: number; last: number } | null {
  const s = index.get(range.start.blockId);
  const e = index.get(range.end.blockId);
  if (s === undefined || e === undefined) return null;
  let first: number | null = null;
  let last: number | null = null;
  for (let i = s; i <= e; i++) {
    const n = paragraphNumbers[i];
    if (n == null) continue;
    first ??= n;
    last = n;
  }
  // A passage wholly within a heading cites the paragraph before it, as the reader's own citation does.
  if (first === null || last === null) {
    for (let i = s; i >= 0; i--) {
      const n = paragraphNumbers[i];
      if (n != null) return { first: n, last: n };
    }
    return null;
  }
  return { first, last };
}

/** The paragraph a bookmark at a block goes on: the block itself, or the first paragraph after a heading; -1 when none follows. */
export function paragraphFrom(blocks: readonly Pick<Block, 'kind'>[], index: number): number {
  for (let i = Math.max(0, index); i < blocks.length; i++) if (blocks[i]?.kind === 'paragraph') return i;
  return -1;
}
