import { say, type Localized } from '@contract/messages/index.ts';
import type { Locale } from './types.ts';

export type RepairDetail =
  | { kind: 'join-column-break'; tail: string; head: string }
  | { kind: 'caption-moved'; caption: string; rejoined: boolean }
  | { kind: 'credit-removed'; credit: string }
  | { kind: 'sections-reordered'; printedOrder: string[] }
  | { kind: 'orphan-joined'; orphan: string; tail: string }
  | { kind: 'punctuation-normalized'; count: number };

/** The catalogue's message for a repair, with its parameters. */
function sayRepair(d: RepairDetail): Localized {
  switch (d.kind) {
    case 'join-column-break':
      return say('repairs', d.kind, { tail: d.tail, head: d.head });
    case 'caption-moved':
      return say('repairs', d.rejoined ? 'caption-moved-rejoined' : 'caption-moved', { caption: d.caption });
    case 'credit-removed':
      return say('repairs', d.kind, { credit: d.credit });
    case 'sections-reordered':
      return say('repairs', d.kind, { order: { 'zh-CN': d.printedOrder.join('、'), en: d.printedOrder.join(', ') } });
    case 'orphan-joined':
      return say('repairs', d.kind, { orphan: d.orphan, tail: d.tail });
    case 'punctuation-normalized':
      return say('repairs', d.count === 1 ? 'punctuation-normalized-one' : 'punctuation-normalized', { count: d.count });
  }
}

export function repairMessage(detail: RepairDetail, locale: Locale): string {
  return sayRepair(detail)[locale];
}
