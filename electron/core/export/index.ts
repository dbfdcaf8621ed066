/**
 * The export engine: a trainee's annotations as Word, PDF, Markdown, plain text or W3C
 * JSON-LD. Pure of Electron and SQL: it reads the library through {@link ExportSource}
 * and prints PDF through a {@link PdfPrinter} the host supplies (or Chromium).
 */
export { exportAnnotations } from './export.ts';
export { ExportJobs } from './export-jobs.ts';
export { type ExportSource } from './gather.ts';
export { ExportFailure, exportFailureMessage } from './errors.ts';
export { warmChromium, warmChromiumPrinter, type PdfPrinter } from './pdf.ts';
export { toElectronPrintToPdfOptions } from './pdf-options.ts';
export { findChromium } from './chromium.ts';
export { type AnnotationCollection } from './jsonld.ts';
