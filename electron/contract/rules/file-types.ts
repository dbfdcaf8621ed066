/**
 * The files the app imports, in one list: the importer reads by it, and the file picker,
 * the desktop's File → Open dialog and command line, drops on the window and the CLI's
 * help offer what it holds. A format the importer learns is added here and nowhere else.
 */

export type ImportFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'docx' | 'pdf' | 'pack';

export interface ImportFileType {
  format: ImportFormat;
  /** Lower case, without the dot; the first is the one a person names the format by. */
  extensions: readonly string[];
}

export const importFileTypes: readonly ImportFileType[] = [
  { format: 'text', extensions: ['txt'] },
  { format: 'markdown', extensions: ['md', 'markdown'] },
  { format: 'html', extensions: ['html', 'htm'] },
  { format: 'mhtml', extensions: ['mhtml', 'mht'] },
  { format: 'docx', extensions: ['docx'] },
  { format: 'pdf', extensions: ['pdf'] },
  { format: 'pack', extensions: ['briefing'] },
];

/** Every extension the importer reads, for dialogs' filters. */
export const importExtensions: readonly string[] = importFileTypes.flatMap((t) => t.extensions);

/** The file input's `accept`: by extension, as a MIME type would also offer files the importer refuses. */
export const importAccept = importExtensions.map((e) => `.${e}`).join(',');

/** The extension of a file name or path, lower case and without the dot; '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).at(-1) ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The format a file is read as, by its extension; null for one the importer does not read. */
export function importFormatOf(fileName: string): ImportFormat | null {
  const extension = extensionOf(fileName);
  return importFileTypes.find((t) => t.extensions.includes(extension))?.format ?? null;
}

/** The documents' formats as the CLI's help names them: "txt, md, html, mhtml, docx, pdf". */
export const documentFormatNames: readonly string[] = importFileTypes.filter((t) => t.format !== 'pack').map((t) => t.extensions[0]!);
