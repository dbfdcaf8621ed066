import type { Block } from '@contract/contract.ts';

export interface OutlineEntry {
  /** Index of the heading among the document's blocks. */
  blockIndex: number;
  level: 1 | 2 | 3 | 4;
  text: string;
}

/** What the reader derives once from a document's blocks. */
export interface DocumentStructure {
  /** ¶ per block: paragraphs count from 1 in document order; headings have none. */
  paragraphNumbers: (number | null)[];
  outline: OutlineEntry[];
  /** Per block, the index in `outline` of the section holding it; -1 before the first heading. */
  sectionOf: number[];
}

/**
 * ¶ counts paragraphs only, as a reader counts them on the page, so "¶12" in a citation
 * does not shift when a heading is added to the outline. It depends on nothing but the
 * stored block order, hence stays the same across sessions.
 */
export function documentStructure(blocks: readonly Block[]): DocumentStructure {
  const paragraphNumbers: (number | null)[] = [];
  const outline: OutlineEntry[] = [];
  const sectionOf: number[] = [];
  let paragraph = 0;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading') {
      outline.push({ blockIndex: i, level: block.level, text: block.text });
      paragraphNumbers.push(null);
    } else {
      paragraphNumbers.push(++paragraph);
    }
    sectionOf.push(outline.length - 1);
  });
  return { paragraphNumbers, outline, sectionOf };
}

/** The ¶ a position at `blockIndex` is cited by: its own, or that of the paragraph before a heading. */
export function paragraphAt(numbers: readonly (number | null)[], blockIndex: number): number {
  for (let i = Math.min(blockIndex, numbers.length - 1); i >= 0; i--) {
    const n = numbers[i];
    if (n != null) return n;
  }
  return 0;
}
