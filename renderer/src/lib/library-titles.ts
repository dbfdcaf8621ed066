import type { BriefingSummary } from '@contract/contract.ts';
import { briefingTitle } from '@contract/rules/titles.ts';

/** The briefings whose title another briefing in the list shares: they need their date and source to be told apart. */
export function sharedTitles(briefings: readonly Pick<BriefingSummary, 'id' | 'title' | 'sourceName'>[]): Set<number> {
  const byTitle = new Map<string, number[]>();
  for (const b of briefings) {
    const key = briefingTitle(b);
    byTitle.set(key, [...(byTitle.get(key) ?? []), b.id]);
  }
  return new Set([...byTitle.values()].filter((ids) => ids.length > 1).flat());
}
