import { extensionOf, importFormatOf, type ImportFormat } from '@contract/rules/file-types.ts';
import { maxImportBytes } from '@contract/rules/limits.ts';
import { titleFromFileName } from '@contract/rules/titles.ts';
import { decodeText } from './decode.ts';
import { ImportFailure } from './import-failure.ts';
import { textToLines, type SourceLine } from './lines.ts';
import { docxToLines } from './readers/docx.ts';
import { markdownToLines } from './readers/markdown.ts';
import { mhtmlToLines } from './readers/mhtml.ts';
import { savedPageToLines } from './readers/web-article.ts';
import { pdfToLines } from './readers/pdf.ts';
import { parseLines } from './structure.ts';
import type { ParseOptions, ParsedBriefing } from './types.ts';

export { ImportFailure, type ImportFailureReason } from './import-failure.ts';
export type * from './types.ts';

type Reader = (bytes: Uint8Array, onProgress?: ParseOptions['onProgress']) => SourceLine[] | Promise<SourceLine[]>;

/** Text formats: a file of nothing but whitespace is empty, not unreadable. */
function textReader(reduce: (text: string) => SourceLine[]): Reader {
  return (bytes) => {
    const text = decodeText(bytes);
    if (text.trim() === '') throw new ImportFailure('empty');
    return reduce(text);
  };
}

/** A pack is read apart (parseFile); every other format of electron/contract/rules/file-types.ts has a reader here. */
const READERS: Readonly<Record<Exclude<ImportFormat, 'pack'>, Reader>> = {
  text: textReader(textToLines),
  markdown: textReader(markdownToLines),
  html: textReader(savedPageToLines),
  mhtml: mhtmlToLines,
  docx: docxToLines,
  pdf: pdfToLines,
};

/** Plain text straight to a briefing: structure, layout repairs and notices. */
export function parseBriefingText(text: string, options: ParseOptions = {}): ParsedBriefing {
  return parseLines(textToLines(text), options);
}

/**
 * Reads a file by its extension (electron/contract/rules/file-types.ts), after checking
 * that the bytes are what the extension claims.
 */
export async function parseFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedBriefing> {
  const format = importFormatOf(fileName);
  // A pack is already structured: it is checked and taken as it is. Loaded when needed,
  // so a worker reading any other file does not pay for the pack's schema.
  if (format === 'pack') return (await import('../../packs/pack-format.ts')).parsePack(bytes);
  if (format === null) {
    const extension = extensionOf(fileName);
    throw new ImportFailure('unsupported-format', extension === '' ? 'no extension' : `.${extension}`);
  }
  const reader = READERS[format];
  if (bytes.byteLength === 0) throw new ImportFailure('empty');
  // Checked before anything is decoded or unpacked.
  if (bytes.byteLength > maxImportBytes) throw new ImportFailure('too-large', `${bytes.byteLength} bytes`);
  const lines = await reader(bytes, options.onProgress);
  if (lines.length === 0) throw new ImportFailure('no-text');
  const parsed = parseLines(lines, { ...options, fallbackTitle: options.fallbackTitle ?? titleFromFileName(fileName) });
  options.onProgress?.(1, 1);
  return parsed;
}
