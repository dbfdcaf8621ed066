export interface Match {
  block: number;
  start: number;
  end: number;
}

/**
 * Folds text for matching without changing its length, so offsets found in the folded
 * text are offsets in the original: Latin ignores case, and full-width letters and digits
 * (ＡＢＣ１２３, common in Chinese documents) match their ASCII forms.
 */
export function foldForFind(text: string): string {
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    const f = unit.normalize('NFKC').toLowerCase();
    folded += f.length === 1 ? f : unit;
  }
  return folded;
}

/** Every occurrence of `query` in the folded blocks, in document order; overlapping ones count once. */
export function findMatches(foldedBlocks: readonly string[], query: string): Match[] {
  const needle = foldForFind(query);
  if (needle.trim() === '') return [];
  const matches: Match[] = [];
  foldedBlocks.forEach((text, block) => {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      matches.push({ block, start: at, end: at + needle.length });
    }
  });
  return matches;
}

/** The first match at or after the block being read, so finding starts where the reader is. */
export function firstMatchFrom(matches: readonly Match[], block: number): number {
  const i = matches.findIndex((m) => m.block >= block);
  return i >= 0 ? i : 0;
}

/** Steps through the matches in either direction, wrapping at the ends. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  return count === 0 ? 0 : (current + direction + count) % count;
}
