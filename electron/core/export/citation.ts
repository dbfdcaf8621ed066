import type { BriefingSummary, Speaker } from '@contract/contract.ts';

/** Where a briefing was published, when the organizer's copy says so (a newspaper page). */
export interface BriefingPublication {
  /** The newspaper, e.g. 工人日报. */
  name: string;
  /** `YYYY-MM-DD`. */
  date: string | null;
  /** The page (版次), e.g. `3`. */
  page: string | null;
}

/** What an export needs of a briefing; a `BriefingSummary` fits. */
export type ExportBriefing = Pick<BriefingSummary, 'id' | 'title' | 'sourceName' | 'importedAt'> & {
  publication?: BriefingPublication | null;
};

export interface CitedSpeech {
  title: string;
  unit: string | null;
  speaker: Speaker | null;
  briefing: ExportBriefing;
  /** ¶ the passage starts in; null for a note on the whole document. */
  paragraph: number | null;
}

/** `2024-08-06T01:30:00Z` → the importer's calendar day, where the import happened. */
export function localDay(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const stem = (fileName: string): string => {
  const base = fileName.split(/[\\/]/u).at(-1) ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
};

/** The entry's fields are joined with ". ", so one may not end in its own stop. */
const unstop = (text: string): string => text.trim().replace(/[.。．]+$/u, '');

/**
 * GB/T 7714-2015 for author: the speaker; an organisation may stand as author (8.1.1),
 * so a unit without a speaker is the author; with neither, 佚名. The speaker's unit is
 * kept in brackets because in an exchange meeting it says whose experience this is.
 */
function author(speech: CitedSpeech): string {
  const name = speech.speaker?.name.trim();
  const unit = speech.unit?.trim();
  if (name && unit) return `${name}（${unit}）`;
  return name || unit || '佚名';
}

/**
 * A speech cited in the manner of GB/T 7714-2015, with the ¶ as its locator (where a book
 * would give the page):
 *
 * - from a newspaper page, as an article in a newspaper [N]:
 *   `马巍安（西安高新区）. 凝心聚力 扩面提质…[N]. 工人日报, 2024-08-20(3): ¶12.`
 * - from a compiled pack with no publication data, as a part of a compilation [G] (汇编),
 *   the pack's title (or its file's name) as the container and, in square brackets as
 *   7714 marks a date of access, the day it was imported:
 *   `马巍安（西安高新区）. 凝心聚力…[G]//产业工人队伍建设改革推进会交流发言. [2024-08-06]: ¶12.`
 */
export function citeSpeech(speech: CitedSpeech): string {
  const head = `${unstop(author(speech))}. ${unstop(speech.title)}`;
  const publication = speech.briefing.publication;
  let entry: string;
  if (publication && publication.name.trim()) {
    const issue = [publication.date, publication.page ? `(${publication.page})` : ''].join('');
    entry = `${head}[N]. ${unstop(publication.name)}${issue ? `, ${issue}` : ''}`;
  } else {
    const container = unstop(speech.briefing.title?.trim() || stem(speech.briefing.sourceName));
    const day = localDay(speech.briefing.importedAt);
    entry = `${head}[G]//${container}${day ? `. [${day}]` : ''}`;
  }
  return `${entry}${speech.paragraph !== null ? `: ¶${speech.paragraph}` : ''}.`;
}
