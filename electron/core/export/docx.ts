import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
  type IFontAttributesProperties,
  type ISectionOptions,
} from 'docx';
import { labelsFor, type Labels } from './labels.ts';
import { textWidthMm, type ExportTemplate } from './layout.ts';
import type { ExportModel } from './model.ts';
import { Progress, stepsFor, type RenderOptions } from './progress.ts';
import { coverLines, groupView, itemView, printedItems, reflectionParagraphs as reflectionOf } from './view.ts';
import { coverParagraphs, emptyParagraph, groupParagraphs, itemParagraphs, reflectionParagraphs } from './docx-blocks.ts';
import { documentStyles, fontsOf, GREY, mmToTwips, run, twips, wordStyle, type FaceSet, type WordStyle } from './docx-styles.ts';

export interface DocxOptions extends RenderOptions {
  template: ExportTemplate;
  /** Faces to use instead of the template's, e.g. those the organizer's machines have. */
  faces?: Partial<FaceSet>;
}

type PageField = (typeof PageNumber)[keyof typeof PageNumber];
const PAGE_FIELDS: ReadonlySet<string> = new Set(Object.values(PageNumber));

/** PageNumber's fields are themselves strings ('CURRENT'), so text and field are told apart by value. */
const pageRun = (style: WordStyle, field: string | PageField): TextRun =>
  PAGE_FIELDS.has(field) ? new TextRun({ ...runFace(style), children: [field as PageField] }) : run(style, 'pageNumber', field);

/** A field run cannot go through `run()` (it takes text); it gets the same faces by hand. */
function runFace(style: WordStyle): { font: IFontAttributesProperties; size: number } {
  return { font: fontsOf(style.faces.pageNumber), size: Math.round(style.layout.sizePt.pageNumber * 2) };
}

/**
 * GB/T 9704 7.5: `— 1 —` in 4号宋体, odd pages at the right and even pages at the left,
 * one character in from the edge of the 版心. The handout counts `第 1 页 / 共 3 页` in the middle.
 */
function footers(style: WordStyle, labels: Labels): NonNullable<ISectionOptions['footers']> {
  const spacing = { line: 240, before: 0, after: 0 };
  if (style.layout.template === 'official') {
    const number = (): TextRun[] => [pageRun(style, '— '), pageRun(style, PageNumber.CURRENT), pageRun(style, ' —')];
    const oneChar = twips(style.layout.sizePt.pageNumber);
    return {
      default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: oneChar }, spacing, children: number() })] }),
      even: new Footer({ children: [new Paragraph({ alignment: AlignmentType.LEFT, indent: { left: oneChar }, spacing, children: number() })] }),
    };
  }
  const [before = '', middle = '', after = ''] = labels.pageOf('{page}', '{total}').split(/\{page\}|\{total\}/u);
  const children = [pageRun(style, before), pageRun(style, PageNumber.CURRENT), pageRun(style, middle), pageRun(style, PageNumber.TOTAL_PAGES), pageRun(style, after)];
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, spacing, children })] });
  return { default: footer, even: footer };
}

/** The running header: the title; the handout adds the trainee at the right, over a rule. */
function headers(style: WordStyle, model: ExportModel): NonNullable<ISectionOptions['headers']> {
  const spacing = { line: 240, before: 0, after: 0 };
  let paragraph: Paragraph;
  if (style.layout.template === 'official') {
    paragraph = new Paragraph({ alignment: AlignmentType.CENTER, spacing, children: [run(style, 'header', model.cover.title, { color: GREY })] });
  } else {
    paragraph = new Paragraph({
      spacing,
      tabStops: [{ type: TabStopType.RIGHT, position: mmToTwips(textWidthMm(style.layout)) }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB', space: 2 } },
      children: [run(style, 'header', model.cover.title), ...(model.cover.trainee ? [run(style, 'header', `\t${model.cover.trainee}`)] : [])],
    });
  }
  const header = new Header({ children: [paragraph] });
  return { default: header, even: header };
}

function pageProperties(style: WordStyle): ISectionOptions['properties'] {
  const { layout } = style;
  return {
    page: {
      size: { width: mmToTwips(layout.pageMm.width), height: mmToTwips(layout.pageMm.height) },
      margin: {
        top: mmToTwips(layout.marginMm.top),
        bottom: mmToTwips(layout.marginMm.bottom),
        left: mmToTwips(layout.marginMm.left),
        right: mmToTwips(layout.marginMm.right),
        header: mmToTwips(layout.headerMm),
        footer: mmToTwips(layout.footerMm),
        gutter: 0,
      },
    },
    // A line grid of 22 lines, as Word's page setup shows it; the 28 characters come from tracking (layout.ts).
    ...(layout.charsPerLine ? { grid: { type: DocumentGridType.LINES, linePitch: twips(layout.linePt) } } : {}),
  };
}

/** The export as a Word file, built item by item so a long one can report progress and be cancelled. */
export async function renderDocx(model: ExportModel, options: DocxOptions): Promise<Uint8Array> {
  const style = wordStyle(options.template, options.faces);
  const labels = labelsFor(model.locale);
  const progress = new Progress(stepsFor(printedItems(model)), options);
  const children: Paragraph[] = coverParagraphs(style, model.cover.title, coverLines(model.cover, labels), labels);
  for (const [g, group] of model.groups.entries()) {
    children.push(...groupParagraphs(style, groupView(group, g, labels)));
    for (const item of group.items) {
      children.push(...itemParagraphs(style, item, itemView(item, model, labels), labels));
      await progress.step();
    }
  }
  if (model.groups.length === 0) children.push(emptyParagraph(style, labels));
  children.push(...reflectionParagraphs(style, reflectionOf(model), labels));
  progress.check();
  const document = new Document({
    title: model.cover.title,
    creator: model.cover.trainee ?? '',
    description: model.cover.className ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: documentStyles(style),
    sections: [{ properties: pageProperties(style), headers: headers(style, model), footers: footers(style, labels), children }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  progress.finish();
  return bytes;
}
