/**
 * Reading order of annotations within a document, as an ORDER BY list over the
 * annotation (`a`) and its start and end blocks (`sb`, `eb`, left-joined): passages in
 * text order, then free-standing notes, then orphans, each in the order they were made.
 * Listing and the search index both follow it.
 */
export function readingOrder(a: string, sb: string, eb: string): string {
  return `${sb}.position IS NULL, ${a}.kind <> 'note', ${sb}.position, ${a}.start_offset, ${eb}.position, ${a}.end_offset, ${a}.id`;
}
