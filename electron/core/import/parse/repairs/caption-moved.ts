import { parseCaption } from '../captions.ts';
import type { SourceLine } from '../lines.ts';
import type { RepairLog } from '../repair-log.ts';
import { joinText } from '../text.ts';
import type { ImportNotice, Speaker } from '../types.ts';
import { canContinueSentence, endsMidSentence } from './cut-sentence.ts';

export interface CaptionMove {
  items: SourceLine[];
  speaker: Speaker | null;
  /**
   * Where the caption stood when it did not cut a sentence: the page's layout
   * broke there, which is the evidence that lets sections be put back in order.
   */
  seam: number | null;
}

/**
 * A caption printed inside the body belongs to the speaker fields. When it fell
 * into the middle of a sentence, the two halves are joined again.
 */
export function moveCaption(items: SourceLine[], log: RepairLog, notices: ImportNotice[]): CaptionMove {
  const at = items.findIndex((item) => item.hint === undefined && parseCaption(item.text) !== null);
  const line = items[at];
  const speaker = line ? parseCaption(line.text) : null;
  if (!line || !speaker) return { items, speaker: null, seam: null };

  const before = items[at - 1];
  const after = items[at + 1];
  const rejoined = before !== undefined && after !== undefined && endsMidSentence(before) && canContinueSentence(after);
  if (!log.apply(notices, line.text, { kind: 'caption-moved', caption: line.text, rejoined })) {
    return { items, speaker: null, seam: null };
  }
  if (rejoined) {
    const joined = { text: joinText(before.text, after.text) };
    return { items: [...items.slice(0, at - 1), joined, ...items.slice(at + 2)], speaker, seam: null };
  }
  const rest = [...items.slice(0, at), ...items.slice(at + 1)];
  return { items: rest, speaker, seam: at > 0 && at < rest.length ? at : null };
}
