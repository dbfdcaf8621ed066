/**
 * The search index's row ids. An entry's key is its place in library order: newest
 * briefing first, then document position, then the entry's slot within the document
 * (title, then blocks in reading order). FTS5 returns matches in rowid order, so a
 * page of hits in library order is read straight off the index and stops early, and
 * a briefing's or a document's hits are one rowid range.
 *
 *   key = (−briefingId · 4096 + documentPosition) · 2²¹ + slot
 *
 * All keys are negative and within ±2⁵³, so JavaScript numbers hold them exactly.
 */

/** Keys per document: every document's keys are one aligned run of this length. */
export const DOCUMENT_SPAN = 2 ** 21;
const DOCUMENTS_PER_BRIEFING = 4096;
/** Briefing ids above this cannot be indexed, so no search can find them either. */
export const MAX_BRIEFING_ID = 2 ** 20 - 1;

/** Slot 0: the document's title. */
export const TITLE_SLOT = 0;
/**
 * Blocks take slots 1 … 2²⁰ − 1. Slots 2²⁰ … 2²¹ − 1 are kept for sources a later
 * migration adds inside a document (notes, tags), each taking its own stretch.
 */
export const MAX_BLOCK_POSITION = 2 ** 20 - 2;

export interface KeyRange {
  lo: number;
  hi: number;
}

function documentBase(briefingId: number, documentPosition: number): number {
  if (!Number.isInteger(briefingId) || briefingId < 1 || briefingId > MAX_BRIEFING_ID) {
    throw new RangeError(`briefing id ${briefingId} is outside the search index's range`);
  }
  if (!Number.isInteger(documentPosition) || documentPosition < 0 || documentPosition >= DOCUMENTS_PER_BRIEFING) {
    throw new RangeError(`document position ${documentPosition} is outside the search index's range`);
  }
  return (-briefingId * DOCUMENTS_PER_BRIEFING + documentPosition) * DOCUMENT_SPAN;
}

export function blockSlot(position: number): number {
  if (!Number.isInteger(position) || position < 0 || position > MAX_BLOCK_POSITION) {
    throw new RangeError(`block position ${position} is outside the search index's range`);
  }
  return position + 1;
}

export function entryKey(briefingId: number, documentPosition: number, slot: number): number {
  return documentBase(briefingId, documentPosition) + slot;
}

export function briefingKeys(briefingId: number): KeyRange {
  const lo = documentBase(briefingId, 0);
  return { lo, hi: lo + DOCUMENTS_PER_BRIEFING * DOCUMENT_SPAN - 1 };
}

export const allKeys: KeyRange = { lo: Number.MIN_SAFE_INTEGER, hi: Number.MAX_SAFE_INTEGER };

/** The range of the document an entry belongs to. */
export function documentKeysOf(key: number): KeyRange {
  const lo = Math.floor(key / DOCUMENT_SPAN) * DOCUMENT_SPAN;
  return { lo, hi: lo + DOCUMENT_SPAN - 1 };
}

/** The keys two ranges share; null when none. */
export function intersect(a: KeyRange, b: KeyRange): KeyRange | null {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  return lo <= hi ? { lo, hi } : null;
}
