import type { BriefingSummary, DocumentSummary, ReadingPosition } from '@contract/contract.ts';
import { briefingTitle } from '@contract/rules/titles.ts';
import { foldForFind } from './reader/find.ts';

export const librarySorts = ['newest', 'oldest', 'title'] as const;
export type LibrarySort = (typeof librarySorts)[number];

export interface BriefingGroup {
  briefing: BriefingSummary;
  documents: DocumentSummary[];
}


function matches(doc: DocumentSummary, briefing: BriefingSummary, needle: string): boolean {
  const voices = (doc.voices ?? []).flatMap((v) => [v.name, v.role, v.unit]);
  const fields = [doc.title, doc.unit, doc.speaker?.name, doc.speaker?.role, ...voices, briefingTitle(briefing)];
  return fields.some((f) => f != null && foldForFind(f).includes(needle));
}

/**
 * The library as shown: briefings in the chosen order, each with the documents that pass
 * the filter (title, unit, speaker, a participant or turn speaker, or briefing title, ignoring Latin case); briefings left
 * without documents are dropped. A title order sorts documents too, by the collator given.
 */
export function arrangeLibrary(
  briefings: readonly BriefingSummary[],
  documents: readonly DocumentSummary[],
  options: { sort: LibrarySort; query: string; collator: Intl.Collator },
): BriefingGroup[] {
  const needle = foldForFind(options.query.trim());
  const byImport = (a: BriefingSummary, b: BriefingSummary) => a.importedAt.localeCompare(b.importedAt) || a.id - b.id;
  const order: Record<LibrarySort, (a: BriefingSummary, b: BriefingSummary) => number> = {
    newest: (a, b) => byImport(b, a),
    oldest: byImport,
    title: (a, b) => options.collator.compare(briefingTitle(a), briefingTitle(b)) || byImport(b, a),
  };
  const docOrder =
    options.sort === 'title'
      ? (a: DocumentSummary, b: DocumentSummary) => options.collator.compare(a.title, b.title) || a.position - b.position
      : (a: DocumentSummary, b: DocumentSummary) => a.position - b.position;
  return [...briefings]
    .sort(order[options.sort])
    .map((briefing) => ({
      briefing,
      documents: documents.filter((d) => d.briefing.id === briefing.id && (needle === '' || matches(d, briefing, needle))).sort(docOrder),
    }))
    .filter((g) => g.documents.length > 0 || (needle === '' && g.briefing.documentCount === 0));
}

export interface Progress {
  paragraph: number;
  paragraphCount: number;
  /** Whole percent of the paragraphs reached; null for a document without paragraphs. */
  percent: number | null;
}

export function progressOf(position: ReadingPosition): Progress {
  const { paragraph, paragraphCount } = position;
  return { paragraph, paragraphCount, percent: paragraphCount > 0 ? Math.round((paragraph / paragraphCount) * 100) : null };
}
