import { readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { OpenDialogOptions } from 'electron';
import type { Locale } from '../api/contract.ts';
import type { ShellCommand } from '../api/shell.ts';

/** What the app opens: what the importer reads, and briefing packs. */
export const openableExtensions = ['txt', 'md', 'html', 'htm', 'docx', 'pdf', 'briefing'] as const;

/** The importer's limit (electron/api/schemas.ts): a bigger file is not read, only named. */
export const maxOpenBytes = 64 * 1024 * 1024;

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

export function isOpenable(path: string): boolean {
  return (openableExtensions as readonly string[]).includes(extname(path).slice(1).toLowerCase());
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
    filters: [{ name: text[locale].filter, extensions: [...openableExtensions] }],
  };
}

/** The import command for a file; its bytes stay unread past the limit so the page can refuse it by size. */
export function readForImport(path: string): ShellCommand {
  const size = statSync(path).size;
  const bytes = size > maxOpenBytes ? null : new Uint8Array(readFileSync(path));
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
