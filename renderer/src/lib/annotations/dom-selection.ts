import type { Block, BlockRange } from '@contract/contract.ts';
import { tidyRange, type IndexPoint } from './block-range.ts';

/**
 * The reader's DOM, as DocumentText lays it out: `body`'s children are the blocks in order,
 * each holding its text in one `.text` element whose only child is the block's text node.
 * Anything else in a block (the ¶ gutter, a bookmark mark) is decoration: offsets count the
 * text node only.
 */
export interface ReaderDom {
  body: HTMLElement;
  blocks: readonly Pick<Block, 'id' | 'text'>[];
}

export const textElement = (block: Element | undefined | null): HTMLElement | null => block?.querySelector<HTMLElement>('.text') ?? null;

export function textNodeAt(dom: ReaderDom, index: number): Text | null {
  const node = textElement(dom.body.children[index])?.firstChild;
  return node instanceof Text ? node : null;
}

function contentsRange(node: Node): Range {
  const range = document.createRange();
  range.selectNodeContents(node);
  return range;
}

/** The block (its index) a DOM node lies in, or -1 when it lies outside every block. */
function blockOf(dom: ReaderDom, node: Node): number {
  let el: Node | null = node;
  while (el && el.parentNode !== dom.body) el = el.parentNode;
  return el ? Array.prototype.indexOf.call(dom.body.children, el) : -1;
}

/**
 * A DOM boundary point (a Range's start or end) in block terms. A point in the gutter or
 * elsewhere in a block's wrapper counts as before or after that block's text; a point
 * outside the text altogether (the title, the margin) as before the first block or after
 * the last.
 */
export function indexPointOf(dom: ReaderDom, node: Node, offset: number): IndexPoint | null {
  const count = dom.blocks.length;
  if (count === 0) return null;
  const index = blockOf(dom, node);
  if (index < 0) {
    if (node === dom.body) return offset >= count ? { index: count - 1, offset: dom.blocks[count - 1]!.text.length } : { index: offset, offset: 0 };
    return contentsRange(dom.body).comparePoint(node, offset) < 0 ? { index: 0, offset: 0 } : { index: count - 1, offset: dom.blocks[count - 1]!.text.length };
  }
  const text = textElement(dom.body.children[index]);
  const length = dom.blocks[index]!.text.length;
  if (!text) return { index, offset: 0 };
  if (node instanceof Text && text.contains(node)) return { index, offset };
  if (node === text) return { index, offset: offset === 0 ? 0 : length };
  return { index, offset: contentsRange(text).comparePoint(node, offset) <= 0 ? 0 : length };
}

/** The stored form of a DOM range over the reader, or null when it covers no text. */
export function blockRangeOf(dom: ReaderDom, range: Range): BlockRange | null {
  const start = indexPointOf(dom, range.startContainer, range.startOffset);
  const end = indexPointOf(dom, range.endContainer, range.endOffset);
  return start && end ? tidyRange(dom.blocks, start, end) : null;
}

/** The current selection over the reader's text, or null when it is collapsed or elsewhere. */
export function selectedBlockRange(dom: ReaderDom): { range: BlockRange; dom: Range } | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!r.intersectsNode(dom.body)) return null;
  const range = blockRangeOf(dom, r);
  return range ? { range, dom: r } : null;
}

/** A stored range back as a DOM Range over the blocks' text nodes; null when a block is missing. */
export function domRangeOf(dom: ReaderDom, index: ReadonlyMap<number, number>, range: BlockRange): Range | null {
  const s = index.get(range.start.blockId);
  const e = index.get(range.end.blockId);
  if (s === undefined || e === undefined) return null;
  const startNode = textNodeAt(dom, s);
  const endNode = textNodeAt(dom, e);
  if (!startNode || !endNode) return null;
  const r = document.createRange();
  r.setStart(startNode, Math.min(range.start.offset, startNode.length));
  r.setEnd(endNode, Math.min(range.end.offset, endNode.length));
  return r;
}

/** The text position under a pointer, in block terms; null over anything but the text. */
export function indexPointAt(dom: ReaderDom, x: number, y: number): IndexPoint | null {
  const pos = document.caretPositionFromPoint?.(x, y);
  if (!pos || !(pos.offsetNode instanceof Text) || !dom.body.contains(pos.offsetNode)) return null;
  return indexPointOf(dom, pos.offsetNode, pos.offset);
}

/** Whether a point on screen falls on a range's text, not merely near the caret position closest to it. */
export function rangeCovers(range: Range, x: number, y: number): boolean {
  return [...range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
}

/** Keys typed into a field are text, never shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

const arrows: Record<string, ['forward' | 'backward', 'character' | 'line' | 'lineboundary']> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
  End: ['forward', 'lineboundary'],
  Home: ['backward', 'lineboundary'],
};

/**
 * Shift+arrows select text from the keyboard, which a page of plain text does not do by
 * itself: from where a click left the caret, or else from the start of the block being
 * read. Ctrl (Alt on a Mac) moves by word. False when the key is not one of these.
 */
export function extendSelection(dom: ReaderDom, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey'>, readingBlock: number): boolean {
  const move = arrows[e.key];
  const sel = document.getSelection();
  if (!move || !sel) return false;
  if (sel.rangeCount === 0 || !dom.body.contains(sel.anchorNode)) {
    const node = textNodeAt(dom, readingBlock);
    if (!node) return false;
    sel.collapse(node, 0);
  }
  const word = (e.ctrlKey || e.altKey) && move[1] === 'character';
  sel.modify('extend', move[0], word ? 'word' : move[1]);
  return true;
}

/**
 * Left and right arrows move a caret through the text once there is one (a click, or a
 * keyboard selection collapsed by them), so that Shift+arrows can start anywhere, not
 * only where the reading line's block begins; with no caret yet the first press puts one
 * there. Ctrl (Alt on a Mac) moves by word. False for other keys, which keep their use.
 */
export function moveCaret(dom: ReaderDom, e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey'>, readingBlock: number): boolean {
  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return false;
  const sel = document.getSelection();
  if (!sel) return false;
  if (sel.rangeCount === 0 || !dom.body.contains(sel.anchorNode)) {
    const node = textNodeAt(dom, readingBlock);
    if (!node) return false;
    sel.collapse(node, 0);
    return true;
  }
  sel.modify('move', e.key === 'ArrowRight' ? 'forward' : 'backward', e.ctrlKey || e.altKey ? 'word' : 'character');
  return true;
}

/** The character after a collapsed selection in the text, to show where the caret is; null otherwise. */
export function caretMark(dom: ReaderDom): Range | null {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !(sel.anchorNode instanceof Text) || !dom.body.contains(sel.anchorNode)) return null;
  const node = sel.anchorNode;
  const r = document.createRange();
  const at = Math.min(sel.anchorOffset, node.length);
  r.setStart(node, at);
  const high = node.data.charCodeAt(at);
  r.setEnd(node, Math.min(at + (high >= 0xd800 && high <= 0xdbff ? 2 : 1), node.length));
  return r;
}
