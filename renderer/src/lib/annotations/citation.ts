import type { Locale, Speaker } from '@contract/contract.ts';

export interface CitationSource {
  title: string;
  speaker: Speaker | null;
  unit: string | null;
  paragraphs: { first: number; last: number } | null;
}

const pilcrow = (p: { first: number; last: number }) => (p.first === p.last ? `¶${p.first}` : `¶${p.first}–${p.last}`);

/**
 * A quote as trainees cite it in a report: the words in quotation marks, then the speaker,
 * the unit, the title and the ¶ — e.g. `“…”（马巍安，西安高新区，《…》，¶12）`. Paragraph
 * breaks inside the quote become spaces, so the citation stays one line of running text.
 */
export function quoteCitation(quote: string, source: CitationSource, locale: Locale): string {
  const words = quote.replace(/\s*\n\s*/g, ' ').trim();
  const parts = [source.speaker?.name, source.unit, locale === 'zh-CN' ? `《${source.title}》` : `“${source.title}”`];
  if (source.paragraphs) parts.push(pilcrow(source.paragraphs));
  const named = parts.filter((p): p is string => !!p);
  return locale === 'zh-CN' ? `“${words}”（${named.join('，')}）` : `“${words}” (${named.join(', ')})`;
}

/**
 * A selection as a library search: one phrase, since the search splits on spaces and a
 * quote should be found as it stands ("…" keeps spaces in one term). Long selections are
 * cut; their start finds the passage.
 */
export function searchPhrase(text: string, max = 100): string {
  const flat = text.replaceAll('"', ' ').replace(/\s+/g, ' ').trim().slice(0, max).trim();
  return flat.includes(' ') ? `"${flat}"` : flat;
}
