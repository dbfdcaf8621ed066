/**
 * Anchoring of annotations over a document's text: the canonical text and its block
 * mapping, W3C selectors, and re-anchoring after the document changed. Pure code.
 */
export {
  BLOCK_SEPARATOR,
  DocumentText,
  snapOffset,
  snapRange,
  splitsSurrogatePair,
  type Bias,
  type BlockPoint,
  type BlockRange,
  type BlockSpan,
  type TextBlock,
  type TextRange,
} from './document-text.ts';
export {
  CONTEXT_LENGTH,
  createPositionSelector,
  createQuoteSelector,
  describeBlockRange,
  describeRange,
  isStoredAnchor,
  type StoredAnchor,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors.ts';
export {
  ERROR_RATE,
  anchor,
  maxErrorsFor,
  reanchorAll,
  type AnchorOptions,
  type AnchorResult,
  type AnchorStatus,
  type AnnotationToAnchor,
  type ReanchorItem,
  type ReanchorReport,
  type ReanchorSummary,
} from './reanchor.ts';
export { editDistance, searchApprox, type ApproxMatch } from './approx-match.ts';
export { createOffsetMap, type MappedOffset } from './offset-map.ts';
export { highlightSegments, type HighlightSegment } from './segments.ts';
export { fromCodePointOffset, toCodePointOffset } from './code-points.ts';
