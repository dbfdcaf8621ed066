import type { Annotation, Session, SessionItem } from '@contract/contract.ts';

/**
 * Whether a session holds an annotation: listed by itself, or (a highlight or note, not a
 * bookmark) through its whole document, as the session's export gathers it.
 */
export function holds(items: readonly SessionItem[], a: Pick<Annotation, 'id' | 'documentId' | 'kind'>): boolean {
  return items.some((item) =>
    item.kind === 'annotation' ? item.annotation.id === a.id : item.document.id === a.documentId && a.kind !== 'bookmark',
  );
}

/** What to add back to undo removing `item`. */
export function readdArg(sessionId: number, item: SessionItem): { sessionId: number; annotationIds?: number[]; documentIds?: number[] } {
  return item.kind === 'annotation' ? { sessionId, annotationIds: [item.annotation.id] } : { sessionId, documentIds: [item.document.id] };
}

/**
 * The order that puts an item added back where it was: `before` is the session's order
 * before the removal, `removed` the item's old id; the session, once added to, holds it
 * under a new id at the end.
 */
export function orderAfterReadd(before: readonly number[], removed: number, after: Session): number[] {
  const known = new Set(before);
  const fresh = after.items.find((i) => !known.has(i.id))?.id;
  const current = new Set(after.items.map((i) => i.id));
  const placed = before.flatMap((id) => (id === removed ? (fresh === undefined ? [] : [fresh]) : current.has(id) ? [id] : []));
  // Anything added meanwhile (elsewhere) keeps its place at the end: the order must list every item.
  const taken = new Set(placed);
  return [...placed, ...after.items.map((i) => i.id).filter((id) => !taken.has(id))];
}
