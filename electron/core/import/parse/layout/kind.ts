import type { DocumentKind } from '../types.ts';

export interface KindEvidence {
  title: string;
  hasSpeaker: boolean;
  /** A role label (记者, 主持人, Q) asked, a guest list or a `——访…` subtitle was read. */
  interviewed: boolean;
  signed: number;
  labelled: number;
  kickerSpeaker: boolean;
  datelined: boolean;
  /** The speaker is the piece's one writer, named in its byline. */
  written: boolean;
  paragraphs: number;
}

const REPORT_TITLE = /报告|公报|纪要|白皮书/u;
/** A statement is a short piece: a few paragraphs in someone's name. */
const STATEMENT_PARAGRAPHS = 6;

export function kindOf(e: KindEvidence): DocumentKind {
  if (e.interviewed) return 'interview';
  if (e.datelined || (REPORT_TITLE.test(e.title) && e.hasSpeaker)) return 'report';
  if (e.signed > 0 || (e.kickerSpeaker && e.paragraphs <= STATEMENT_PARAGRAPHS)) return 'statement';
  if (!e.written && (e.hasSpeaker || e.labelled > 0)) return 'speech';
  return 'article';
}
