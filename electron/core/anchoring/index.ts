/**
 * Anchoring of annotations over a document's text: the canonical text and its block
 * mapping, W3C selectors, and re-anchoring after the document changed. Pure code.
 */
export { CanonicalText, splitsSurrogatePair, type TextRange } from './canonical-text.ts';
export { describeRange, type StoredAnchor } from './selectors.ts';
export { anchor, reanchorAll, type AnchorResult } from './reanchor.ts';
export { fromCodePointOffset } from './code-points.ts';
