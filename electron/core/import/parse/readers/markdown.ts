import { detectHeading, readMarker } from '../headings.ts';
import type { SourceLine } from '../lines.ts';
import { cleanLine, joinText } from '../text.ts';
import type { HeadingLevel } from '../types.ts';
import { htmlToLines } from './html.ts';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/u;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/u;
const BULLET = /^ {0,3}[-*+][ \t]+/u;
const QUOTE = /^ {0,3}>[ \t]?/u;
const REFERENCE = /^ {0,3}\[[^\]]+\]:\s*\S+/u;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** Inline markup goes, its text stays; raw HTML passes through the HTML reducer, so no markup survives. */
export function stripInline(text: string): string {
  // A link's destination may hold one level of balanced parentheses, as `javascript:alert(1)` does.
  const plain = text
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu, '')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/gu, '')
    .replace(/\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/gu, '$1')
    .replace(/(`+)([^`]*?)\1/gu, '$2')
    .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/gu, '$2')
    .replace(/(~~)(?=\S)([^]*?\S)\1/gu, '$2')
    .replace(/\*(?=\S)([^*]*?\S)\*/gu, '$1')
    // Unlike `*`, an underscore inside a word is a character (`snake_case`), not emphasis.
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/gu, '$1');
  return htmlToLines(plain)
    .map((l) => l.text)
    .join(' ');
}

/**
 * A thematic break (`---`, `* * *`), checked without a backreference: a backtracking
 * regex overflows the stack on a line of a million asterisks.
 */
function isRule(row: string): boolean {
  if (/^ {4}/u.test(row)) return false;
  const marks = row.replace(/[ \t]/gu, '');
  return marks.length >= 3 && /^(?:-+|\*+|_+)$/u.test(marks);
}

function headingHint(depth: number): SourceLine['hint'] {
  return depth === 1 ? { kind: 'title' } : { kind: 'heading', level: Math.min(depth - 1, 4) as HeadingLevel };
}

class ParagraphCollector {
  readonly lines: SourceLine[] = [];
  private text = '';

  add(line: string): void {
    this.text = joinText(this.text, line);
  }

  /** A numbered heading on its own line ends there, blank line or not. */
  holdsHeading(): boolean {
    const heading = detectHeading(this.text.trim());
    return heading !== null && heading.rest === null;
  }

  flush(): void {
    this.push(this.text);
    this.text = '';
  }

  push(text: string, hint?: SourceLine['hint']): void {
    const clean = cleanLine(stripInline(text));
    if (clean !== '') this.lines.push(hint ? { text: clean, hint } : { text: clean });
  }
}

/**
 * Reduces Markdown to lines: ATX and setext headings carry their level, list
 * items and paragraphs become lines, inline markup is stripped. A numbered
 * heading line (`一、…`) stands alone even without blank lines around it, since
 * Chinese Markdown is often written one paragraph per line.
 */
export function markdownToLines(markdown: string): SourceLine[] {
  const out = new ParagraphCollector();
  const source = markdown.replace(FRONT_MATTER, '').replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/giu, '');
  const rows = source.split(/\r\n|\r|\n/u);
  let fence: string | null = null;
  let inParagraph = false;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] ?? '';
    if (fence !== null) {
      if (row.trimStart().startsWith(fence)) fence = null;
      else out.push(row);
      continue;
    }
    const fenceOpen = FENCE.exec(row)?.[1];
    const atx = ATX.exec(row);
    if (fenceOpen !== undefined || atx?.[1] !== undefined || row.trim() === '' || isRule(row) || REFERENCE.test(row)) {
      out.flush();
      inParagraph = false;
      if (fenceOpen !== undefined) fence = fenceOpen;
      if (atx?.[1] !== undefined) out.push(atx[2] ?? '', headingHint(atx[1].length));
      continue;
    }
    const content = row.replace(QUOTE, '').replace(QUOTE, '');
    const underline = SETEXT.exec(rows[i + 1] ?? '')?.[1];
    if (!inParagraph && underline !== undefined && !BULLET.test(content)) {
      out.push(content, headingHint(underline.startsWith('=') ? 1 : 2));
      i++;
      continue;
    }
    if (BULLET.test(content) || readMarker(content.trim()) !== null || out.holdsHeading()) out.flush();
    out.add(content.replace(BULLET, ''));
    inParagraph = true;
  }
  out.flush();
  return out.lines;
}
