import { readFileSync } from 'node:fs';
import type { AnnotationImportResult, BriefingApi, ExportScope, Locale } from '@contract/contract.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { exportFile } from './export-file.ts';
import { writeWhole } from './files.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface AnnotationsFlags {
  uri: string | undefined;
  format: string | undefined;
  out: string | undefined;
  json: boolean;
}

/** `briefing annotations export|import`: the W3C Web Annotation JSON-LD interchange. */
export async function annotationsCommand(args: string[], flags: AnnotationsFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  const [sub, ...files] = args;
  if (sub === 'export') return exportJsonLd(files, flags, api, out, locale);
  if (sub === 'import') return importJsonLd(files, flags, api, out, locale);
  throw new UsageError(msg('annotationsSub', locale, { name: sub ?? '' }));
}

async function exportJsonLd(extra: string[], flags: AnnotationsFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  if (extra.length > 0) throw new UsageError(msg('annotationsSub', locale, { name: extra.join(' ') }));
  if (flags.format !== undefined && flags.format !== 'jsonld') throw new UsageError(msg('annotationsFormat', locale, { value: flags.format }));
  let scope: ExportScope = { kind: 'all' };
  if (flags.uri !== undefined) {
    const documentId = idOfUri('doc', flags.uri);
    if (documentId === null) throw new UsageError(msg('annotationsUri', locale, { uri: flags.uri }));
    scope = { kind: 'document', documentId };
  }
  const json = (await exportFile(api, { scope, format: 'jsonld', locale })).toString('utf8');
  if (!flags.out) {
    out(json.trimEnd());
    return 0;
  }
  writeWhole(flags.out, json);
  out(msg('exported', locale, { file: flags.out }));
  return 0;
}

const skipLine = (skip: AnnotationImportResult['skipped'][number], locale: Locale): string =>
  msg(skip.reason === 'foreign-source' ? 'annotationsForeign' : 'annotationsNoDocument', locale, { id: skip.annotation ?? '—', source: skip.source });

async function importJsonLd(files: string[], flags: AnnotationsFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  const [file] = files;
  if (file === undefined || files.length !== 1) throw new UsageError(msg('annotationsOneFile', locale));
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(msg('cannotRead', locale, { file, why: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  const result = await api.importAnnotations({ text });
  if (flags.json) out(JSON.stringify(result, null, 2));
  else {
    out(msg('annotationsImported', locale, { file, count: result.imported, orphaned: result.orphaned, skipped: result.skipped.length }));
    for (const skip of result.skipped) out(skipLine(skip, locale));
  }
  return 0;
}
