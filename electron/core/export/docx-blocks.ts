/** The paragraphs of each part of an export, in the template's faces. */
import { AlignmentType, BorderStyle, HeadingLevel, Paragraph } from 'docx';
import type { Labels } from './labels.ts';
import type { ExportItem } from './model.ts';
import { swatchOf } from './palette.ts';
import { coverRows, markAndMeta, type CoverLine, type GroupView, type ItemView } from './view.ts';
import { indent2, lines, markedRun, quoteMark, run, type WordStyle } from './docx-styles.ts';

const official = (style: WordStyle): boolean => style.layout.template === 'official';

export function coverParagraphs(style: WordStyle, title: string, cover: CoverLine[], labels: Labels): Paragraph[] {
  const after = official(style) ? style.layout.linePt : 6;
  const heading = new Paragraph({
    heading: HeadingLevel.TITLE,
    alignment: AlignmentType.CENTER,
    spacing: lines(style, 'title', 0, after),
    children: [run(style, 'title', title)],
  });
  const rows = coverRows(cover, style.layout.template);
  const rule = official(style) ? {} : { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '999999', space: 4 } } };
  return [
    heading,
    ...rows.map((row, r) => {
      const last = r === rows.length - 1;
      return new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: lines(style, 'cover', 0, last ? after : 0),
        ...(last ? rule : {}),
        children: row.flatMap((line, i) => [...(i > 0 ? [run(style, 'cover', '　　')] : []), run(style, 'cover', `${line.label}${labels.colon}${line.value}`)]),
      });
    }),
  ];
}

export function groupParagraphs(style: WordStyle, view: GroupView): Paragraph[] {
  const swatch = view.tagColor && !official(style) ? [run(style, 'heading1', '■ ', { color: view.tagColor.slice(1) })] : [];
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    keepNext: true,
    spacing: lines(style, 'heading1', official(style) ? 0 : 10, official(style) ? 0 : 2),
    ...(official(style)
      ? { indent: indent2(style, 'heading1') }
      : { border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB', space: 2 } } }),
    children: [run(style, 'heading1', view.number), ...swatch, run(style, 'heading1', view.title)],
  });
  if (!view.byline) return [heading];
  const byline = new Paragraph({
    keepNext: true,
    spacing: lines(style, 'small', 0, official(style) ? 0 : 4),
    ...(official(style) ? { indent: indent2(style, 'body') } : {}),
    children: [run(style, 'small', view.byline)],
  });
  return [heading, byline];
}

function noteParagraphs(style: WordStyle, view: ItemView, labels: Labels): Paragraph[] {
  return view.note.map(
    (line, i) =>
      new Paragraph({
        indent: indent2(style, official(style) ? 'body' : 'note'),
        spacing: lines(style, 'note'),
        children: [...(i === 0 ? [run(style, 'heading1', `${labels.note}${labels.colon}`, { size: Math.round(style.layout.sizePt.note * 2) })] : []), run(style, 'note', line)],
      }),
  );
}

export function itemParagraphs(style: WordStyle, item: ExportItem, view: ItemView, labels: Labels): Paragraph[] {
  const swatch = swatchOf(item.color);
  const kind = item.style ?? 'highlight';
  const place = new Paragraph({
    heading: HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: lines(style, 'heading2', official(style) ? 0 : 8, official(style) ? 0 : 1),
    ...(official(style) ? { indent: indent2(style, 'heading2') } : {}),
    children: [run(style, 'heading2', view.place)],
  });
  const quote = view.quote.map(
    (line, i) =>
      new Paragraph({
        ...quoteMark(style, swatch, kind),
        // A short passage stays with its place and its source rather than being left alone at a page foot.
        keepNext: i < view.quote.length - 1 || view.quote.length < 4,
        spacing: lines(style, 'quote'),
        children: [markedRun(style, line, swatch, kind)],
      }),
  );
  const smallLine = (text: string): Paragraph =>
    new Paragraph({ spacing: lines(style, 'small'), ...(official(style) ? { indent: indent2(style, 'body') } : {}), children: [run(style, 'small', text)] });
  return [
    place,
    ...quote,
    smallLine(view.source),
    ...noteParagraphs(style, view, labels),
    ...(markAndMeta(view) ? [smallLine(markAndMeta(view))] : []),
  ];
}

export function reflectionParagraphs(style: WordStyle, paragraphs: string[], labels: Labels): Paragraph[] {
  if (paragraphs.length === 0) return [];
  const heading = new Paragraph({
    heading: HeadingLevel.HEADING_1,
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: lines(style, 'heading1', style.layout.linePt, official(style) ? 0 : 4),
    children: [run(style, 'heading1', labels.reflection)],
  });
  const body = paragraphs.map((text) => new Paragraph({ indent: indent2(style, 'body'), spacing: lines(style, 'body'), children: [run(style, 'body', text)] }));
  return [heading, ...body];
}

export const emptyParagraph = (style: WordStyle, labels: Labels): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: lines(style, 'body'), children: [run(style, 'body', labels.noNotes)] });
