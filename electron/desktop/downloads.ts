import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BrowserWindow, Dialog, Session, Shell } from 'electron';
import type { Locale } from '@contract/contract.ts';

export interface DownloadDeps {
  dialog: Pick<Dialog, 'showMessageBox'>;
  shell: Pick<Shell, 'showItemInFolder'>;
  /** Where the last folder saved to is remembered, across restarts. */
  stateFile: string;
  /** The folder offered before anything was ever saved. */
  defaultFolder: string;
  locale: () => Locale;
  window: () => BrowserWindow | null;
}

const text = {
  'zh-CN': { saved: '已保存：{name}', show: '在文件夹中显示', close: '关闭' },
  en: { saved: 'Saved: {name}', show: 'Show in folder', close: 'Close' },
} satisfies Record<Locale, Record<string, string>>;

function lastFolder(file: string): string | null {
  try {
    const folder: unknown = (JSON.parse(readFileSync(file, 'utf8')) as { folder?: unknown }).folder;
    return typeof folder === 'string' && folder ? folder : null;
  } catch {
    return null;
  }
}

function rememberFolder(file: string, folder: string): void {
  writeFileSync(`${file}.tmp`, JSON.stringify({ folder }));
  renameSync(`${file}.tmp`, file);
}

/**
 * An export reaches the desktop as a download: it gets a save dialog opening in the
 * folder last saved to, and once saved, the choice to show the file in its folder.
 */
export function handleDownloads(session: Pick<Session, 'on'>, deps: DownloadDeps): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({ defaultPath: join(lastFolder(deps.stateFile) ?? deps.defaultFolder, item.getFilename()) });
    item.once('done', (_done, state) => {
      if (state !== 'completed') return;
      const path = item.getSavePath();
      rememberFolder(deps.stateFile, dirname(path));
      const words = text[deps.locale()];
      const options = {
        type: 'info' as const,
        message: words.saved.replace('{name}', path),
        buttons: [words.show, words.close],
        defaultId: 1,
        cancelId: 1,
      };
      const win = deps.window();
      void (win ? deps.dialog.showMessageBox(win, options) : deps.dialog.showMessageBox(options)).then(({ response }) => {
        if (response === 0) deps.shell.showItemInFolder(path);
      });
    });
  });
}
