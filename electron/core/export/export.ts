import type { Locale } from '@contract/contract.ts';
import { localDay } from './citation.ts';
import { renderDocx } from './docx.ts';
import type { FaceSet } from './docx-styles.ts';
import { exportFileName, FORMATS, type ExportFormat } from './formats.ts';
import { gatherExport, type ExportScope, type ExportSource } from './gather.ts';
import { renderJsonLd } from './jsonld.ts';
import type { ExportTemplate } from './layout.ts';
import { renderMarkdown } from './markdown.ts';
import { buildExportModel, type ExportCover, type ExportModel, type GroupBy } from './model.ts';
import { renderPdf, type PdfPrinter } from './pdf.ts';
import type { RenderOptions } from './progress.ts';
import { renderText, textFileBytes } from './text.ts';

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  /** Word and PDF; `official` (GB/T 9704) unless asked. */
  template?: ExportTemplate;
  /** Defaults to by tag for a tag's notes, by document otherwise. */
  groupBy?: GroupBy;
  /** What the trainee typed on the export form, over the scope's own cover. */
  cover?: Partial<ExportCover>;
  locale?: Locale;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface ExportDeps {
  source: ExportSource;
  /** The desktop app's Electron printer; Chromium through Playwright otherwise. */
  printPdf?: PdfPrinter;
  /** Word faces other than the template's. */
  faces?: Partial<FaceSet>;
  now?: () => Date;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function render(model: ExportModel, request: ExportRequest, deps: ExportDeps, options: RenderOptions, now: Date): Promise<Uint8Array> {
  const template = request.template ?? 'official';
  switch (request.format) {
    case 'docx':
      return renderDocx(model, { ...options, template, ...(deps.faces ? { faces: deps.faces } : {}) });
    case 'pdf':
      return renderPdf(model, { ...options, template, ...(deps.printPdf ? { printer: deps.printPdf } : {}) });
    case 'markdown':
      return utf8(await renderMarkdown(model, options));
    case 'text':
      return textFileBytes(await renderText(model, options));
    case 'jsonld':
      return utf8(await renderJsonLd(model, { ...options, generated: now }));
  }
}

/** One export from request to file: read the scope, build the model, render the format. */
export async function exportAnnotations(request: ExportRequest, deps: ExportDeps, options: RenderOptions = {}): Promise<ExportFile> {
  const now = deps.now?.() ?? new Date();
  const locale = request.locale ?? 'zh-CN';
  const gathered = await gatherExport(request.scope, deps.source, {
    locale,
    today: localDay(now.toISOString()) ?? now.toISOString().slice(0, 10),
    ...(request.cover ? { cover: request.cover } : {}),
  });
  options.signal?.throwIfAborted();
  const model = buildExportModel(gathered.input, { ...gathered.model, ...(request.groupBy ? { groupBy: request.groupBy } : {}) });
  const bytes = await render(model, request, deps, options, now);
  return { fileName: exportFileName(model.cover.title, model.cover.date, request.format), mimeType: FORMATS[request.format].mimeType, bytes };
}
