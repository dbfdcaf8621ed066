import { renameSync, writeFileSync } from 'node:fs';
import type { ExportFormat, ExportScope, ExportTemplate, Locale } from '@contract/contract.ts';
import { tagNameKey } from '@contract/rules/tag-names.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { listTags } from '@core/annotations/tag-service.ts';
import { describeExportError, exportSource } from '@core/export/export-service.ts';
import { exportAnnotations } from '@core/export/index.ts';
import type { LibraryCore } from '@core/compose.ts';
import { ApiError } from '@contract/errors.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface ExportFlags {
  session: string | undefined;
  uri: string | undefined;
  tag: string | undefined;
  all: boolean;
  format: string | undefined;
  out: string | undefined;
  template: string | undefined;
}

const formats: Record<string, ExportFormat> = { docx: 'docx', pdf: 'pdf', md: 'markdown', txt: 'text', jsonld: 'jsonld' };

/** `briefing export`: one scope, one format, one file, written whole or not at all. */
export async function exportCommand(flags: ExportFlags, open: () => Promise<LibraryCore>, out: (text: string) => void, locale: Locale): Promise<number> {
  const chosen = [flags.session, flags.uri, flags.tag, flags.all ? 'all' : undefined].filter((v) => v !== undefined);
  if (chosen.length !== 1) throw new UsageError(msg('exportOneScope', locale));
  const format = formats[flags.format ?? ''];
  if (!format) throw new UsageError(msg('exportFormat', locale, { value: flags.format ?? '' }));
  if (!flags.out) throw new UsageError(msg('exportOut', locale));
  if (flags.template !== undefined && flags.template !== 'official' && flags.template !== 'handout') {
    throw new UsageError(msg('exportTemplate', locale, { value: flags.template }));
  }
  const template = flags.template as ExportTemplate | undefined;

  const session = await open();
  try {
    const scope = resolveScope(flags, session, locale);
    let file;
    try {
      file = await exportAnnotations({ scope, format, ...(template ? { template } : {}), locale }, { source: exportSource(session.db) });
    } catch (err) {
      throw new ApiError(describeExportError(err));
    }
    const temporary = `${flags.out}.partial`;
    writeFileSync(temporary, file.bytes);
    renameSync(temporary, flags.out);
    out(msg('exported', locale, { file: flags.out }));
    return 0;
  } finally {
    session.close();
  }
}

function resolveScope(flags: ExportFlags, session: LibraryCore, locale: Locale): ExportScope {
  if (flags.all) return { kind: 'all' };
  if (flags.session !== undefined) return { kind: 'session', sessionId: positiveId(flags.session, locale) };
  if (flags.tag !== undefined) {
    const wanted = tagNameKey(flags.tag);
    const tag = listTags(session.db).find((t) => tagNameKey(t.name) === wanted);
    if (!tag) throw new UsageError(msg('exportNoTag', locale, { name: flags.tag }));
    return { kind: 'tag', tagId: tag.id };
  }
  const uri = flags.uri ?? '';
  const documentId = idOfUri('doc', uri);
  if (documentId !== null) return { kind: 'document', documentId };
  const sessionId = idOfUri('session', uri);
  if (sessionId !== null) return { kind: 'session', sessionId };
  throw new UsageError(msg('exportUri', locale, { uri }));
}

function positiveId(value: string, locale: Locale): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(msg('exportUri', locale, { uri: value }));
  return n;
}
