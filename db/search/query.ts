import { foldUnits } from './fold.ts';

/**
 * A search box's text as terms that must all occur in a hit. Whitespace (ASCII or
 * ideographic) separates terms. ASCII double quotes are query syntax: they group
 * words, spaces included, into one term and are not searched for. Chinese quotation
 * marks are text: `“四个突出”` is one term that finds the quoted phrase, quotes and all,
 * while `四个突出` finds it with or without them.
 */
export function parseQuery(query: string): string[] {
  const terms: string[] = [];
  let term = '';
  let i = 0;
  const flush = (): void => {
    const trimmed = term.trim();
    if (trimmed !== '') terms.push(trimmed);
    term = '';
  };
  while (i < query.length) {
    const char = query[i]!;
    if (isAsciiQuote(char)) {
      const close = indexOfQuote(query, i + 1);
      // An unmatched quote is a slip of the finger, not a phrase.
      if (close >= 0) term += collapseSpaces(query.slice(i + 1, close));
      i = close >= 0 ? close + 1 : i + 1;
    } else if (char === '“' && query.includes('”', i + 1)) {
      const close = query.indexOf('”', i + 1);
      term += collapseSpaces(query.slice(i, close + 1));
      i = close + 1;
    } else if (/\s/u.test(char)) {
      flush();
      i++;
    } else {
      term += char;
      i++;
    }
  }
  flush();
  return terms;
}

function isAsciiQuote(char: string): boolean {
  return char === '"' || char === '＂';
}

function indexOfQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isAsciiQuote(text[i]!)) return i;
  return -1;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

export interface SearchTerm {
  text: string;
  /** The term folded as the index folds text (see fold.ts). */
  units: string[];
}

/** The distinct terms of a query, folded; none when the query holds nothing to find. */
export function searchTerms(query: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const text of parseQuery(query)) {
    const units = foldUnits(text);
    const key = units.join('');
    if (units.length === 0 || seen.has(key)) continue;
    seen.add(key);
    terms.push({ text, units });
  }
  return terms;
}

/**
 * The FTS5 MATCH expression for terms (at least one). Each term becomes one quoted
 * string of pairs, or a one-character prefix for a single unit. Folded units never
 * include ASCII other than letters and digits, so no user input can close a string
 * early or reach the FTS5 query syntax.
 */
export function matchExpression(terms: readonly SearchTerm[]): string {
  return terms.map(({ units }) => (units.length === 1 ? `"${units[0]}" *` : `"${pairsOf(units)}"`)).join(' AND ');
}

function pairsOf(units: readonly string[]): string {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < units.length; i++) pairs.push(units[i]! + units[i + 1]!);
  return pairs.join(' ');
}
