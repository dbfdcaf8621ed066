import { labelsFor } from './labels.ts';
import type { ExportModel } from './model.ts';
import { Progress, stepsFor, type RenderOptions } from './progress.ts';
import { coverLines, groupView, itemView, markAndMeta, printedItems, reflectionParagraphs } from './view.ts';

/**
 * Escapes what CommonMark would read as markup, and no more, so the file still reads
 * plainly in a text editor (a citation's `[G]` stays as it is): emphasis, code, links,
 * HTML and tables anywhere; headings, quotes, lists and rules only where a line starts.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_<>|~]/gu, (ch) => `\\${ch}`)
    // A bracket opens a link only before `](`, `][`, or (a definition) `]:` at a line's start.
    .replace(/\[(?=[^\]]*\][([])/gu, '\\[')
    .replace(/^(\s*)\[(?=[^\]]*\]:)/u, '$1\\[')
    .replace(/&(?=#?\w+;)/gu, '\\&')
    .replace(/^(\s*)([#+=-])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/u, '$1\\$2');
}

/**
 * Markdown (CommonMark): headings for the cover, documents and passages; quotes as block
 * quotes. The label's colon stays outside `**…**`: a closing `**` after a full-width
 * colon and before a Chinese character is not right-flanking, so it would not close.
 */
export async function renderMarkdown(model: ExportModel, options: RenderOptions = {}): Promise<string> {
  const labels = labelsFor(model.locale);
  const progress = new Progress(stepsFor(printedItems(model)), options);
  const blocks: string[] = [`# ${escapeMarkdown(model.cover.title)}`];
  const cover = coverLines(model.cover, labels);
  if (cover.length > 0) blocks.push(cover.map((line) => `- ${escapeMarkdown(line.label)}${labels.colon}${escapeMarkdown(line.value)}`).join('\n'));
  for (const [g, group] of model.groups.entries()) {
    const view = groupView(group, g, labels);
    blocks.push(`## ${escapeMarkdown(view.number + view.title)}`);
    if (view.byline) blocks.push(escapeMarkdown(view.byline));
    for (const item of group.items) {
      const v = itemView(item, model, labels);
      blocks.push(`### ${escapeMarkdown(v.place)}`);
      if (v.quote.length > 0) blocks.push(v.quote.map((line) => `> ${escapeMarkdown(line)}`).join('\n>\n'));
      blocks.push(escapeMarkdown(v.source));
      v.note.forEach((line, i) => blocks.push(`${i === 0 ? `**${escapeMarkdown(labels.note)}**${labels.colon}` : ''}${escapeMarkdown(line)}`));
      if (markAndMeta(v)) blocks.push(`*${escapeMarkdown(markAndMeta(v))}*`);
      await progress.step();
    }
  }
  if (model.groups.length === 0) blocks.push(escapeMarkdown(labels.noNotes));
  const reflection = reflectionParagraphs(model);
  if (reflection.length > 0) blocks.push(`## ${escapeMarkdown(labels.reflection)}`, ...reflection.map(escapeMarkdown));
  progress.finish();
  return `${blocks.join('\n\n')}\n`;
}
