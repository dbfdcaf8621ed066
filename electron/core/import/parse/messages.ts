import type { Locale } from './types.ts';

export type RepairDetail =
  | { kind: 'join-column-break'; tail: string; head: string }
  | { kind: 'caption-moved'; caption: string; rejoined: boolean }
  | { kind: 'credit-removed'; credit: string }
  | { kind: 'sections-reordered'; printedOrder: string[] }
  | { kind: 'orphan-joined'; orphan: string; tail: string }
  | { kind: 'punctuation-normalized'; count: number };

function zh(d: RepairDetail): string {
  switch (d.kind) {
    case 'join-column-break':
      return `已接合被分栏截断的段落：“…${d.tail}”与“${d.head}…”。`;
    case 'caption-moved':
      return d.rejoined
        ? `已将正文中的讲话人说明“${d.caption}”移入讲话人信息，并接合被它隔断的句子。`
        : `已将正文中的讲话人说明“${d.caption}”移入讲话人信息。`;
    case 'credit-removed':
      return `已将图片署名或编辑信息“${d.credit}”移出正文。`;
    case 'sections-reordered':
      return `已按标题序号重排印刷顺序错乱的部分（原顺序：${d.printedOrder.join('、')}）。`;
    case 'orphan-joined':
      return `已将孤立的句尾“${d.orphan}”接回被截断的句子“…${d.tail}”。`;
    case 'punctuation-normalized':
      return `已规范 ${d.count} 处标点和空格（汉字旁的半角标点改为全角，删除汉字之间多余的空格）。`;
  }
}

function en(d: RepairDetail): string {
  switch (d.kind) {
    case 'join-column-break':
      return `Joined a paragraph cut by a column break: “…${d.tail}” + “${d.head}…”.`;
    case 'caption-moved':
      return d.rejoined
        ? `Moved the speaker caption “${d.caption}” out of the text into the speaker fields and rejoined the sentence it cut.`
        : `Moved the speaker caption “${d.caption}” out of the text into the speaker fields.`;
    case 'credit-removed':
      return `Moved the photo credit or editor line “${d.credit}” out of the text.`;
    case 'sections-reordered':
      return `Put sections printed out of order back in the order of their numbers (printed order: ${d.printedOrder.join(', ')}).`;
    case 'orphan-joined':
      return `Joined the stray fragment “${d.orphan}” to the sentence it completes (“…${d.tail}”).`;
    case 'punctuation-normalized':
      return d.count === 1
        ? 'Normalized 1 punctuation mark or space (half-width punctuation beside Chinese made full-width, stray spaces between Chinese characters removed).'
        : `Normalized ${d.count} punctuation marks and spaces (half-width punctuation beside Chinese made full-width, stray spaces between Chinese characters removed).`;
  }
}

export function repairMessage(detail: RepairDetail, locale: Locale): string {
  return locale === 'en' ? en(detail) : zh(detail);
}
