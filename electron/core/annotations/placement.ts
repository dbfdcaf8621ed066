import type { AnnotationRow, Placement } from '@db/queries/annotations.ts';
import type { BlockRange } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { describeRange, splitsSurrogatePair, type CanonicalText, type StoredAnchor, type TextRange } from '../anchoring/index.ts';

const invalidRange = (): ApiError => ApiError.of('invalid_range');

/**
 * The global range of a selection in `doc`, refused unless both points lie in the
 * document's blocks, inside their text and between whole characters: the renderer
 * computed them from the text it shows, so anything else means it shows another text.
 */
function checkedRange(doc: CanonicalText, range: BlockRange): TextRange {
  for (const point of [range.start, range.end]) {
    const index = doc.blockIndexOf(point.blockId);
    const span = index === null ? undefined : doc.spans[index];
    if (!span || point.offset > span.end - span.start) throw invalidRange();
    if (splitsSurrogatePair(doc.text, span.start + point.offset)) throw invalidRange();
  }
  const global = doc.toRange(range);
  if (!global) throw invalidRange();
  return global;
}

/** Where a new highlight goes: the selection without white space at its ends; never empty. */
export function highlightPlacement(doc: CanonicalText, range: BlockRange): Placement {
  const trimmed = doc.trimRange(checkedRange(doc, range));
  if (doc.slice(trimmed).trim() === '') throw invalidRange();
  return placementOf(describeRange(doc, trimmed));
}

/** A bookmark marks one whole block, given as a point or a range in it; its text lets it be found again. */
export function bookmarkPlacement(doc: CanonicalText, range: BlockRange): Placement {
  checkedRange(doc, range);
  if (range.start.blockId !== range.end.blockId) throw invalidRange();
  const placement = wholeBlock(doc, range.start.blockId);
  if (!placement) throw invalidRange();
  return placement;
}

/** The placement covering the whole block `blockId` of `doc`; null if it is not there or holds no text. */
export function wholeBlock(doc: CanonicalText, blockId: number): Placement | null {
  const index = doc.blockIndexOf(blockId);
  const span = index === null ? undefined : doc.spans[index];
  return span && span.start < span.end ? placementOf(describeRange(doc, span)) : null;
}

export function placementOf(anchor: StoredAnchor): Placement {
  const { blockRange, position, quote } = anchor;
  return {
    range: blockRange
      ? { startBlockId: blockRange.start.blockId, startOffset: blockRange.start.offset, endBlockId: blockRange.end.blockId, endOffset: blockRange.end.offset }
      : null,
    selectors: {
      quoteExact: quote.exact,
      quotePrefix: quote.prefix ?? null,
      quoteSuffix: quote.suffix ?? null,
      positionStart: position.start,
      positionEnd: position.end,
    },
  };
}

/** What a stored passage keeps of its place, for re-anchoring; null for a free-standing note. */
export function storedAnchorOf(row: AnnotationRow): StoredAnchor | null {
  if (row.quoteExact === null || row.positionStart === null || row.positionEnd === null) return null;
  const anchor: StoredAnchor = {
    position: { type: 'TextPositionSelector', start: row.positionStart, end: row.positionEnd },
    quote: {
      type: 'TextQuoteSelector',
      exact: row.quoteExact,
      ...(row.quotePrefix === null ? {} : { prefix: row.quotePrefix }),
      ...(row.quoteSuffix === null ? {} : { suffix: row.quoteSuffix }),
    },
  };
  if (row.startBlockId !== null && row.startOffset !== null && row.endBlockId !== null && row.endOffset !== null) {
    anchor.blockRange = { start: { blockId: row.startBlockId, offset: row.startOffset }, end: { blockId: row.endBlockId, offset: row.endOffset } };
  }
  return anchor;
}

/** An orphan: no block range, the selectors it had. */
export function orphanPlacement(anchor: StoredAnchor): Placement {
  return { ...placementOf(anchor), range: null };
}
