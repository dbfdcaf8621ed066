import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ImportFailure } from '../import-failure.ts';
import type { SourceLine } from '../lines.ts';
import { pagesToLines, type PdfItem, type PdfPage } from './pdf-layout.ts';
import { unifyRadicals } from './pdf-radicals.ts';

const PDF_MAGIC = '%PDF-';
/** Writers may put junk before the header; readers accept it within the first KiB. */
const MAGIC_WINDOW = 1024;

export function sniffPdf(bytes: Uint8Array): void {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, MAGIC_WINDOW));
  if (!head.includes(PDF_MAGIC)) throw new ImportFailure('unsupported-format', 'no %PDF- header');
}

/** pdfjs reads these from disk in Node; without the CMaps, Chinese text comes out empty. */
function assetUrls(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')).replaceAll('\\', '/');
  return { cMapUrl: `${root}/cmaps/`, standardFontDataUrl: `${root}/standard_fonts/`, wasmUrl: `${root}/wasm/` };
}

/** The fields of pdfjs's TextItem this reader uses; marked-content entries have no `str`. */
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

function toPdfItem(item: TextItem): PdfItem {
  const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
  return { str: unifyRadicals(item.str), x, y, width: item.width, size: Math.hypot(c, d) || item.height };
}

function failureFor(error: unknown): ImportFailure {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return new ImportFailure('encrypted', 'password-protected PDF', { cause: error });
  return new ImportFailure('corrupt', name ?? 'unreadable PDF', { cause: error });
}

export async function pdfToLines(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): Promise<SourceLine[]> {
  sniffPdf(bytes);
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // pdfjs takes ownership of the buffer it is given; the caller's stays intact.
    data: bytes.slice(),
    ...assetUrls(),
    cMapPacked: true,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push({ items: content.items.flatMap((item) => ('str' in item ? [toPdfItem(item)] : [])) });
      page.cleanup();
      onProgress?.(n, doc.numPages);
    }
    return pagesToLines(pages);
  } catch (error) {
    throw failureFor(error);
  } finally {
    await task.destroy();
  }
}
