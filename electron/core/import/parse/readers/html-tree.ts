import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { SourceLine } from '../lines.ts';
import { cleanLine } from '../text.ts';
import type { HeadingLevel } from '../types.ts';

export type HtmlNode = T.ChildNode | T.Document;

/** Elements whose content is never text for the reader: code, styles, embedded documents. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes',
  'object', 'svg', 'math', 'head',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'legend', 'body',
  'html',
]);

/**
 * Parses like a browser (WHATWG tree construction): unclosed tags, stray `<`, a
 * `<script>` never closed and entities all end as a browser would end them.
 */
export function parseHtml(html: string): T.Document {
  return parse(html);
}

export function isElement(node: HtmlNode): node is T.Element {
  return 'tagName' in node;
}

export function childrenOf(node: HtmlNode): T.ChildNode[] {
  return 'childNodes' in node ? node.childNodes : [];
}

export function attributeOf(element: T.Element, name: string): string {
  return element.attrs.find((a) => a.name === name)?.value ?? '';
}

function headingHint(name: string): SourceLine['hint'] | null {
  if (!/^h[1-6]$/u.test(name)) return null;
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
 * Reduces a parsed tree to lines of plain text. Only text nodes are read: tags and
 * attributes (event handlers, `javascript:` links, images) never reach a line, and
 * scripts and styles go with their content. Walked with a stack, not recursion,
 * so a file of 100,000 nested tags cannot overflow it.
 */
export function treeToLines(root: HtmlNode): SourceLine[] {
  const out = new LineCollector();
  const stack: { node: HtmlNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  let pre = 0;
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeName === '#text') {
      appendText(out, (node as T.TextNode).value, pre > 0);
      continue;
    }
    if (!isElement(node)) {
      if (node.nodeName === '#document') pushChildren(stack, node);
      continue;
    }
    const name = node.tagName;
    if (DROPPED.has(name)) continue;
    const heading = headingHint(name);
    if (leaving) {
      if (name === 'pre') pre--;
      if (heading || BLOCKS.has(name)) out.flush();
      continue;
    }
    if (heading) out.startHeading(heading);
    else if (BLOCKS.has(name)) out.flush();
    if (name === 'pre') pre++;
    stack.push({ node, leaving: true });
    pushChildren(stack, node);
  }
  out.flush();
  return out.lines;
}

function pushChildren(stack: { node: HtmlNode; leaving: boolean }[], node: HtmlNode): void {
  const children = childrenOf(node);
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
}

function appendText(out: LineCollector, text: string, pre: boolean): void {
  if (!pre) {
    out.append(text);
    return;
  }
  const [first = '', ...more] = text.split(/\r\n|\r|\n/u);
  out.append(first);
  for (const line of more) {
    out.flush();
    out.append(line);
  }
}

/** How deep the tree goes, counted without recursion. */
export function depthOf(root: HtmlNode): number {
  let deepest = 0;
  const stack: [HtmlNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of childrenOf(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}
