import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import { importExtensions, importFormatOf } from '@contract/rules/file-types.ts';
import { maxImportBytes } from '@contract/rules/limits.ts';
import type { Locale } from '@contract/contract.ts';
import type { ShellCommand } from '@contract/shell.ts';


/** Flags of our own that take their value as the next argument. */
const flagsWithValue = new Set(['--db']);

const text = {
  'zh-CN': {
    filter: '简报文件',
    title: '打开简报',
    unreadable: '无法打开“{name}”：{why}',
    ENOENT: '文件已不存在。',
    EACCES: '没有读取这个文件的权限。',
    other: '文件读取失败。',
  },
  en: {
    filter: 'Briefing files',
    title: 'Open a briefing',
    unreadable: 'Cannot open "{name}": {why}',
    ENOENT: 'The file no longer exists.',
    EACCES: 'You are not allowed to read it.',
    other: 'It could not be read.',
  },
} satisfies Record<Locale, Record<string, string>>;

/** What the app opens: what the importer reads, briefing packs included. */
export function isOpenable(path: string): boolean {
  return importFormatOf(path) !== null;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The files named on a command line: the first launch's, or a second instance's passed
 * on. Skips the executable, the app folder in development, Chromium's and our flags,
 * and anything that is not an existing file the app can open.
 */
export function filesFromArgv(argv: string[], cwd: string): string[] {
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (flagsWithValue.has(arg)) i++;
    else if (!arg.startsWith('-')) {
      const path = resolve(cwd, arg);
      if (isOpenable(path) && isFile(path)) files.push(path);
    }
  }
  return files;
}

export function openDialogOptions(locale: Locale): OpenDialogOptions {
  return {
    title: text[locale].title,
    properties: ['openFile'],
    filters: [{ name: text[locale].filter, extensions: [...importExtensions] }],
  };
}

/** The import command for a file; its bytes stay unread past the limit so the page can refuse it by size. */
export function readForImport(path: string): ShellCommand {
  const size = statSync(path).size;
  // Past the importer's limit a file is not read, only named.
  const bytes = size > maxImportBytes ? null : new Uint8Array(readFileSync(path));
  return { type: 'import', name: basename(path), size: bytes ? bytes.length : size, bytes };
}

export function unreadableMessage(locale: Locale, path: string, err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const why = code === 'ENOENT' ? 'ENOENT' : code === 'EACCES' || code === 'EPERM' ? 'EACCES' : 'other';
  return text[locale].unreadable.replace('{name}', basename(path)).replace('{why}', text[locale][why]);
}

export interface FileOpenerDeps {
  send(command: ShellCommand): void;
  /** Told of every file opened, for the recent lists. */
  opened(path: string): void;
  showError(message: string): void;
  locale(): Locale;
}

/** Opens a file from anywhere (dialog, recent list, command line, Finder) into the page's import review. */
export function fileOpener(deps: FileOpenerDeps): (path: string) => void {
  return (path) => {
    let command: ShellCommand;
    try {
      command = readForImport(path);
    } catch (err) {
      deps.showError(unreadableMessage(deps.locale(), path, err));
      return;
    }
    deps.send(command);
    deps.opened(path);
  };
}
