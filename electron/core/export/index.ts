/**
 * The export engine: a trainee's annotations as Word, PDF, Markdown, plain text or W3C
 * JSON-LD. Pure of Electron and SQL: it reads the library through {@link ExportSource}
 * and prints PDF through a {@link PdfPrinter} the host supplies (or Chromium).
 */
export { exportAnnotations, type ExportDeps, type ExportFile, type ExportRequest } from './export.ts';
export { ExportJobs, type ExportJob } from './export-jobs.ts';
export { gatherExport, type ExportScope, type ExportSession, type ExportSource } from './gather.ts';
export { buildExportModel, type ExportCover, type ExportInput, type ExportItem, type ExportModel, type GroupBy, type ModelOptions } from './model.ts';
export { citeSpeech, type BriefingPublication, type ExportBriefing } from './citation.ts';
export { ExportFailure, exportFailureMessage, type ExportFailureReason } from './errors.ts';
export { exportFileName, FORMATS, type ExportFormat } from './formats.ts';
export type { ExportTemplate } from './layout.ts';
export type { RenderOptions } from './progress.ts';
export { renderDocx, type DocxOptions } from './docx.ts';
export { WORD_FACES, type FaceSet } from './docx-styles.ts';
export { renderHtml, type HtmlOptions } from './html.ts';
export { renderPdf, chromiumPrinter, warmChromium, warmChromiumPrinter, CHROMIUM_ARGS, type PdfOptions, type PdfPrinter } from './pdf.ts';
export { pdfPrintOptions, toElectronPrintToPdfOptions, toPlaywrightPdfOptions, type ElectronPrintToPdfOptions, type PdfPrintOptions } from './pdf-options.ts';
export { findChromium, chromiumCandidates } from './chromium.ts';
export { WarmBrowser, type WarmBrowserOptions } from './warm-browser.ts';
export { renderMarkdown } from './markdown.ts';
export { renderText, textFileBytes } from './text.ts';
export { renderJsonLd, ANNOTATION_CONTEXT, type AnnotationCollection, type WebAnnotation } from './jsonld.ts';
