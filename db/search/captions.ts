import type { Database } from 'better-sqlite3';
import { documentColumns, type DocumentRow } from '../queries/library.ts';
import { voicesByDocument, type Voice } from '../queries/voices.ts';
import { foldUnits } from './fold.ts';
import type { SearchTerm } from './query.ts';
import { makeSnippet, type Range } from './snippet.ts';
import { cachedStatement } from './statements.ts';

/**
 * Speakers' names, roles and units in the library search: `工会主席` finds the speeches
 * whose caption says so, and an interview whose guest or a turn's speaker is one. A
 * caption, with the participants and turn speakers, is a line per document, so
 * the documents' captions are kept folded per connection (until the library changes)
 * and matched here, term by term as the index matches text, instead of in the index.
 */

/** A document's caption as the search shows it: unit, speaker's name, role. */
export const captionOf = (d: Pick<DocumentRow, 'unit' | 'speakerName' | 'speakerRole'>): string =>
  [d.unit, d.speakerName, d.speakerRole].filter((part) => part !== null && part.trim() !== '').join(' ');

export interface CaptionFilter {
  briefingId?: number;
  unit?: string;
  speaker?: string;
  annotatedOnly?: boolean;
}

export interface CaptionHitRow {
  document: DocumentRow;
  snippet: string;
  ranges: Range[];
}

/** The caption, then each participant and turn speaker it does not name yet: who speaks in the document. */
export function voicesOf(document: Pick<DocumentRow, 'unit' | 'speakerName' | 'speakerRole'>, voices: readonly Voice[]): string {
  const parts = [captionOf(document)];
  for (const v of voices) {
    if (v.name !== '' && v.name === document.speakerName) continue;
    parts.push([v.unit, v.name, v.role].filter((part) => part !== null && part.trim() !== '').join(' '));
  }
  // One person from the next apart, as the caption's own unit, name and role are not.
  return parts.filter((part) => part !== '').join('；');
}

interface Captioned {
  document: DocumentRow;
  caption: string;
  folded: string;
}

const cache = new WeakMap<Database, { stamp: string; rows: Captioned[] }>();

/** Every document with its folded caption, in library order; read again once anything was written. */
function captioned(db: Database): Captioned[] {
  const stamp = `${String(db.pragma('data_version', { simple: true }))}:${String(cachedStatement(db, 'SELECT total_changes()').pluck().get())}`;
  const held = cache.get(db);
  if (held?.stamp === stamp) return held.rows;
  const documents = cachedStatement(
    db,
    `SELECT ${documentColumns} FROM documents d JOIN briefings b ON b.id = d.briefing_id ORDER BY b.imported_at DESC, b.id DESC, d.position`,
  ).all() as DocumentRow[];
  const voices = voicesByDocument(db);
  const rows = documents.map((document) => {
    const caption = voicesOf(document, voices.get(document.id) ?? []);
    return { document, caption, folded: foldUnits(caption).join('') };
  });
  cache.set(db, { stamp, rows });
  return rows;
}

/** The documents whose caption holds every term, in library order, the first `limit` with snippets. */
export function searchCaptions(db: Database, terms: readonly SearchTerm[], filter: CaptionFilter, limit: number): { total: number; hits: CaptionHitRow[] } {
  if (terms.length === 0) return { total: 0, hits: [] };
  const needles = terms.map((t) => t.units.join(''));
  const found = captioned(db).filter(
    ({ document: d, folded }) =>
      (filter.briefingId === undefined || d.briefingId === filter.briefingId) &&
      (filter.unit === undefined || d.unit === filter.unit) &&
      (filter.speaker === undefined || d.speakerName === filter.speaker) &&
      (!filter.annotatedOnly || d.annotationCount > 0) &&
      needles.every((n) => folded.includes(n)),
  );
  const units = terms.map((t) => t.units);
  return {
    total: found.length,
    hits: found.slice(0, limit).map(({ document, caption }) => {
      const { text, ranges } = makeSnippet(caption, units, 60);
      return { document, snippet: text, ranges };
    }),
  };
}
