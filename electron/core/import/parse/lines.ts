import type { HeadingLevel } from './types.ts';
import { cleanLine } from './text.ts';

/**
 * What a format says about a line beyond its text: a Markdown `#`, an HTML `<h1>`
 * or a Word heading style. Plain text has none and is judged by its wording.
 */
export type LineHint = { kind: 'title' } | { kind: 'heading'; level: HeadingLevel };

/** One paragraph-sized piece of text, the common currency of every reader. */
export interface SourceLine {
  text: string;
  hint?: LineHint;
}

/** Every non-blank line of a plain text is its own piece; joining cut paragraphs is a repair, not a given. */
export function textToLines(text: string): SourceLine[] {
  const out: SourceLine[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/u)) {
    const line = cleanLine(raw);
    if (line !== '') out.push({ text: line });
  }
  return out;
}
