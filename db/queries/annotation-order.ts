import { readingGroups } from '@contract/rules/reading-order.ts';

/**
 * Reading order of annotations within a document (electron/contract/rules/reading-order.ts)
 * as an ORDER BY list over the annotation (`a`) and its start and end blocks (`sb`, `eb`,
 * left-joined). Listing and the search index both follow it.
 */
export function readingOrder(a: string, sb: string, eb: string): string {
  const group = `CASE WHEN ${a}.kind = 'note' THEN ${readingGroups.documentNote} WHEN ${a}.status = 'orphan' THEN ${readingGroups.orphan} ELSE ${readingGroups.passage} END`;
  return `${group}, ${sb}.position, ${a}.start_offset, ${eb}.position, ${a}.end_offset, ${a}.id`;
}
