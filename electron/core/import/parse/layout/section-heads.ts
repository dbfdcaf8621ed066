import { isUnitLine, parseCaption } from '../captions.ts';
import { charLength } from '../text.ts';
import type { ParsedBlock } from '../types.ts';
import { isStageDirection, readEnglishLabel, readTurnLabel } from './labels.ts';

const MAX_HEAD = 30;
/** A paragraph needs this many others around it before a short line inside it reads as a section head. */
const MIN_PARAGRAPHS = 3;
const CLOSING = /[。！？；：…!?;:.,，、）)”"]$/u;

function isHeadLike(text: string): boolean {
  return (
    charLength(text) <= MAX_HEAD &&
    !CLOSING.test(text.trim()) &&
    !/^[—–（(“"]/u.test(text.trim()) &&
    !/[。！？]/u.test(text) &&
    readTurnLabel(text) === null &&
    readEnglishLabel(text) === null &&
    !isStageDirection(text) &&
    parseCaption(text) === null &&
    !isUnitLine(text)
  );
}

/**
 * In a long piece a short unpunctuated line standing between paragraphs is a
 * section head (`**…**` in print, a bold line on the page), not a paragraph:
 * a sentence is never printed that short without its stop.
 */
export function promoteSectionHeads(blocks: ParsedBlock[]): ParsedBlock[] {
  if (blocks.filter((b) => b.kind === 'paragraph').length < MIN_PARAGRAPHS + 1) return blocks;
  return blocks.map((block, i) => {
    const next = blocks[i + 1];
    if (block.kind !== 'paragraph' || i === 0 || next === undefined || !isHeadLike(block.text)) return block;
    if (next.kind === 'paragraph' && isHeadLike(next.text)) return block;
    return { kind: 'heading', level: 1, text: block.text };
  });
}
