import { mergeWithPrevious, setDocumentField, splitDocument, type DocumentField, type Review } from './import-review.ts';

/**
 * One thing the user did in the review. The review keeps the list and replays it
 * on each reading of the file, so undoing a repair (which reads the file again)
 * keeps the user's work. Each edit of a document remembers how many documents
 * there were, and applies again only where that still holds: an index means the
 * same document only while the count is unchanged.
 */
export type ReviewEdit =
  | { kind: 'briefing'; field: 'title' | 'preface'; value: string }
  | { kind: 'field'; doc: number; count: number; field: DocumentField; value: string }
  | { kind: 'split'; doc: number; count: number; at: number; heading: string }
  | { kind: 'merge'; doc: number; count: number };

export const fieldEdit = (review: Review, doc: number, field: DocumentField, value: string): ReviewEdit => ({
  kind: 'field',
  doc,
  count: review.documents.length,
  field,
  value,
});

export const splitEdit = (review: Review, doc: number, at: number): ReviewEdit => ({
  kind: 'split',
  doc,
  count: review.documents.length,
  at,
  heading: review.documents[doc]?.blocks[at]?.text ?? '',
});

export const mergeEdit = (review: Review, doc: number): ReviewEdit => ({ kind: 'merge', doc, count: review.documents.length });

/** The review after one edit, or null when the edit no longer fits it. */
export function applyEdit(review: Review, edit: ReviewEdit): Review | null {
  if (edit.kind === 'briefing') return { ...review, [edit.field]: edit.value };
  if (edit.count !== review.documents.length) return null;
  if (edit.kind === 'field') return setDocumentField(review, edit.doc, edit.field, edit.value);
  if (edit.kind === 'merge') return mergeWithPrevious(review, edit.doc);
  const at = headingIndex(review, edit);
  return at === null ? null : splitDocument(review, edit.doc, at);
}

/** Typing into one field is one edit, not one per keystroke. */
export function recordEdit(edits: readonly ReviewEdit[], edit: ReviewEdit): ReviewEdit[] {
  const last = edits.at(-1);
  const sameField =
    last !== undefined &&
    ((last.kind === 'briefing' && edit.kind === 'briefing' && last.field === edit.field) ||
      (last.kind === 'field' && edit.kind === 'field' && last.doc === edit.doc && last.count === edit.count && last.field === edit.field));
  return sameField ? [...edits.slice(0, -1), edit] : [...edits, edit];
}

/** Applies the edits in order to a reading of the file; the ones that no longer fit are left out. */
export function replay(base: Review, edits: readonly ReviewEdit[]): { review: Review; kept: ReviewEdit[]; dropped: number } {
  let review = base;
  const kept: ReviewEdit[] = [];
  for (const edit of edits) {
    const next = applyEdit(review, edit);
    if (next === null) continue;
    review = next;
    kept.push(edit);
  }
  return { review, kept, dropped: edits.length - kept.length };
}

/**
 * Where to split: the same block, or, when a re-read moved blocks (an undone
 * repair may add or reorder some), the nearest block with the same text.
 */
function headingIndex(review: Review, edit: Extract<ReviewEdit, { kind: 'split' }>): number | null {
  const blocks = review.documents[edit.doc]?.blocks ?? [];
  let best: number | null = null;
  blocks.forEach((b, i) => {
    if (i === 0 || b.text !== edit.heading) return;
    if (best === null || Math.abs(i - edit.at) < Math.abs(best - edit.at)) best = i;
  });
  return best;
}
