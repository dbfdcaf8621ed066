import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { serialize, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { SourceLine } from '../lines.ts';
import { attributeOf, childrenOf, depthOf, isElement, parseHtml, treeToLines, type HtmlNode } from './html-tree.ts';

/** Elements a site wraps around its pages: they say where you are, never what the page says. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'menu', 'menubar', 'search']);
/** Class and id words of the same furniture when a site marks it with divs; left to Readability to weigh. */
const FURNITURE_NAMES =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|breadcrumbs?|footer|sidebar|related|share|social|comments?|copyright|recommend(?:ed)?)(?:$|[\s_-])/iu;
/** Readability's verdict is taken only when it keeps this share of the page's text; a compilation of several articles is not one article. */
const MIN_KEPT = 0.6;
/** Deeper than any real page; such a tree is read whole rather than serialized for Readability. */
const MAX_READABLE_DEPTH = 400;

function insideArticle(element: T.Element): boolean {
  for (let p: HtmlNode | null = element.parentNode as HtmlNode | null; p && isElement(p); p = p.parentNode as HtmlNode | null) {
    if (p.tagName === 'article' || p.tagName === 'main') return true;
  }
  return false;
}

/** A nav anywhere, or a footer or aside of the site rather than of an article. */
function isMarkedFurniture(element: T.Element): boolean {
  if (FURNITURE_ROLES.has(attributeOf(element, 'role').toLowerCase())) return true;
  if (element.tagName === 'nav') return true;
  return FURNITURE_TAGS.has(element.tagName) && !insideArticle(element);
}

function isNamedFurniture(element: T.Element): boolean {
  return FURNITURE_NAMES.test(`${attributeOf(element, 'class')} ${attributeOf(element, 'id')}`);
}

interface Furniture {
  marked: T.Element[];
  named: boolean;
}

function findFurniture(root: HtmlNode): Furniture {
  const found: Furniture = { marked: [], named: false };
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) {
      if (isMarkedFurniture(node)) {
        found.marked.push(node);
        continue;
      }
      if (isNamedFurniture(node)) found.named = true;
    }
    stack.push(...childrenOf(node));
  }
  return found;
}

function detach(element: T.Element): void {
  const siblings = element.parentNode ? childrenOf(element.parentNode as HtmlNode) : [];
  const at = siblings.indexOf(element);
  if (at >= 0) siblings.splice(at, 1);
}

function textLength(lines: SourceLine[]): number {
  return lines.reduce((n, l) => n + l.text.length, 0);
}

/** Readability drops a heading that repeats the page's title; the heading run just above its first line is the document's title. */
function withHeadingsAbove(article: SourceLine[], page: SourceLine[]): SourceLine[] {
  const first = article[0];
  const at = first ? page.findIndex((l) => l.text === first.text) : -1;
  let from = at;
  while (from > 0 && page[from - 1]?.hint && !article.some((l) => l.text === page[from - 1]?.text)) from--;
  return at > from ? [...page.slice(from, at), ...article] : article;
}

/** Readability renames headings (an h1 becomes an h2); the page's own mark is the one that counts. */
function withPageHints(article: SourceLine[], page: SourceLine[]): SourceLine[] {
  const marks = new Map<string, SourceLine>();
  for (const line of page) if (!marks.has(line.text)) marks.set(line.text, line);
  return article.map((line) => marks.get(line.text) ?? line);
}

function readabilityLines(document: T.Document): SourceLine[] | null {
  const { document: dom } = parseHTML(serialize(document));
  const article = new Readability(dom).parse();
  return article?.content ? treeToLines(parseHtml(article.content)) : null;
}

/**
 * The text of a saved web page without the site around it. Navigation, site
 * footers and side columns marked as such are dropped; where the site marks its
 * furniture only by class names (related links, share bars), Mozilla's
 * Readability picks the article, unless that would leave out much of the page —
 * a compilation of speeches is several articles, and all of them are kept.
 */
export function savedPageToLines(html: string): SourceLine[] {
  const document = parseHtml(html);
  const furniture = findFurniture(document);
  if (furniture.marked.length === 0 && !furniture.named) return treeToLines(document);
  for (const element of furniture.marked) detach(element);
  const page = treeToLines(document);
  if (depthOf(document) > MAX_READABLE_DEPTH) return page;
  const article = readabilityLines(document);
  if (!article || textLength(article) < MIN_KEPT * textLength(page)) return page;
  return withHeadingsAbove(withPageHints(article, page), page);
}
