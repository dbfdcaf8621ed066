import type { SourceLine } from '../lines.ts';
import { cleanLine } from '../text.ts';
import type { HeadingLevel } from '../types.ts';
import { decodeEntities } from './entities.ts';

/** Elements whose content is never text for the reader: code, styles, embedded documents. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes',
  'object', 'svg', 'math',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul', 'legend', 'body', 'html',
]);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just past the tag's `>`. */
  end: number;
}

/** Reads a tag at `<`, skipping quoted attribute values, which may hold `>`. Attributes are never kept. */
function readTag(html: string, at: number): Tag | null {
  const m = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/u.exec(html.slice(at, at + 64));
  if (!m || m[2] === undefined) return null;
  let i = at + m[0].length;
  let quote: string | null = null;
  for (; i < html.length; i++) {
    const ch = html[i];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '>') {
      return { name: m[2].toLowerCase(), closing: m[1] === '/', selfClosing: html[i - 1] === '/', end: i + 1 };
    }
  }
  return { name: m[2].toLowerCase(), closing: m[1] === '/', selfClosing: false, end: html.length };
}

/** Skips past `</name ...>`, or to the end when the element is never closed. */
function skipElement(html: string, name: string, from: number): number {
  const close = new RegExp(`</${name}[\\s/>]`, 'giu');
  close.lastIndex = from;
  const m = close.exec(html);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt < 0 ? html.length : gt + 1;
}

function skipMarkup(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    return end < 0 ? html.length : end + 3;
  }
  const end = html.indexOf('>', at);
  return end < 0 ? html.length : end + 1;
}

function headingHint(name: string): SourceLine['hint'] {
  const depth = Number(name.slice(1));
  if (depth === 1) return { kind: 'title' };
  return { kind: 'heading', level: Math.min(depth - 1, 4) as HeadingLevel };
}

class LineCollector {
  readonly lines: SourceLine[] = [];
  private text = '';
  private hint: SourceLine['hint'];

  append(text: string): void {
    this.text += text;
  }

  flush(): void {
    const text = cleanLine(this.text.replace(/[\s\u00a0]+/gu, ' '));
    if (text !== '') this.lines.push(this.hint ? { text, hint: this.hint } : { text });
    this.text = '';
    this.hint = undefined;
  }

  startHeading(hint: SourceLine['hint']): void {
    this.flush();
    this.hint = hint;
  }
}

/**
 * Reduces HTML to lines of plain text. Nothing of the markup survives: tags and
 * attributes (event handlers, `javascript:` links, images) are dropped, scripts
 * and styles go with their content, and entities are decoded into characters
 * that are only ever shown as text.
 */
export function htmlToLines(html: string): SourceLine[] {
  const out = new LineCollector();
  let i = 0;
  let pre = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const chunk = html.slice(i, lt < 0 ? html.length : lt);
    if (chunk !== '') {
      const text = decodeEntities(chunk);
      if (pre > 0) {
        const [first = '', ...more] = text.split(/\r\n|\r|\n/u);
        out.append(first);
        for (const line of more) {
          out.flush();
          out.append(line);
        }
      } else {
        out.append(text);
      }
    }
    if (lt < 0) break;
    const next = html[lt + 1];
    if (next === '!' || next === '?') {
      i = skipMarkup(html, lt);
      continue;
    }
    const tag = readTag(html, lt);
    if (!tag) {
      out.append('<');
      i = lt + 1;
      continue;
    }
    i = tag.end;
    if (!tag.closing && !tag.selfClosing && DROPPED.has(tag.name)) {
      i = skipElement(html, tag.name, i);
      continue;
    }
    if (tag.name === 'pre') pre = Math.max(0, pre + (tag.closing ? -1 : 1));
    if (/^h[1-6]$/u.test(tag.name)) {
      if (tag.closing) out.flush();
      else out.startHeading(headingHint(tag.name));
    } else if (BLOCKS.has(tag.name)) {
      out.flush();
    }
  }
  out.flush();
  return out.lines;
}
