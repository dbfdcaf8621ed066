import type { BriefingApi, ExportFormat, ExportScope, ExportTemplate, Locale } from '@contract/contract.ts';
import { tagNameKey } from '@contract/rules/tag-names.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { exportFile } from './export-file.ts';
import { writeWhole } from './files.ts';
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
export async function exportCommand(flags: ExportFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  const chosen = [flags.session, flags.uri, flags.tag, flags.all ? 'all' : undefined].filter((v) => v !== undefined);
  if (chosen.length !== 1) throw new UsageError(msg('exportOneScope', locale));
  const format = formats[flags.format ?? ''];
  if (!format) throw new UsageError(msg('exportFormat', locale, { value: flags.format ?? '' }));
  if (!flags.out) throw new UsageError(msg('exportOut', locale));
  if (flags.template !== undefined && flags.template !== 'official' && flags.template !== 'handout') {
    throw new UsageError(msg('exportTemplate', locale, { value: flags.template }));
  }
  const template = flags.template as ExportTemplate | undefined;
  const scope = await resolveScope(flags, api, locale);
  const bytes = await exportFile(api, { scope, format, ...(template ? { template } : {}), locale });
  writeWhole(flags.out, bytes);
  out(msg('exported', locale, { file: flags.out }));
  return 0;
}

async function resolveScope(flags: ExportFlags, api: BriefingApi, locale: Locale): Promise<ExportScope> {
  if (flags.all) return { kind: 'all' };
  if (flags.session !== undefined) return { kind: 'session', sessionId: positiveId(flags.session, locale) };
  if (flags.tag !== undefined) {
    const wanted = tagNameKey(flags.tag);
    const tag = (await api.listTags({})).tags.find((t) => tagNameKey(t.name) === wanted);
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
