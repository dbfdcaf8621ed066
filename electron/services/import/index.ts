import { decodeText } from './decode.ts';
import { ImportFailure } from './import-failure.ts';
import { textToLines, type SourceLine } from './lines.ts';
import { docxToLines } from './readers/docx.ts';
import { htmlToLines } from './readers/html.ts';
import { markdownToLines } from './readers/markdown.ts';
import { pdfToLines } from './readers/pdf.ts';
import { parseLines } from './structure.ts';
import type { ParseOptions, ParsedBriefing } from './types.ts';

export { decodeText } from './decode.ts';
export { ImportFailure, type ImportFailureReason } from './import-failure.ts';
export type * from './types.ts';

/** Checked before anything is decoded or unpacked. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

type Reader = (bytes: Uint8Array, onProgress?: ParseOptions['onProgress']) => SourceLine[] | Promise<SourceLine[]>;

/** Text formats: a file of nothing but whitespace is empty, not unreadable. */
function textReader(reduce: (text: string) => SourceLine[]): Reader {
  return (bytes) => {
    const text = decodeText(bytes);
    if (text.trim() === '') throw new ImportFailure('empty');
    return reduce(text);
  };
}

const READERS: Readonly<Record<string, Reader>> = {
  txt: textReader(textToLines),
  md: textReader(markdownToLines),
  markdown: textReader(markdownToLines),
  html: textReader(htmlToLines),
  htm: textReader(htmlToLines),
  docx: docxToLines,
  pdf: pdfToLines,
};

function splitName(fileName: string): { stem: string; extension: string } {
  const base = fileName.split(/[\\/]/u).at(-1) ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? { stem: base.slice(0, dot), extension: base.slice(dot + 1).toLowerCase() } : { stem: base, extension: '' };
}

/** Plain text straight to a briefing: structure, layout repairs and notices. */
export function parseBriefingText(text: string, options: ParseOptions = {}): ParsedBriefing {
  return parseLines(textToLines(text), options);
}

/**
 * Reads a file by its extension (.txt .md .markdown .html .htm .docx .pdf, or a .briefing pack), after
 * checking that the bytes are what the extension claims.
 */
export async function parseFile(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedBriefing> {
  const { stem, extension } = splitName(fileName);
  // A pack is already structured: it is checked and taken as it is. Loaded when needed,
  // so a worker reading any other file does not pay for the pack's schema.
  if (extension === 'briefing') return (await import('../packs/pack-format.ts')).parsePack(bytes);
  const reader = READERS[extension];
  if (!reader) throw new ImportFailure('unsupported-format', extension === '' ? 'no extension' : `.${extension}`);
  if (bytes.byteLength === 0) throw new ImportFailure('empty');
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new ImportFailure('too-large', `${bytes.byteLength} bytes`);
  const lines = await reader(bytes, options.onProgress);
  if (lines.length === 0) throw new ImportFailure('no-text');
  const parsed = parseLines(lines, { ...options, fallbackTitle: options.fallbackTitle ?? stem });
  options.onProgress?.(1, 1);
  return parsed;
}
