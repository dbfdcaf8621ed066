/**
 * Where an offset of an old version of a document probably is in the new one: blocks
 * whose text is unchanged are paired (patience diff: common ends, then blocks unique
 * to both sides in the longest common order, recursively), and offsets in unpaired
 * stretches are interpolated between the pairs around them. Only a hint for
 * re-anchoring — the quote and its context decide — but it keeps "nearest the old
 * position" meaningful after text was inserted or removed earlier in the document.
 */
import type { CanonicalText } from './canonical-text.ts';

type Pair = readonly [oldIndex: number, newIndex: number];

/** Indices of a longest strictly increasing subsequence of `values`. */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] as number] as number) < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  }
  const out: number[] = [];
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] as number) out.push(i);
  return out.reverse();
}

function align(a: readonly string[], b: readonly string[], a0: number, a1: number, b0: number, b1: number, out: Pair[]): void {
  while (a0 < a1 && b0 < b1 && a[a0] === b[b0]) out.push([a0++, b0++]);
  const tail: Pair[] = [];
  while (a1 > a0 && b1 > b0 && a[a1 - 1] === b[b1 - 1]) tail.push([--a1, --b1]);
  if (a0 < a1 && b0 < b1) {
    const counts = new Map<string, { a: number; b: number; ai: number; bi: number }>();
    for (let i = a0; i < a1; i++) {
      const key = a[i] as string;
      const c = counts.get(key) ?? { a: 0, b: 0, ai: i, bi: -1 };
      c.a++;
      counts.set(key, c);
    }
    for (let j = b0; j < b1; j++) {
      const c = counts.get(b[j] as string);
      if (c) {
        c.b++;
        c.bi = j;
      }
    }
    const unique: Pair[] = [];
    for (const c of counts.values()) if (c.a === 1 && c.b === 1) unique.push([c.ai, c.bi]);
    unique.sort((x, y) => x[0] - y[0]);
    const anchors = longestIncreasing(unique.map((p) => p[1])).map((i) => unique[i] as Pair);
    let pa = a0;
    let pb = b0;
    for (const [ia, ib] of anchors) {
      align(a, b, pa, ia, pb, ib, out);
      out.push([ia, ib]);
      pa = ia + 1;
      pb = ib + 1;
    }
    if (anchors.length > 0) align(a, b, pa, a1, pb, b1, out);
  }
  for (let i = tail.length - 1; i >= 0; i--) out.push(tail[i] as Pair);
}

/** Pairs of (old block index, new block index) with equal text, increasing in both. */
export function pairBlocks(oldDoc: CanonicalText, newDoc: CanonicalText): Pair[] {
  const a = oldDoc.spans.map((s) => oldDoc.text.slice(s.start, s.end));
  const b = newDoc.spans.map((s) => newDoc.text.slice(s.start, s.end));
  const out: Pair[] = [];
  align(a, b, 0, a.length, 0, b.length, out);
  return out;
}

export interface MappedOffset {
  offset: number;
  /** The offset lies in a block whose text is unchanged, so `offset` is where that text is now. */
  paired: boolean;
}

/** A function from old global offsets to likely new ones. */
export function createOffsetMap(oldDoc: CanonicalText, newDoc: CanonicalText): (oldOffset: number) => MappedOffset {
  const pairs = pairBlocks(oldDoc, newDoc);
  const n = oldDoc.spans.length;
  const pairOf = new Int32Array(n).fill(-1);
  for (const [i, j] of pairs) pairOf[i] = j;
  // Nearest paired old block at or before / at or after each old block.
  const prev = new Int32Array(n);
  const next = new Int32Array(n);
  for (let i = 0, last = -1; i < n; i++) prev[i] = last = pairOf[i] !== -1 ? i : last;
  for (let i = n - 1, last = -1; i >= 0; i--) next[i] = last = pairOf[i] !== -1 ? i : last;

  return (oldOffset) => {
    const offset = Math.min(Math.max(oldOffset, 0), oldDoc.length);
    const i = oldDoc.blockIndexAt(offset);
    if (i < 0) return { offset: 0, paired: false };
    const j = pairOf[i] as number;
    if (j >= 0) {
      const oldSpan = oldDoc.spans[i];
      const newSpan = newDoc.spans[j];
      if (oldSpan && newSpan) return { offset: newSpan.start + (offset - oldSpan.start), paired: true };
    }
    // Interpolate across the unpaired blocks between the pairs around block i.
    const p = prev[i] as number;
    const q = next[i] as number;
    const oldFrom = oldDoc.spans[p + 1]?.start ?? 0;
    const oldTo = oldDoc.spans[q >= 0 ? q - 1 : n - 1]?.end ?? oldDoc.length;
    const newFirst = p >= 0 ? (pairOf[p] as number) + 1 : 0;
    const newLast = q >= 0 ? (pairOf[q] as number) - 1 : newDoc.spans.length - 1;
    const first = newDoc.spans[newFirst];
    const last = newDoc.spans[newLast];
    // Those blocks are gone: expect the text that followed them.
    if (!first || !last || newFirst > newLast) return { offset: first?.start ?? newDoc.length, paired: false };
    if (oldTo <= oldFrom) return { offset: first.start, paired: false };
    const ratio = (Math.min(Math.max(offset, oldFrom), oldTo) - oldFrom) / (oldTo - oldFrom);
    return { offset: Math.round(first.start + ratio * (last.end - first.start)), paired: false };
  };
}
