/**
 * Which stored document each document of a corrected file is, when a briefing is
 * replaced: a matched document keeps its id (its uri, its annotations, links to it).
 *
 *   1. the same title, the first unmatched one in order (titles repeat rarely);
 *   2. otherwise mostly the same text: at least half of the larger document's
 *      blocks appear verbatim in the other, the best overlap first.
 *
 * Position alone never matches: with a speech removed or inserted, every later
 * position names another speech, and an id must not move to a different speech.
 */
export interface DocumentToMatch {
  title: string;
  blocks: readonly string[];
}

const OVERLAP = 0.5;

/** For each new document, the index of the old document it continues, or null for a new one. */
export function matchDocuments(oldDocs: readonly DocumentToMatch[], newDocs: readonly DocumentToMatch[]): (number | null)[] {
  const matched: (number | null)[] = newDocs.map(() => null);
  const taken = new Set<number>();
  newDocs.forEach((doc, n) => {
    const o = oldDocs.findIndex((old, i) => !taken.has(i) && old.title.trim() === doc.title.trim());
    if (o >= 0) {
      matched[n] = o;
      taken.add(o);
    }
  });

  const pairs: { n: number; o: number; overlap: number }[] = [];
  const oldTexts = oldDocs.map((d) => new Set(d.blocks));
  newDocs.forEach((doc, n) => {
    if (matched[n] !== null) return;
    const texts = new Set(doc.blocks);
    oldTexts.forEach((old, o) => {
      if (taken.has(o)) return;
      let shared = 0;
      for (const text of texts) if (old.has(text)) shared++;
      const overlap = shared / Math.max(1, texts.size, old.size);
      if (overlap >= OVERLAP) pairs.push({ n, o, overlap });
    });
  });
  pairs.sort((a, b) => b.overlap - a.overlap || a.n - b.n || a.o - b.o);
  for (const { n, o } of pairs) {
    if (matched[n] !== null || taken.has(o)) continue;
    matched[n] = o;
    taken.add(o);
  }
  return matched;
}
