import type { BriefingApi, ImportJob } from '@contract/contract.ts';
import type { ShellCommand } from '@contract/shell.ts';
import { ApiError } from '@contract/errors.ts';
import { importFormatOf } from '@contract/rules/file-types.ts';
import { maxImportBytes } from '@contract/rules/limits.ts';
import { bytesToBase64 } from './base64.ts';
import { messages } from './messages.ts';


export type ImportSource = Pick<File, 'name' | 'size' | 'arrayBuffer'>;

/**
 * Of the files dropped on the window, the ones to import, in order: those the importer
 * reads (electron/contract/rules/file-types.ts); with none of those, the first, whose
 * refusal then names it. The others are left aside, as a picker filtered by type would.
 */
export function droppedFilesToImport<T extends Pick<File, 'name'>>(files: ArrayLike<T> | undefined): T[] {
  const all = Array.from(files ?? []);
  const readable = all.filter((f) => importFormatOf(f.name) !== null);
  return readable.length > 0 ? readable : all.slice(0, 1);
}

/** Sends a chosen or dropped file to the importer; rejects with an error every locale can show. */
export async function startImportFromFile(api: Pick<BriefingApi, 'startImport'>, file: ImportSource): Promise<ImportJob> {
  // Checked here too, so a huge file is refused before it is uploaded.
  if (file.size > maxImportBytes) {
    const message = { 'zh-CN': messages['zh-CN'].importTooLarge, en: messages.en.importTooLarge };
    throw new ApiError({ code: 'import_failed', message: { 'zh-CN': fill(message['zh-CN'], file.name), en: fill(message.en, file.name) } });
  }
  const data = await bytesToBase64(new Uint8Array(await file.arrayBuffer()));
  return api.startImport({ fileName: file.name, data });
}

/** A file the desktop read for the page; past the import limit it has no bytes, and is refused by size. */
export function openedFile(command: Extract<ShellCommand, { type: 'import' }>): ImportSource {
  const { name, size, bytes } = command;
  return { name, size, arrayBuffer: async () => (bytes ?? new Uint8Array()).slice().buffer };
}

const fill = (template: string, name: string) => template.replace('{name}', name);
