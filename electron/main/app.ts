import { join } from 'node:path';
import type * as Electron from 'electron';
import { ApiError } from '../api/errors.ts';
import type { LibrarySession, SessionOptions } from '../services/library-session.ts';
import { resolveLibraryPath, userDataDir } from '../services/paths.ts';
import { getSettings } from '../services/settings-service.ts';
import { sampleFileName } from '../services/sample.ts';
import { appVersion } from '../services/version.ts';
import { appEntryUrl } from './app-origin.ts';
import { handleDownloads } from './downloads.ts';
import { registerApi } from './ipc.ts';
import { electronPdfPrinter } from './print-to-pdf.ts';
import { appSchemePrivileges, serveRenderer } from './protocol.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { openMainWindow } from './window-options.ts';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state.ts';

type ElectronModule = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'protocol' | 'screen' | 'session' | 'shell'
>;

export interface AppLayout {
  /** Folder holding dist/ and build/ in development, or the packaged app's resources. */
  resources: string;
  packaged: boolean;
  /** Folder of the bundled main process, beside which preload.cjs lies. */
  mainDir: string;
  /** The bundled import worker, outside the asar archive when packaged. */
  importWorkerScript: string;
}

export interface AppDeps {
  electron: ElectronModule;
  openLibrarySession: (options: SessionOptions) => Promise<LibrarySession>;
  argv: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The desktop shell: one instance, one hardened window, and the library behind the
 * API. Electron is passed in, so this wiring is unit-tested without a runtime.
 */
export function runDesktopApp(layout: AppLayout, deps: AppDeps): void {
  const { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, shell } = deps.electron;
  app.setPath('userData', userDataDir(deps.env));
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const rendererDir = join(layout.resources, layout.packaged ? 'renderer' : join('dist', 'renderer'));
  const samplePath = join(layout.resources, layout.packaged ? 'sample' : join('build', 'sample'), sampleFileName);
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const openExternal = (url: string) => shell.openExternal(url);
  let mainWindow: Electron.BrowserWindow | null = null;
  let library: LibrarySession | null = null;

  function createWindow(): Electron.BrowserWindow {
    const state = loadWindowState(stateFile);
    const bounds = visibleBounds(state.bounds, screen.getAllDisplays().map((d) => d.workArea));
    const win = openMainWindow(BrowserWindow, join(layout.mainDir, 'preload.cjs'), bounds);
    if (state.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('close', () => saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
    void win.loadURL(appEntryUrl);
    return win;
  }

  async function start(): Promise<void> {
    hardenSession(session.defaultSession);
    handleDownloads(session.defaultSession, {
      dialog,
      shell,
      stateFile: join(app.getPath('userData'), 'last-save-folder.json'),
      defaultFolder: app.getPath('documents'),
      locale: () => (library ? getSettings(library.db).locale : 'zh-CN'),
      window: () => mainWindow,
    });
    serveRenderer(protocol, rendererDir);
    try {
      library = await deps.openLibrarySession({
        path: resolveLibraryPath(flagValue(deps.argv, '--db'), deps.env),
        version: appVersion,
        samplePath: deps.argv.includes('--no-sample') ? null : samplePath,
        importWorker: { script: layout.importWorkerScript },
        printPdf: electronPdfPrinter(BrowserWindow),
        ...(deps.env.BRIEFING_NATIVE_BINDING ? { nativeBinding: deps.env.BRIEFING_NATIVE_BINDING } : {}),
        onUnexpected: (err) => console.error(err),
      });
    } catch (err) {
      const locale = app.getLocale().startsWith('zh') ? 'zh-CN' : 'en';
      dialog.showErrorBox('研读 / Briefing Reader', err instanceof ApiError ? err.payload.message[locale] : String(err));
      app.exit(1);
      return;
    }
    registerApi(ipcMain, library.dispatch);
    mainWindow = createWindow();
  }

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => library?.close());
  app.whenReady().then(start, (err: unknown) => {
    console.error(err);
    app.exit(1);
  });
}

function flagValue(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}
