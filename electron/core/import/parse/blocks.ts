import { detectHeading, readMarker } from './headings.ts';
import type { SourceLine } from './lines.ts';
import type { ParsedBlock } from './types.ts';

/** Turns repaired body lines into blocks: numbered lines become headings, run-in headings split in two. */
export function toBlocks(items: SourceLine[]): ParsedBlock[] {
  const blocks: ParsedBlock[] = [];
  for (const item of items) {
    const hint = item.hint;
    if (hint) {
      // A format's own heading mark is trusted for the whole line; its numbering, if any, still sets the level.
      const level = readMarker(item.text)?.level ?? (hint.kind === 'heading' ? hint.level : 1);
      blocks.push({ kind: 'heading', level, text: item.text });
      continue;
    }
    const heading = detectHeading(item.text);
    if (!heading) {
      blocks.push({ kind: 'paragraph', text: item.text });
      continue;
    }
    blocks.push({ kind: 'heading', level: heading.level, text: heading.heading });
    if (heading.rest !== null) blocks.push({ kind: 'paragraph', text: heading.rest });
  }
  return blocks;
}
