import type { DocumentKind, TurnSpeaker } from '@contract/contract.ts';
import type { OrganizerNote } from '../../packs/pack-format.ts';

/**
 * What the importer makes of a file before anything is stored. The shape is the
 * one `briefing import --dry-run --json` prints, so it is a public format: keep
 * additions optional.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export type { DocumentKind, TurnSpeaker } from '@contract/contract.ts';

export type ParsedBlock =
  | { kind: 'heading'; level: HeadingLevel; text: string }
  | { kind: 'paragraph'; text: string; speaker?: TurnSpeaker };

export interface ImportNotice {
  /**
   * Identifies this one repair across re-parses of the same text, so the review
   * can undo it by parsing again with the id in `ParseOptions.skip`.
   */
  id: string;
  /** Stable machine name of the repair or finding, e.g. `join-column-break`. */
  kind: string;
  /** One sentence for the user, in the locale the parse was asked for. */
  message: string;
}

export interface Speaker {
  name: string;
  role: string | null;
}

/** Someone taking part: a guest, a host, an interviewer (who may be a role with an empty name). */
export interface Participant {
  name: string;
  role: string | null;
  unit: string | null;
}

/** Who wrote, reported or edited the piece (`本报记者`, `整理`): metadata, not a speaker. */
export interface Author {
  name: string;
  role: string | null;
}

/** Where the page was printed: `《人民日报》（2025年03月08日第 05 版）`. */
export interface PrintSource {
  publication: string;
  /** ISO date, `2025-03-08`. */
  date: string | null;
  page: number | null;
}

export interface ParsedDocument {
  title: string;
  unit: string | null;
  speaker: Speaker | null;
  blocks: ParsedBlock[];
  notices: ImportNotice[];
  kind?: DocumentKind;
  participants?: Participant[];
  authors?: Author[];
  source?: PrintSource | null;
  /** How well the chosen reading of the page explains this document's opening, 0–1. */
  confidence?: number;
}

/** Another way to read the page, close enough to the chosen one that the review should offer it. */
export interface ReadingAlternative {
  reading: string;
  documents: number;
  score: number;
}

export interface ParsedBriefing {
  title: string | null;
  preface: string | null;
  notices: ImportNotice[];
  documents: ParsedDocument[];
  /** Photo credits and editor lines taken out of the text (`□本版图片由…摄`, `责任编辑：…`). */
  credits?: string[];
  /** The chosen reading of the page's layout and the runners-up worth a look. */
  reading?: { chosen: string; score: number; alternatives: ReadingAlternative[] };
  /** A `.briefing` pack's notes by whoever prepared it, stored with the briefing. */
  organizerNotes?: OrganizerNote[];
}

export type Locale = 'zh-CN' | 'en';

export interface ParseOptions {
  locale?: Locale;
  /** Notice ids whose repairs the user undid in the review. */
  skip?: ReadonlySet<string>;
  /** Title for a text that has no title line of its own, usually the file name. */
  fallbackTitle?: string;
  /** Told how far reading has come (pages of a PDF), so a long import can show progress. */
  onProgress?: (done: number, total: number) => void;
}
