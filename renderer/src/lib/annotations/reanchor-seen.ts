import type { ReanchorReport } from '@contract/contract.ts';

const key = (briefingId: number) => `briefing-reader.reanchor-seen.${briefingId}`;

/**
 * Which re-import reports the user has looked at, per briefing, by the report's `at`. A
 * report is shown once: after the user closes it only a newer re-import brings it back.
 * Kept in the browser's storage: it is a matter of this reader's screen, not of the library.
 */
export function isUnseen(report: ReanchorReport | null, storage: Pick<Storage, 'getItem'>): report is ReanchorReport {
  if (!report || report.moved + report.orphaned === 0) return false;
  const seen = storage.getItem(key(report.briefingId));
  return seen === null || seen < report.at;
}

export function markSeen(report: ReanchorReport, storage: Pick<Storage, 'setItem'>): void {
  storage.setItem(key(report.briefingId), report.at);
}
