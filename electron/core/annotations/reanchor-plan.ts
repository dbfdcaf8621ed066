import { anchor, reanchorAll, type AnchorResult, type CanonicalText, type StoredAnchor } from '../anchoring/index.ts';

export interface Passage {
  id: number;
  /** The document it was in before the replacement. */
  documentId: number;
  anchor: StoredAnchor;
}

export interface PlannedPassage {
  id: number;
  /** The document it belongs to now. */
  documentId: number;
  result: AnchorResult;
}

const found = (r: AnchorResult): boolean => r.status !== 'orphan';

export interface ReanchorPlan {
  /** In the order given. */
  passages: PlannedPassage[];
  /** For each document that is gone, the one its annotations that were found nowhere go to. */
  heirs: Map<number, number>;
}

/**
 * Where each passage of a replaced briefing goes. `before` and `after` map document
 * ids to their texts; `after` in reading order. A passage whose document is still
 * there is re-anchored in it only: its quote appearing in another speech does not
 * make it that speech's. A passage whose document is gone is looked for in every
 * document, best score first, and counts as moved even at the same offsets. What
 * such a document held that is found nowhere (orphans, free-standing notes) goes to
 * the document most of its found passages went to, else to `heirOf(document)`.
 */
export function planReanchoring(
  before: ReadonlyMap<number, CanonicalText>,
  after: ReadonlyMap<number, CanonicalText>,
  passages: readonly Passage[],
  heirOf: (documentId: number) => number,
): ReanchorPlan {
  const byDocument = new Map<number, Passage[]>();
  for (const p of passages) byDocument.set(p.documentId, [...(byDocument.get(p.documentId) ?? []), p]);
  const planned = new Map<number, PlannedPassage>();
  const heirs = new Map<number, number>();
  for (const [documentId, group] of byDocument) {
    const oldDoc = before.get(documentId);
    const newDoc = after.get(documentId);
    if (oldDoc && newDoc) {
      const { results } = reanchorAll(oldDoc, newDoc, group.map((p) => ({ ...p.anchor, id: p.id })));
      for (const { id, ...result } of results) planned.set(id, { id, documentId, result });
      continue;
    }
    const placed = group.map((p) => placeAnywhere(after, p));
    const heir = favourite(placed) ?? heirOf(documentId);
    heirs.set(documentId, heir);
    // Only a passage found somewhere has a document of its own.
    for (const p of placed) planned.set(p.id, { id: p.id, documentId: p.documentId ?? heir, result: p.result });
  }
  for (const documentId of before.keys()) if (!after.has(documentId) && !heirs.has(documentId)) heirs.set(documentId, heirOf(documentId));
  return { passages: passages.map((p) => planned.get(p.id) as PlannedPassage), heirs };
}

function placeAnywhere(after: ReadonlyMap<number, CanonicalText>, p: Passage): { id: number; documentId: number | null; result: AnchorResult } {
  let best: { documentId: number | null; result: AnchorResult } = { documentId: null, result: { status: 'orphan', oldText: p.anchor.quote.exact } };
  for (const [documentId, doc] of after) {
    const result = anchor(doc, p.anchor);
    if (found(result) && (!found(best.result) || (result.score ?? 0) > (best.result.score ?? 0))) best = { documentId, result };
  }
  const result = best.result.status === 'exact' ? { ...best.result, status: 'moved' as const } : best.result;
  return { id: p.id, documentId: best.documentId, result };
}

/** The document most passages were found in; null when none was found. */
function favourite(placed: readonly { documentId: number | null; result: AnchorResult }[]): number | null {
  const votes = new Map<number, number>();
  for (const p of placed) if (p.documentId !== null && found(p.result)) votes.set(p.documentId, (votes.get(p.documentId) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
