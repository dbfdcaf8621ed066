import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { exportAnnotationsJsonLd, importAnnotationsJsonLd, parseAnnotationFile, type ImportSkip } from '@core/annotations/interchange.ts';
import { describeExportError } from '@core/export/export-service.ts';
import type { LibraryCore } from '@core/compose.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface AnnotationsFlags {
  uri: string | undefined;
  format: string | undefined;
  out: string | undefined;
  json: boolean;
}

/** `briefing annotations export|import`: the W3C Web Annotation JSON-LD interchange. */
export async function annotationsCommand(
  args: string[],
  flags: AnnotationsFlags,
  open: () => Promise<LibraryCore>,
  out: (text: string) => void,
  locale: Locale,
): Promise<number> {
  const [sub, ...files] = args;
  if (sub === 'export') return exportJsonLd(files, flags, open, out, locale);
  if (sub === 'import') return importJsonLd(files, flags, open, out, locale);
  throw new UsageError(msg('annotationsSub', locale, { name: sub ?? '' }));
}

async function exportJsonLd(extra: string[], flags: AnnotationsFlags, open: () => Promise<LibraryCore>, out: (text: string) => void, locale: Locale): Promise<number> {
  if (extra.length > 0) throw new UsageError(msg('annotationsSub', locale, { name: extra.join(' ') }));
  if (flags.format !== undefined && flags.format !== 'jsonld') throw new UsageError(msg('annotationsFormat', locale, { value: flags.format }));
  let documentId: number | undefined;
  if (flags.uri !== undefined) {
    const doc = idOfUri('doc', flags.uri);
    if (doc === null) throw new UsageError(msg('annotationsUri', locale, { uri: flags.uri }));
    documentId = doc;
  }
  const session = await open();
  try {
    let json;
    try {
      json = await exportAnnotationsJsonLd(session.db, { locale, ...(documentId === undefined ? {} : { documentId }) });
    } catch (err) {
      throw new ApiError(describeExportError(err));
    }
    if (!flags.out) {
      out(json.trimEnd());
      return 0;
    }
    const temporary = `${flags.out}.partial`;
    writeFileSync(temporary, json);
    renameSync(temporary, flags.out);
    out(msg('exported', locale, { file: flags.out }));
    return 0;
  } finally {
    session.close();
  }
}

const skipLine = (skip: ImportSkip, locale: Locale): string =>
  msg(skip.reason === 'foreign-source' ? 'annotationsForeign' : 'annotationsNoDocument', locale, { id: skip.annotation ?? '—', source: skip.source });

async function importJsonLd(files: string[], flags: AnnotationsFlags, open: () => Promise<LibraryCore>, out: (text: string) => void, locale: Locale): Promise<number> {
  const [file] = files;
  if (file === undefined || files.length !== 1) throw new UsageError(msg('annotationsOneFile', locale));
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(msg('cannotRead', locale, { file, why: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  const json = parseAnnotationFile(text);
  const session = await open();
  try {
    const result = importAnnotationsJsonLd(session.db, json);
    if (flags.json) out(JSON.stringify(result, null, 2));
    else {
      out(msg('annotationsImported', locale, { file, count: result.imported, orphaned: result.orphaned, skipped: result.skipped.length }));
      for (const skip of result.skipped) out(skipLine(skip, locale));
    }
    return 0;
  } finally {
    session.close();
  }
}
