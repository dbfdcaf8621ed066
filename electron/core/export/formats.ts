import type { ExportFormat } from '@contract/contract.ts';

export type { ExportFormat };

/** The file formats of an export: extension and media type. */

export const FORMATS: Readonly<Record<ExportFormat, { extension: string; mimeType: string }>> = {
  docx: { extension: 'docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mimeType: 'application/pdf' },
  markdown: { extension: 'md', mimeType: 'text/markdown; charset=utf-8' },
  text: { extension: 'txt', mimeType: 'text/plain; charset=utf-8' },
  jsonld: { extension: 'jsonld', mimeType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
};

/** Characters no Windows, macOS or Linux file name may hold, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/gu;
const MAX_STEM = 80;

/**
 * `产业工人…学习笔记-2024-08-06.docx`: the title, made safe for every system, and the
 * date, so exports of one session on different days do not overwrite each other.
 */
export function exportFileName(title: string, date: string | null, format: ExportFormat): string {
  const safe = [...title.replace(FORBIDDEN, ' ').replace(/\s+/gu, ' ').trim().replace(/^\.+|\.+$/gu, '')].slice(0, MAX_STEM).join('').trim();
  const stem = /^(con|prn|aux|nul|com\d|lpt\d)$/iu.test(safe) ? `_${safe}` : safe;
  const day = date && /^\d{4}-\d{2}-\d{2}$/u.test(date) ? `-${date}` : '';
  return `${stem || 'export'}${day}.${FORMATS[format].extension}`;
}
