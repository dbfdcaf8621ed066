import { isCreditLine } from '../captions.ts';
import type { SourceLine } from '../lines.ts';
import type { RepairLog } from '../repair-log.ts';
import type { ImportNotice } from '../types.ts';

export interface CreditsRemoved {
  lines: SourceLine[];
  credits: string[];
}

/** Photo credits and editor lines describe the page, not the speech they happen to sit in. */
export function removeCredits(lines: SourceLine[], log: RepairLog, notices: ImportNotice[]): CreditsRemoved {
  const kept: SourceLine[] = [];
  const credits: string[] = [];
  for (const line of lines) {
    if (line.hint === undefined && isCreditLine(line.text) && log.apply(notices, line.text, { kind: 'credit-removed', credit: line.text })) {
      credits.push(line.text);
    } else {
      kept.push(line);
    }
  }
  return { lines: kept, credits };
}
