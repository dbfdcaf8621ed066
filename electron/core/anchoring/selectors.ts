/**
 * W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors)
 * over a document's canonical text (see canonical-text.ts). Plain JSON: stored as is
 * and exported unchanged in JSON-LD.
 */
import type { TextPositionSelector, TextQuoteSelector } from '@contract/contract.ts';
import { snapOffset, snapRange, type BlockRange, type CanonicalText, type TextRange } from './canonical-text.ts';

export type { TextPositionSelector, TextQuoteSelector };

/** How much text before and after a quote is kept to tell it from other occurrences. */
export const CONTEXT_LENGTH = 32;

/** What an annotation keeps of where it is. `blockRange` is the same place in block terms. */
export interface StoredAnchor {
  position: TextPositionSelector;
  quote: TextQuoteSelector;
  blockRange?: BlockRange;
}

export function createPositionSelector(range: TextRange): TextPositionSelector {
  return { type: 'TextPositionSelector', start: range.start, end: range.end };
}

/** The text before `start` (at most `length`), not beginning inside a surrogate pair. */
export function textBefore(text: string, start: number, length = CONTEXT_LENGTH): string {
  return text.slice(snapOffset(text, start - length, 'forward'), start);
}

/** The text after `end` (at most `length`), not ending inside a surrogate pair. */
export function textAfter(text: string, end: number, length = CONTEXT_LENGTH): string {
  return text.slice(end, snapOffset(text, end + length, 'backward'));
}

export function createQuoteSelector(doc: CanonicalText, range: TextRange): TextQuoteSelector {
  const { start, end } = snapRange(doc.text, range);
  return {
    type: 'TextQuoteSelector',
    exact: doc.text.slice(start, end),
    prefix: textBefore(doc.text, start),
    suffix: textAfter(doc.text, end),
  };
}

/** Everything to store for a range of `doc` (a new annotation, or an orphan re-attached). */
export function describeRange(doc: CanonicalText, range: TextRange): StoredAnchor {
  const snapped = snapRange(doc.text, range);
  return {
    position: createPositionSelector(snapped),
    quote: createQuoteSelector(doc, snapped),
    blockRange: doc.toBlockRange(snapped),
  };
}

/** As {@link describeRange}, from the reader's selection; null if a block is not in `doc`. */
export function describeBlockRange(doc: CanonicalText, range: BlockRange): StoredAnchor | null {
  const global = doc.toRange(range);
  return global && describeRange(doc, global);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';
const isPoint = (value: unknown): boolean =>
  isObject(value) && typeof value.blockId === 'number' && Number.isInteger(value.blockId) && isOffset(value.offset);

/** Checks JSON read back from storage. */
export function isStoredAnchor(value: unknown): value is StoredAnchor {
  if (!isObject(value) || !isObject(value.position) || !isObject(value.quote)) return false;
  const { position, quote, blockRange } = value;
  return (
    position.type === 'TextPositionSelector' &&
    isOffset(position.start) &&
    isOffset(position.end) &&
    position.start <= position.end &&
    quote.type === 'TextQuoteSelector' &&
    typeof quote.exact === 'string' &&
    isOptionalString(quote.prefix) &&
    isOptionalString(quote.suffix) &&
    (blockRange === undefined || (isObject(blockRange) && isPoint(blockRange.start) && isPoint(blockRange.end)))
  );
}
