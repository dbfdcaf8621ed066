import type { Page } from 'playwright-core';
import { escapeHtml } from './html.ts';
import { MARGIN_FONTS } from './html-fonts.ts';
import { labelsFor } from './labels.ts';
import { LAYOUTS, MM_PER_INCH, type ExportTemplate } from './layout.ts';
import type { ExportModel } from './model.ts';

/**
 * How the printable HTML becomes a PDF, stated once for both printers: Playwright's
 * `page.pdf` (browser host, tests) and Electron's `webContents.printToPDF` (desktop).
 */
export interface PdfPrintOptions {
  pageMm: { width: number; height: number };
  marginMm: { top: number; bottom: number; left: number; right: number };
  /** Chromium's header/footer templates: running header, and page numbers via `pageNumber`/`totalPages`. */
  headerTemplate: string;
  footerTemplate: string;
}

/**
 * Chromium lays a template out in a box as wide as the page and as tall as the margin,
 * from its top; the text is put on the 版心's edges with padding, the header some way
 * down the top margin and the page number 7 mm under the 版心 (GB/T 9704 7.5).
 * Chromium prints these at a fixed size regardless of the page's zoom, so sizes are in pt.
 */
function marginBox(template: ExportTemplate, css: string, inner: string): string {
  const { left, right } = LAYOUTS[template].marginMm;
  const style = `box-sizing: border-box; width: 100%; padding: 0 ${right}mm 0 ${left}mm; -webkit-print-color-adjust: exact; ${css}`;
  // The font stacks quote their names: the attribute is escaped, not trusted to single quotes.
  return `<div style="${escapeHtml(style)}">${inner}</div>`;
}

export function pdfPrintOptions(model: ExportModel, template: ExportTemplate): PdfPrintOptions {
  const layout = LAYOUTS[template];
  const fonts = MARGIN_FONTS[template];
  const labels = labelsFor(model.locale);
  const page = '<span class="pageNumber"></span>';
  const total = '<span class="totalPages"></span>';
  const title = escapeHtml(model.cover.title);
  let headerTemplate: string;
  let footerTemplate: string;
  if (template === 'official') {
    headerTemplate = marginBox(
      template,
      `margin-top: ${layout.headerMm}mm; font-family: ${fonts.header}; font-size: ${layout.sizePt.header}pt; color: #595959; text-align: center;`,
      title,
    );
    footerTemplate = marginBox(
      template,
      `margin-top: 7mm; font-family: ${fonts.pageNumber}; font-size: ${layout.sizePt.pageNumber}pt; text-align: center;`,
      `— ${page} —`,
    );
  } else {
    const trainee = model.cover.trainee ? `<span style="float: right">${escapeHtml(model.cover.trainee)}</span>` : '';
    headerTemplate = marginBox(
      template,
      `margin-top: ${layout.headerMm}mm; font-family: ${fonts.header}; font-size: ${layout.sizePt.header}pt; color: #595959; ` +
        'padding-bottom: 3pt; background-image: linear-gradient(#bbb, #bbb); background-size: 100% 0.5pt; background-position: bottom; background-repeat: no-repeat; background-origin: content-box;',
      `${trainee}${title}`,
    );
    footerTemplate = marginBox(
      template,
      `margin-top: ${layout.marginMm.bottom - layout.footerMm - 4}mm; font-family: ${fonts.pageNumber}; font-size: ${layout.sizePt.pageNumber}pt; text-align: center; color: #333;`,
      escapeHtml(labels.pageOf('{page}', '{total}')).replace('{page}', page).replace('{total}', total),
    );
  }
  return { pageMm: layout.pageMm, marginMm: layout.marginMm, headerTemplate, footerTemplate };
}

/** Options for Playwright's `page.pdf`. */
export function toPlaywrightPdfOptions(options: PdfPrintOptions): NonNullable<Parameters<Page['pdf']>[0]> {
  const mm = (n: number): string => `${n}mm`;
  return {
    width: mm(options.pageMm.width),
    height: mm(options.pageMm.height),
    margin: { top: mm(options.marginMm.top), bottom: mm(options.marginMm.bottom), left: mm(options.marginMm.left), right: mm(options.marginMm.right) },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    preferCSSPageSize: false,
    outline: true,
    tagged: true,
  };
}

/** The subset of Electron's `PrintToPDFOptions` used here (Electron ≥ 21: sizes in inches). */
export interface ElectronPrintToPdfOptions {
  pageSize: { width: number; height: number };
  margins: { top: number; bottom: number; left: number; right: number };
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  preferCSSPageSize: boolean;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

/** Options for Electron's `webContents.printToPDF`, the same page as {@link toPlaywrightPdfOptions}. */
export function toElectronPrintToPdfOptions(options: PdfPrintOptions): ElectronPrintToPdfOptions {
  const inches = (mm: number): number => mm / MM_PER_INCH;
  const { top, bottom, left, right } = options.marginMm;
  return {
    pageSize: { width: inches(options.pageMm.width), height: inches(options.pageMm.height) },
    margins: { top: inches(top), bottom: inches(bottom), left: inches(left), right: inches(right) },
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: options.headerTemplate,
    footerTemplate: options.footerTemplate,
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}
