import type { ImportFailureReason, Locale, ParsedBriefing } from '../parse/index.ts';

export interface ParseRequest {
  bytes: Uint8Array;
  fileName: string;
  locale: Locale;
  skip: string[];
}

export type WorkerMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; parsed: ParsedBriefing }
  | { type: 'failed'; reason: ImportFailureReason; detail?: string };
