import { escapeText } from 'entities';
import MarkdownIt, { type Token } from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
import { detectHeading, readMarker } from '../headings.ts';
import type { SourceLine } from '../lines.ts';
import { cleanLine, joinText } from '../text.ts';
import type { HeadingLevel } from '../types.ts';
import { htmlToLines } from './html.ts';

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;

/** CommonMark with GitHub's tables and strikethrough; raw HTML is parsed so that it can be reduced to text, never kept. */
// CommonMark's flanking rules refuse `**记者：**问` (punctuation before the closing run, a
// letter after it), the way Chinese pages bold a run-in label; the CJK-friendly rule takes it.
const parser = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(cjkFriendly);
// Every link is parsed as a link, `javascript:` ones too: its words are kept and its
// destination is never read, where a refused link would stay as words like `(javascript:…)`.
parser.validateLink = () => true;
// Entities and escapes stay tokens of their own, so that `&lt;b&gt;` is known for the text it is.
parser.core.ruler.disable('text_join');

function headingHint(tag: string): SourceLine['hint'] {
  const depth = Number(tag.slice(1));
  return depth === 1 ? { kind: 'title' } : { kind: 'heading', level: Math.min(depth - 1, 4) as HeadingLevel };
}

/**
 * An inline run holding markup as the HTML it is, read as a browser reads it: a
 * `<script>`'s words go, and so does a tag CommonMark leaves as text
 * (`<svg/onload=…>`). Entities, escapes and code stay the characters they stand for.
 */
function inlineAsHtml(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'html_inline' || child.type === 'text') return child.content;
      if (child.type === 'softbreak' || child.type === 'hardbreak') return '<br>';
      return child.type === 'text_special' || child.type === 'code_inline' ? escapeText(child.content) : '';
    })
    .join('');
}

const holdsMarkup = (child: Token): boolean =>
  child.type === 'html_inline' || (child.type === 'text' && /<[a-z!/?]/iu.test(child.content));

/** An inline run's words, one string per source line. Markup tokens carry no words, nor does an image: its description is not the text's. */
function sourceRows(inline: Token): string[] {
  const children = inline.children ?? [];
  if (children.some(holdsMarkup)) return htmlToLines(inlineAsHtml(children)).map((l) => l.text);
  const rows = [''];
  for (const child of children) {
    if (child.type === 'softbreak' || child.type === 'hardbreak') rows.push('');
    else if (child.type === 'text' || child.type === 'text_special' || child.type === 'code_inline') {
      rows[rows.length - 1] += child.content;
    }
  }
  return rows;
}

class ParagraphCollector {
  readonly lines: SourceLine[] = [];
  private text = '';

  /**
   * A paragraph's lines join, except that a numbered heading line (`一、…`) stands
   * alone even without blank lines around it: Chinese Markdown is often written one
   * paragraph per line, which CommonMark reads as one paragraph.
   */
  paragraph(rows: string[], prefix = ''): void {
    rows.forEach((row, i) => {
      const text = i === 0 ? prefix + row : row;
      if (i > 0 && (readMarker(text.trim()) !== null || this.holdsHeading())) this.flush();
      this.text = joinText(this.text, text);
    });
    this.flush();
  }

  private holdsHeading(): boolean {
    const heading = detectHeading(this.text.trim());
    return heading !== null && heading.rest === null;
  }

  private flush(): void {
    this.push(this.text);
    this.text = '';
  }

  push(text: string, hint?: SourceLine['hint']): void {
    const clean = cleanLine(text.replace(/\s+/gu, ' '));
    if (clean !== '') this.lines.push(hint ? { text: clean, hint } : { text: clean });
  }
}

/**
 * Reduces Markdown to lines through a CommonMark parser: ATX and setext headings
 * carry their level, paragraphs, list items and table rows become lines, inline
 * markup goes and its words stay, an ordered item keeps its number (`1.` may be
 * a heading's), and raw HTML passes through the HTML reducer, so no markup survives.
 */
export function markdownToLines(markdown: string): SourceLine[] {
  const out = new ParagraphCollector();
  const tokens = parser.parse(markdown.replace(FRONT_MATTER, ''), {});
  let itemNumber = '';
  let row: string[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[++i];
        if (inline) out.push(sourceRows(inline).reduce(joinText, ''), headingHint(token.tag));
        break;
      }
      case 'list_item_open':
        itemNumber = token.info === '' ? '' : `${token.info}${token.markup} `;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        out.push((row ?? []).join(' '));
        row = null;
        break;
      case 'inline':
        if (row) row.push(sourceRows(token).reduce(joinText, ''));
        else out.paragraph(sourceRows(token), itemNumber);
        itemNumber = '';
        break;
      case 'fence':
      case 'code_block':
        for (const line of token.content.split(/\r\n|\r|\n/u)) out.push(line);
        break;
      case 'html_block':
        for (const line of htmlToLines(token.content)) out.push(line.text, line.hint);
        break;
    }
  }
  return out.lines;
}
