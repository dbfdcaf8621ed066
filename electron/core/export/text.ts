import { labelsFor } from './labels.ts';
import type { ExportModel } from './model.ts';
import { Progress, stepsFor, type RenderOptions } from './progress.ts';
import { coverLines, groupView, itemView, printedItems, reflectionParagraphs } from './view.ts';

/** Full-width spaces: Chinese plain text indents by characters. */
const INDENT = '　　';

/** Lines after the first sit under the text, past the label. */
const labelled = (label: string, lines: string[]): string[] =>
  lines.map((line, i) => `${INDENT}${i === 0 ? label : '　'.repeat(label.length)}${line}`);

/** Plain text, laid out with indents and blank lines so it reads in any editor or e-mail. */
export async function renderText(model: ExportModel, options: RenderOptions = {}): Promise<string> {
  const labels = labelsFor(model.locale);
  const progress = new Progress(stepsFor(printedItems(model)), options);
  const blocks: string[][] = [[model.cover.title, ...coverLines(model.cover, labels).map((l) => `${l.label}${labels.colon}${l.value}`)]];
  for (const [g, group] of model.groups.entries()) {
    const view = groupView(group, g, labels);
    blocks.push([`${view.number}${view.title}`, ...(view.byline ? [view.byline] : [])]);
    for (const item of group.items) {
      const v = itemView(item, model, labels);
      // The mark leads the passage — 【黄色高亮】 — since a passage may hold quotation marks of its own.
      const mark = v.mark ? `【${v.mark}】` : '';
      const quote = v.quote.length > 0 ? labelled(mark, v.quote) : mark ? [`${INDENT}${mark}`] : [];
      blocks.push([v.place, ...quote, `${INDENT}${v.source}`, ...labelled(labels.note + labels.colon, v.note), ...(v.meta ? [`${INDENT}${v.meta}`] : [])]);
      await progress.step();
    }
  }
  if (model.groups.length === 0) blocks.push([labels.noNotes]);
  const reflection = reflectionParagraphs(model);
  if (reflection.length > 0) blocks.push([labels.reflection, ...reflection.map((line) => `${INDENT}${line}`)]);
  progress.finish();
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

/**
 * The bytes of a .txt for Windows: a UTF-8 byte-order mark, without which Notepad before
 * Windows 10 1903 reads the file as GBK and shows mojibake, and CRLF line ends.
 */
export function textFileBytes(text: string): Uint8Array {
  return new TextEncoder().encode(`\ufeff${text.replace(/\n/gu, '\r\n')}`);
}
