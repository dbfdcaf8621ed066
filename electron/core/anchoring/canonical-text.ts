/**
 * The canonical text of one document, over which annotation selectors are stored.
 *
 * The text is the blocks' texts, in order, joined with {@link BLOCK_SEPARATOR} (one
 * "\n"). Nothing is trimmed or normalised: a block's text appears verbatim. This is a
 * stored format — every `TextPositionSelector` and the prefix/suffix of every
 * `TextQuoteSelector` count in it — so the separator must never change between
 * versions of the app. One character (not "\n\n") was chosen so that splitting or
 * merging a paragraph costs a single edit when an annotation is re-anchored, and so
 * that every global offset names exactly one (block, offset) point: a block of length
 * L starting at S owns the points S..S+L, and the next block starts at S+L+1.
 *
 * Offsets are UTF-16 code units (what `String.prototype.length` and the DOM Range API
 * count). Offsets given from outside are snapped so a surrogate pair is never split:
 * a range's start moves back over a pair, its end moves forward.
 */

/** Joins block texts in the canonical text. Stored format: never change it. */
import type { BlockPoint, BlockRange } from '@contract/contract.ts';
export const BLOCK_SEPARATOR = '\n';

/** The least a block must have; `Block` from the API contract fits. */
export interface TextBlock {
  readonly id: number;
  readonly text: string;
}

export type { BlockPoint, BlockRange };

/** Half-open `[start, end)` in the canonical text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where one block's text lies in the canonical text: `[start, end)`. */
export interface BlockSpan {
  readonly id: number;
  readonly start: number;
  readonly end: number;
}

/** Which way to move an offset that falls inside a surrogate pair. */
export type Bias = 'backward' | 'forward';

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

/** Clamps `offset` into `[0, text.length]` and moves it off the middle of a surrogate pair. */
export function snapOffset(text: string, offset: number, bias: Bias): number {
  const clamped = Math.min(Math.max(Math.trunc(Number.isFinite(offset) ? offset : 0), 0), text.length);
  if (!splitsSurrogatePair(text, clamped)) return clamped;
  return bias === 'backward' ? clamped - 1 : clamped + 1;
}

/** Orders, clamps and widens a range so it holds whole code points. */
export function snapRange(text: string, range: TextRange): TextRange {
  const a = Math.min(range.start, range.end);
  const b = Math.max(range.start, range.end);
  return { start: snapOffset(text, a, 'backward'), end: snapOffset(text, b, 'forward') };
}

export class CanonicalText {
  /** The canonical text: block texts joined with {@link BLOCK_SEPARATOR}. */
  readonly text: string;
  /** One span per block, in document order. */
  readonly spans: readonly BlockSpan[];
  private readonly indexById: ReadonlyMap<number, number>;

  private constructor(text: string, spans: BlockSpan[], indexById: Map<number, number>) {
    this.text = text;
    this.spans = spans;
    this.indexById = indexById;
  }

  static fromBlocks(blocks: readonly TextBlock[]): CanonicalText {
    const spans: BlockSpan[] = [];
    const indexById = new Map<number, number>();
    const parts: string[] = [];
    let offset = 0;
    for (const [index, block] of blocks.entries()) {
      if (indexById.has(block.id)) throw new RangeError(`duplicate block id ${block.id}`);
      indexById.set(block.id, index);
      if (index > 0) offset += BLOCK_SEPARATOR.length;
      spans.push({ id: block.id, start: offset, end: offset + block.text.length });
      parts.push(block.text);
      offset += block.text.length;
    }
    return new CanonicalText(parts.join(BLOCK_SEPARATOR), spans, indexById);
  }

  get length(): number {
    return this.text.length;
  }

  hasBlock(blockId: number): boolean {
    return this.indexById.has(blockId);
  }

  blockIndexOf(blockId: number): number | null {
    return this.indexById.get(blockId) ?? null;
  }

  /**
   * Index of the block that owns global `offset`: the one with `start <= offset <= end`
   * (a block's end, where the separator follows, still belongs to it). -1 for an empty document.
   */
  blockIndexAt(offset: number): number {
    const spans = this.spans;
    let lo = 0;
    let hi = spans.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((spans[mid] as BlockSpan).start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Global offset of a block point; null when the block is not in this document. */
  toOffset(point: BlockPoint, bias: Bias = 'backward'): number | null {
    const index = this.indexById.get(point.blockId);
    if (index === undefined) return null;
    const span = this.spans[index] as BlockSpan;
    const local = Math.min(Math.max(Math.trunc(Number.isFinite(point.offset) ? point.offset : 0), 0), span.end - span.start);
    return snapOffset(this.text, span.start + local, bias);
  }

  /** The block point of a global offset (clamped to the document, snapped off surrogate pairs). */
  toPoint(offset: number, bias: Bias = 'backward'): BlockPoint {
    const snapped = snapOffset(this.text, offset, bias);
    const span = this.spans[this.blockIndexAt(snapped)];
    if (!span) throw new RangeError('empty document has no points');
    return { blockId: span.id, offset: snapped - span.start };
  }

  /**
   * Global `[start, end)` of a block range; null if a block is unknown. A backward
   * selection is turned round; the range is widened to whole code points.
   */
  toRange(range: BlockRange): TextRange | null {
    const a = this.toOffset(range.start, 'backward');
    const b = this.toOffset(range.end, 'forward');
    if (a === null || b === null) return null;
    return snapRange(this.text, { start: a, end: b });
  }

  /** The block range of global `[start, end)`; exact inverse of {@link toRange} for snapped ranges. */
  toBlockRange(range: TextRange): BlockRange {
    const { start, end } = snapRange(this.text, range);
    return { start: this.toPoint(start, 'backward'), end: this.toPoint(end, 'forward') };
  }

  slice(range: TextRange): string {
    return this.text.slice(range.start, range.end);
  }

  /**
   * The range without separators or white space at either end, e.g. a drag that
   * started at the very end of the previous paragraph. An all-blank range is kept as is.
   */
  trimRange(range: TextRange): TextRange {
    let { start, end } = snapRange(this.text, range);
    while (start < end && /\s/u.test(this.text.charAt(start))) start++;
    while (end > start && /\s/u.test(this.text.charAt(end - 1))) end--;
    return start < end ? { start, end } : snapRange(this.text, range);
  }
}
