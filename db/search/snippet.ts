import { foldWithOffsets, type FoldedText } from './fold.ts';

export type Range = [number, number];

export interface Snippet {
  /** An excerpt of the original text, with `…` where it was cut. */
  text: string;
  /** Where the terms occur in `text`, in UTF-16 code units, sorted and disjoint. */
  ranges: Range[];
  /** The occurrence the excerpt is built around, in the whole original text: where to land. */
  match: Range;
}

const ELLIPSIS = '…';

/** Where a term (its folded units) occurs in the original text, in order. */
export function occurrences(folded: FoldedText, term: readonly string[]): Range[] {
  const needle = term.join('');
  const found: Range[] = [];
  if (needle === '') return found;
  // Units are whole code points, so a match can only begin where a unit begins.
  for (let i = folded.text.indexOf(needle); i >= 0; i = folded.text.indexOf(needle, i + 1)) {
    found.push([folded.starts[i]!, folded.ends[i + needle.length - 1]!]);
  }
  return found;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const union = (a: Range, b: Range): Range => [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
const width = (r: Range): number => r[1] - r[0];

/** The occurrence in `list` (sorted) that widens `span` least. */
function nearest(list: readonly Range[], span: Range): Range {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < span[0]) lo = mid + 1;
    else hi = mid;
  }
  const after = list[Math.min(lo, list.length - 1)]!;
  const before = list[Math.max(lo - 1, 0)]!;
  return width(union(span, before)) <= width(union(span, after)) ? before : after;
}

/**
 * A short stretch holding an occurrence of every term that occurs, built around the
 * rarest term's occurrences; the first occurrence alone when the terms lie far apart.
 */
function focusOf(perTerm: readonly Range[][], context: number): Range | undefined {
  if (perTerm.length === 1) return perTerm[0]![0];
  const rarest = perTerm.reduce((a, b) => (b.length < a.length ? b : a), perTerm[0] ?? []);
  let best: Range | undefined;
  for (const anchor of rarest) {
    const span = perTerm.reduce<Range>((s, list) => union(s, nearest(list, s)), anchor);
    if (!best || width(span) < width(best)) best = span;
  }
  if (best && width(best) <= 2 * context) return best;
  return perTerm.flat().sort((a, b) => a[0] - b[0])[0];
}

/** Moves `count` code points from `index` (backwards when count < 0), never splitting a pair. */
function stepCodePoints(text: string, index: number, count: number): number {
  let i = index;
  for (let n = Math.abs(count); n > 0; n--) {
    if (count < 0) {
      if (i <= 0) return 0;
      i -= isLowSurrogate(text.charCodeAt(i - 1)) && i >= 2 && isHighSurrogate(text.charCodeAt(i - 2)) ? 2 : 1;
    } else {
      if (i >= text.length) return text.length;
      i += isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
    }
  }
  return i;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * About `context` characters either side of where the terms occur (close together if
 * they can be), with every occurrence inside the excerpt marked. Should no term occur
 * (text changed without re-indexing), the excerpt opens the text and `match` is [0, 0].
 */
export function makeSnippet(text: string, terms: readonly (readonly string[])[], context = 30): Snippet {
  const folded = foldWithOffsets(text);
  const perTerm = terms.map((term) => occurrences(folded, term)).filter((list) => list.length > 0);
  const focus = focusOf(perTerm, context) ?? [0, 0];
  const all = mergeRanges(perTerm.flat());
  const match = all.find((r) => r[1] > focus[0]) ?? focus;
  const from = stepCodePoints(text, focus[0], -context);
  const to = stepCodePoints(text, focus[1], context);
  const lead = from > 0 ? ELLIPSIS : '';
  const tail = to < text.length ? ELLIPSIS : '';
  const shift = lead.length - from;
  const ranges: Range[] = [];
  for (const [start, end] of all) {
    if (end <= from || start >= to) continue;
    ranges.push([Math.max(start, from) + shift, Math.min(end, to) + shift]);
  }
  return { text: lead + text.slice(from, to) + tail, ranges, match: [match[0], match[1]] };
}
