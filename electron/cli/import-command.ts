import { basename } from 'node:path';
import type { BriefingApi, ImportPreview, Locale } from '@contract/contract.ts';
import { maxImportBytes } from '@contract/rules/limits.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { importError } from '@core/import/import-errors.ts';
import { ImportFailure } from '@core/import/parse/index.ts';
import { base64Of, sizeOf } from './files.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface ImportFlags {
  json: boolean;
  dryRun: boolean;
  /** `urn:briefing:pack:<id>` of the briefing a corrected file replaces. */
  replace: string | undefined;
}

/**
 * `briefing import`: every file is read and parsed before anything is written, and
 * all of them are saved in one transaction (the API's importFiles), so one bad file
 * leaves the library as it was. `--dry-run` only reads them (previewImport).
 */
export async function importCommand(files: string[], flags: ImportFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  if (files.length === 0) throw new UsageError(msg('noFiles', locale));
  const replaceId = flags.replace === undefined ? undefined : parseBriefingUri(flags.replace, locale);
  if (replaceId !== undefined && files.length !== 1) throw new UsageError(msg('replaceOneFile', locale));

  const inputs: { file: string; fileName: string; data: string }[] = [];
  for (const file of files) inputs.push({ file, fileName: basename(file), data: await readInput(file, locale) });

  if (flags.dryRun) {
    const parsed: ImportPreview[] = [];
    for (const input of inputs) parsed.push(await api.previewImport({ fileName: input.fileName, data: input.data, locale }));
    out(flags.json ? JSON.stringify(parsed.length === 1 ? parsed[0] : parsed, null, 2) : parsed.map((p, i) => summary(p, inputs[i]!.file, locale)).join('\n\n'));
    return 0;
  }

  const { imported } = await api.importFiles({
    files: inputs.map(({ fileName, data }) => ({ fileName, data })),
    ...(replaceId === undefined ? {} : { replaceBriefingId: replaceId }),
    locale,
  });
  const results = imported.map((saved, i) => ({
    file: inputs[i]!.file,
    uri: saved.briefing.uri,
    documents: saved.documentCount,
    alreadyImported: saved.alreadyImported,
  }));
  out(
    flags.json
      ? JSON.stringify(results, null, 2)
      : results
          .map((r) => msg(r.alreadyImported ? 'alreadyImported' : replaceId ? 'replaced' : 'imported', locale, { file: r.file, count: r.documents, uri: r.uri }))
          .join('\n'),
  );
  return 0;
}

function parseBriefingUri(uri: string, locale: Locale): number {
  const id = idOfUri('briefing', uri);
  if (id === null) throw new UsageError(msg('badBriefingUri', locale, { uri }));
  return id;
}

/** Refuses an oversized file from its size alone, before reading a byte of it. */
async function readInput(file: string, locale: Locale): Promise<string> {
  const size = await sizeOf(file, locale);
  // The same refusal the API would give, without carrying 64 MB and more into it first.
  if (size > maxImportBytes) throw importError(new ImportFailure('too-large', `${size} bytes`), basename(file));
  return base64Of(file);
}

function summary(parsed: ImportPreview, file: string, locale: Locale): string {
  const lines = [msg('dryRunHeader', locale, { file, count: parsed.documents.length })];
  for (const d of parsed.documents) {
    lines.push(`  ${d.title}${d.unit ? ` · ${d.unit}` : ''}${d.speaker ? ` · ${d.speaker.name}` : ''}`);
  }
  if (parsed.organizerNotes?.length) lines.push(msg('dryRunOrganizerNotes', locale, { count: parsed.organizerNotes.length }));
  const notices = [...parsed.notices, ...parsed.documents.flatMap((d) => d.notices)];
  if (notices.length) lines.push(msg('dryRunRepairs', locale, { count: notices.length }), ...notices.map((n) => `  - ${n.message}`));
  return lines.join('\n');
}
