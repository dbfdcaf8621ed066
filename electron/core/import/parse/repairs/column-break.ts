import type { SourceLine } from '../lines.ts';
import type { RepairLog } from '../repair-log.ts';
import { excerpt, joinText } from '../text.ts';
import type { ImportNotice } from '../types.ts';
import { canContinueSentence, endsMidSentence } from './cut-sentence.ts';

const KEY_CHARS = 24;
const SHOWN_CHARS = 12;

/** Joins a paragraph that stops mid-sentence to the line that carries on with it. */
export function joinColumnBreaks(items: SourceLine[], log: RepairLog, notices: ImportNotice[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const item of items) {
    const prev = out.at(-1);
    if (prev && endsMidSentence(prev) && canContinueSentence(item)) {
      const key = `${excerpt(prev.text, KEY_CHARS, 'end')}\u0000${excerpt(item.text, KEY_CHARS)}`;
      const detail = {
        kind: 'join-column-break',
        tail: excerpt(prev.text, SHOWN_CHARS, 'end'),
        head: excerpt(item.text, SHOWN_CHARS),
      } as const;
      if (log.apply(notices, key, detail)) {
        out[out.length - 1] = { text: joinText(prev.text, item.text) };
        continue;
      }
    }
    out.push(item);
  }
  return out;
}
