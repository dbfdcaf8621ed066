import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Locale } from '@contract/contract.ts';
import { importError } from '@core/import/import-errors.ts';
import { saveParsedFiles } from '@core/import/import-service.ts';
import { maxImportBytes } from '@contract/rules/limits.ts';
import { ImportFailure, type ParsedBriefing } from '@core/import/parse/index.ts';
import { parseInWorker, type ImportWorkerConfig } from '@core/import/worker/parse-in-worker.ts';
import type { LibraryCore } from '@core/compose.ts';
import { briefingUri, idOfUri } from '@contract/rules/uris.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface ImportFlags {
  json: boolean;
  dryRun: boolean;
  /** `urn:briefing:pack:<id>` of the briefing a corrected file replaces. */
  replace: string | undefined;
}

interface Input {
  file: string;
  name: string;
  bytes: Uint8Array;
  parsed: ParsedBriefing;
}

/**
 * `briefing import`: every file is read and parsed before anything is written, and
 * all of them are saved in one transaction, so one bad file leaves the library as it was.
 */
export async function importCommand(
  files: string[],
  flags: ImportFlags,
  worker: ImportWorkerConfig,
  open: () => Promise<LibraryCore>,
  out: (text: string) => void,
  locale: Locale,
): Promise<number> {
  if (files.length === 0) throw new UsageError(msg('noFiles', locale));
  const replaceId = flags.replace === undefined ? undefined : parseBriefingUri(flags.replace, locale);
  if (replaceId !== undefined && files.length !== 1) throw new UsageError(msg('replaceOneFile', locale));

  const inputs: Input[] = [];
  for (const file of files) {
    const name = basename(file);
    const bytes = await readInput(file, name, locale);
    try {
      inputs.push({ file, name, bytes, parsed: await parseInWorker(worker, bytes, name, { locale }) });
    } catch (err) {
      throw importError(err, name);
    }
  }

  if (flags.dryRun) {
    const parsed = inputs.map((i) => i.parsed);
    out(flags.json ? JSON.stringify(parsed.length === 1 ? parsed[0] : parsed, null, 2) : inputs.map((i) => summary(i.parsed, i.file, locale)).join('\n\n'));
    return 0;
  }

  const session = await open();
  try {
    const results = saveParsedFiles(session.db, inputs, replaceId).map((saved, i) => ({
      file: inputs[i]!.file,
      uri: briefingUri(saved.briefingId),
      documents: inputs[i]!.parsed.documents.length,
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
  } finally {
    session.close();
  }
}

function parseBriefingUri(uri: string, locale: Locale): number {
  const id = idOfUri('briefing', uri);
  if (id === null) throw new UsageError(msg('badBriefingUri', locale, { uri }));
  return id;
}

/** Refuses an oversized file from its size alone, before reading a byte of it. */
async function readInput(file: string, name: string, locale: Locale): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
    size = info.size;
  } catch (err) {
    throw new UsageError(msg('cannotRead', locale, { file, why: (err as NodeJS.ErrnoException).code ?? String(err) }));
  }
  if (size > maxImportBytes) throw importError(new ImportFailure('too-large', `${size} bytes`), name);
  return readFile(file);
}

function summary(parsed: ParsedBriefing, file: string, locale: Locale): string {
  const lines = [msg('dryRunHeader', locale, { file, count: parsed.documents.length })];
  for (const d of parsed.documents) {
    lines.push(`  ${d.title}${d.unit ? ` · ${d.unit}` : ''}${d.speaker ? ` · ${d.speaker.name}` : ''}`);
  }
  if (parsed.organizerNotes?.length) lines.push(msg('dryRunOrganizerNotes', locale, { count: parsed.organizerNotes.length }));
  const notices = [...parsed.notices, ...parsed.documents.flatMap((d) => d.notices)];
  if (notices.length) lines.push(msg('dryRunRepairs', locale, { count: notices.length }), ...notices.map((n) => `  - ${n.message}`));
  return lines.join('\n');
}
