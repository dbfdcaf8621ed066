import type { Block } from '@contract/contract.ts';
import type { Passage } from '../search/route-query.ts';
import { scrollToBlock } from './scroll-to-block.ts';

/** Where a passage lands in the document as it is now. */
export interface Landing {
  /** The block's index; null for the title. */
  index: number | null;
  /** The matched text, when it still fits the text. */
  at: [number, number] | null;
}

/**
 * Resolves a passage against the document's blocks; null when its block is no longer
 * in the document (the briefing was replaced since the link was made). Offsets beyond
 * the text are dropped, so a stale match never marks the wrong words.
 */
export function landing(blocks: readonly Pick<Block, 'id' | 'text'>[], title: string, passage: Passage): Landing | null {
  const index = passage.blockId === null ? null : blocks.findIndex((b) => b.id === passage.blockId);
  if (index === -1) return null;
  const length = index === null ? title.length : blocks[index]!.text.length;
  const at = passage.at && passage.at[1] <= length ? passage.at : null;
  return { index, at };
}

const MARK = 'search-passage';

const supported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

/** Removes the mark of the passage landed on. */
export function clearPassageMark(): void {
  if (supported()) CSS.highlights.delete(MARK);
}

function markPassage(range: Range): void {
  if (!supported()) return;
  const highlight = new Highlight(range);
  // Under find's marks (priority 0), so a find started afterwards shows on top; over annotations.
  highlight.priority = -1;
  CSS.highlights.set(MARK, highlight);
}

/** The settling scrollToBlock does, plus one frame for the layout to show the match. */
const SETTLE_FRAMES = 9;

function afterFrames(frames: number, run: () => void): void {
  requestAnimationFrame(() => (frames > 1 ? afterFrames(frames - 1, run) : run()));
}

/**
 * Lands on a passage: its block at the top of the reading area (where a restored reading
 * position lands, so the position then follows from it) or the page's top for the title;
 * the matched text marked with a highlight of its own (CSS Custom Highlight, no change to
 * the text's DOM); and focus on the text, so a screen reader reads it out.
 *
 * `text` is the element holding the text; the offsets count its characters, across the
 * text nodes a title is set in (see Words.svelte).
 */
function showPassage(block: HTMLElement | null, text: HTMLElement, at: [number, number] | null): void {
  const range = at && rangeIn(text, at);
  if (range) markPassage(range);
  if (block) scrollToBlock(block, SETTLE_FRAMES - 1);
  else window.scrollTo(0, 0);
  if (!text.hasAttribute('tabindex')) text.tabIndex = -1;
  text.focus({ preventScroll: true });
  if (block && range) afterFrames(SETTLE_FRAMES, () => revealBelowFold(block, range));
}

/** The range of characters [start, end) of an element's text, or null past its end. */
function rangeIn(el: HTMLElement, [start, end]: [number, number]): Range | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!started && start <= seen + node.length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + node.length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += node.length;
  }
  return null;
}

/** A block taller than the window may hold the match below it: bring the match up, unless the reader has scrolled away. */
function revealBelowFold(block: HTMLElement, range: Range): void {
  const rect = range.getBoundingClientRect();
  const blockTop = block.getBoundingClientRect().top;
  if (rect.height === 0 || blockTop > window.innerHeight / 2 || blockTop + block.offsetHeight < 0) return;
  if (rect.bottom > window.innerHeight) window.scrollBy(0, rect.top - window.innerHeight / 3);
}

/**
 * Lands on a passage in the reader, whose blocks are `blockElement(i)` with their text in
 * `.text`; returns where, or null when the passage is not in the document, to open as usual.
 */
export function landOnPassage(
  passage: Passage,
  doc: { blocks: readonly Pick<Block, 'id' | 'text'>[]; title: string },
  blockElement: (index: number) => HTMLElement | null,
  title: HTMLElement | undefined,
): Landing | null {
  const to = landing(doc.blocks, doc.title, passage);
  if (!to) return null;
  const block = to.index === null ? null : blockElement(to.index);
  const text = to.index === null ? title : block?.querySelector<HTMLElement>('.text');
  if (!text || (to.index !== null && !block)) return null;
  showPassage(block, text, to.at);
  return to;
}
