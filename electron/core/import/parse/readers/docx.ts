import { ImportFailure } from '../import-failure.ts';
import type { SourceLine } from '../lines.ts';
import { htmlToLines } from './html.ts';
import { checkZip } from './zip-guard.ts';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: a legacy .doc, or an OOXML file wrapped by Office's password encryption. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ENCRYPTION_INFO = new TextEncoder().encode('E\0n\0c\0r\0y\0p\0t\0i\0o\0n\0I\0n\0f\0o\0');

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function sniffDocx(bytes: Uint8Array): void {
  if (startsWith(bytes, ZIP_MAGIC)) return;
  if (startsWith(bytes, OLE_MAGIC)) {
    throw contains(bytes, ENCRYPTION_INFO)
      ? new ImportFailure('encrypted', 'password-protected Word document')
      : new ImportFailure('unsupported-format', 'legacy .doc');
  }
  throw new ImportFailure('unsupported-format', 'not a zip archive');
}

/**
 * Word via mammoth's HTML, reduced by our own HTML reducer: mammoth's output is
 * read as data, never trusted as markup. Pictures are not decoded at all.
 */
export async function docxToLines(bytes: Uint8Array): Promise<SourceLine[]> {
  sniffDocx(bytes);
  checkZip(bytes);
  // Loaded here, not at the top: it takes longer to load than a text file takes to read,
  // and every import starts a fresh worker.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        ignoreEmptyParagraphs: true,
      },
    );
    html = result.value;
  } catch (error) {
    throw new ImportFailure('corrupt', 'mammoth could not read the document', { cause: error });
  }
  return htmlToLines(html);
}
