import type { SourceLine } from '../lines.ts';
import { parseHtml, treeToLines } from './html-tree.ts';

/**
 * Reduces HTML to lines of plain text. Nothing of the markup survives: only text
 * nodes are read, scripts and styles go with their content, and entities are
 * decoded by the parser into characters that are only ever shown as text.
 */
export function htmlToLines(html: string): SourceLine[] {
  return treeToLines(parseHtml(html));
}
