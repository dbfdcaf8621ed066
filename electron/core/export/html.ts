import { labelsFor, type Labels } from './labels.ts';
import type { ExportTemplate } from './layout.ts';
import type { ExportItem, ExportModel } from './model.ts';
import { Progress, stepsFor, type RenderOptions } from './progress.ts';
import { stylesheet } from './html-css.ts';
import { coverLines, coverRows, groupView, itemView, markAndMeta, printedItems, reflectionParagraphs, type GroupView, type ItemView } from './view.ts';

export interface HtmlOptions extends RenderOptions {
  template: ExportTemplate;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values alike: nothing the trainee typed becomes markup. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/gu, (ch) => ESCAPES[ch]!);

const HEX_COLOR = /^#[0-9a-f]{6}$/iu;

const p = (className: string, text: string): string => `<p class="${className}">${escapeHtml(text)}</p>`;

/** As in Word, the official template keeps its headings black; the handout shows a tag's colour. */
function groupHtml(view: GroupView, template: ExportTemplate): string {
  const swatch = template === 'handout' && view.tagColor && HEX_COLOR.test(view.tagColor) ? `<span class="swatch" style="color: ${view.tagColor}">■</span> ` : '';
  const byline = view.byline ? p('byline', view.byline) : '';
  return `<h2>${escapeHtml(view.number)}${swatch}${escapeHtml(view.title)}</h2>${byline}`;
}

function itemHtml(item: ExportItem, view: ItemView, labels: Labels): string {
  const classes = ['item', `mark-${item.color ?? 'none'}`, `style-${item.style ?? 'none'}`, `kind-${item.kind}`].join(' ');
  const quote = view.quote.length > 0 ? `<blockquote class="quote">${view.quote.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</blockquote>` : '';
  const note =
    view.note.length > 0
      ? `<div class="note">${view.note
          .map((line, i) => `<p>${i === 0 ? `<span class="label">${escapeHtml(labels.note + labels.colon)}</span>` : ''}${escapeHtml(line)}</p>`)
          .join('')}</div>`
      : '';
  const meta = markAndMeta(view) ? p('meta', markAndMeta(view)) : '';
  // A date is not to be broken at its hyphens.
  const source = `<p class="source">${escapeHtml(view.source).replace(/\d{4}-\d{2}-\d{2}/gu, '<span class="nobr">$&</span>')}</p>`;
  return `<article class="${classes}"><h3>${escapeHtml(view.place)}</h3>${quote}${source}${note}${meta}</article>`;
}

/**
 * The printable page: one self-contained document (inline CSS, local fonts only, no
 * script, nothing fetched — the CSP says so too), which Chromium prints to PDF.
 */
export async function renderHtml(model: ExportModel, options: HtmlOptions): Promise<string> {
  const labels = labelsFor(model.locale);
  const progress = new Progress(stepsFor(printedItems(model)), options);
  const parts: string[] = [];
  const cover = coverRows(coverLines(model.cover, labels), options.template).map((row) =>
    p('cover-line', row.map((line) => `${line.label}${labels.colon}${line.value}`).join('　　')),
  );
  parts.push(`<header class="cover"><h1>${escapeHtml(model.cover.title)}</h1>${cover.join('')}</header><main>`);
  for (const [g, group] of model.groups.entries()) {
    parts.push(`<section class="group">${groupHtml(groupView(group, g, labels), options.template)}`);
    for (const item of group.items) {
      parts.push(itemHtml(item, itemView(item, model, labels), labels));
      await progress.step();
    }
    parts.push('</section>');
  }
  if (model.groups.length === 0) parts.push(p('empty', labels.noNotes));
  const reflection = reflectionParagraphs(model);
  if (reflection.length > 0) {
    parts.push(`<section class="reflection"><h2>${escapeHtml(labels.reflection)}</h2>${reflection.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</section>`);
  }
  parts.push('</main>');
  const html = `<!doctype html>
<html lang="${model.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(model.cover.title)}</title>
<style>${stylesheet(options.template)}</style>
</head>
<body class="${options.template}">
${parts.join('\n')}
</body>
</html>
`;
  progress.finish();
  return html;
}
