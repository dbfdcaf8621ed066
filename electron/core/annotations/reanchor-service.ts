import type { Database } from '@db/open.ts';
import { findAnnotations, moveAnnotation, placeAnnotation, type AnnotationRow, type Placement } from '@db/queries/annotations.ts';
import { listBlocks, listDocuments } from '@db/queries/library.ts';
import { reanchorReport, saveReanchorReport } from '@db/queries/reanchor-reports.ts';
import { replaceBriefing, type NewBriefing } from '@db/queries/store-briefing.ts';
import { indexAnnotations } from '@db/search/annotations.ts';
import type { ReanchorReport } from '@contract/contract.ts';
import { CanonicalText, type AnchorResult } from '../anchoring/index.ts';
import { orphanPlacement, placementOf, storedAnchorOf, wholeBlock } from './placement.ts';
import { planReanchoring, type Passage } from './reanchor-plan.ts';

function briefingTexts(db: Database, briefingId: number): Map<number, CanonicalText> {
  return new Map(listDocuments(db, briefingId).map((d) => [d.id, CanonicalText.fromBlocks(listBlocks(db, d.id))]));
}

function passagesOf(rows: readonly AnnotationRow[]): (Passage & { live: boolean; kind: AnnotationRow['kind'] })[] {
  return rows.flatMap((row) => {
    const anchor = storedAnchorOf(row);
    return anchor ? [{ id: row.id, documentId: row.documentId, anchor, live: row.deletedAt === null, kind: row.kind }] : [];
  });
}

/** A bookmark marks its whole block, wherever its text was found. */
function placementFor(kind: AnnotationRow['kind'], doc: CanonicalText | undefined, result: AnchorResult, orphan: Placement): Placement {
  if (!result.anchor) return orphan;
  const block = result.anchor.blockRange?.start.blockId;
  const whole = kind === 'bookmark' && doc && block !== undefined ? wholeBlock(doc, block) : null;
  return whole ?? placementOf(result.anchor);
}

const reportStatus = (result: AnchorResult): ReanchorReport['items'][number]['status'] =>
  result.status === 'exact' ? 'stayed' : result.status === 'orphan' ? 'orphaned' : 'moved';

/**
 * Replaces a briefing with a corrected file and re-anchors every annotation of it
 * (those in the bin too) in the new text, in one transaction: a failure anywhere
 * leaves the briefing and its annotations as they were. Keeps a report of what moved
 * for getReanchorReport. Returns false when there is no such briefing.
 */
export function replaceBriefingKeepingAnnotations(db: Database, briefingId: number, briefing: NewBriefing): boolean {
  return db.transaction(() => {
    const before = briefingTexts(db, briefingId);
    const rows = findAnnotations(db, { briefingId, deleted: null });
    const passages = passagesOf(rows);
    if (!replaceBriefing(db, briefingId, briefing)) return false;
    const after = briefingTexts(db, briefingId);
    // replaceBriefing gave the annotations of each vanished document to one heir.
    const moved = new Map(findAnnotations(db, { briefingId, deleted: null }).map((r) => [r.id, r.documentId]));
    const heirOf = new Map(rows.map((r) => [r.documentId, moved.get(r.id) ?? r.documentId]));
    const plan = planReanchoring(before, after, passages, (documentId) => heirOf.get(documentId) ?? documentId);
    for (const row of rows) {
      const heir = plan.heirs.get(row.documentId);
      if (row.kind === 'note' && heir !== undefined) moveAnnotation(db, row.id, heir);
    }

    const at = new Date().toISOString();
    const report: ReanchorReport = { briefingId, at, stayed: 0, moved: 0, orphaned: 0, items: [] };
    plan.passages.forEach((planned, i) => {
      const passage = passages[i];
      if (!passage) return;
      const placement = placementFor(passage.kind, after.get(planned.documentId), planned.result, orphanPlacement(passage.anchor));
      placeAnnotation(db, planned.id, planned.documentId, placement, false);
      if (!passage.live) return;
      const status = reportStatus(planned.result);
      report[status]++;
      report.items.push({ annotationId: planned.id, status, oldText: planned.result.oldText, newText: planned.result.newText ?? null });
    });
    for (const documentId of after.keys()) indexAnnotations(db, documentId);
    saveReanchorReport(db, briefingId, at, JSON.stringify(report));
    return true;
  })();
}

export function getReanchorReport(db: Database, briefingId: number): ReanchorReport | null {
  const stored = reanchorReport(db, briefingId);
  return stored === undefined ? null : (JSON.parse(stored) as ReanchorReport);
}
