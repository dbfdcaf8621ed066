import { join } from 'node:path';
import type * as Electron from 'electron';
import type { Envelope, Locale, Settings } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import type { LibraryCore, LibraryCoreOptions } from '@core/compose.ts';
import { resolveLibraryPath, userDataDir } from '@core/library/paths.ts';
import { sampleFileName } from '@core/library/sample.ts';
import { appVersion } from '@core/shared/version.ts';
import { appEntryUrl } from './app-origin.ts';
import { handleDownloads } from './downloads.ts';
import { registerApi } from './ipc.ts';
import { menuTemplate, type MenuActions } from './menu.ts';
import { fileOpener, filesFromArgv, openDialogOptions } from './open-files.ts';
import { createPrintPages } from './print-pages.ts';
import { electronPdfPrinter } from './print-to-pdf.ts';
import { appSchemePrivileges, serveRenderer } from './protocol.ts';
import { recentFiles } from './recent-files.ts';
import { hardenSession, hardenWebContents } from './security.ts';
import { createShellChannel } from './shell-channel.ts';
import { openMainWindow } from './window-options.ts';
import { loadWindowState, saveWindowState, visibleBounds } from './window-state.ts';

type ElectronModule = Pick<
  typeof Electron,
  'app' | 'BrowserWindow' | 'dialog' | 'ipcMain' | 'Menu' | 'protocol' | 'screen' | 'session' | 'shell'
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
  openLibraryCore: (options: LibraryCoreOptions) => Promise<LibraryCore>;
  argv: string[];
  /** Where relative file names on the command line are found. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
}

const appTitle = '研读 / Briefing Reader';

/**
 * The desktop shell: one instance, one hardened window, the library behind the API,
 * and the native menu. A file opened from the system (command line, a second launch,
 * macOS Finder, File → Open) is read here and handed to the page's import review.
 * Electron is passed in, so this wiring is unit-tested without a runtime.
 */
export function runDesktopApp(layout: AppLayout, deps: AppDeps): void {
  const { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } = deps.electron;
  app.setPath('userData', userDataDir(deps.env));
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const rendererDir = join(layout.resources, layout.packaged ? 'renderer' : join('dist', 'renderer'));
  const samplePath = join(layout.resources, layout.packaged ? 'sample' : join('build', 'sample'), sampleFileName);
  // better-sqlite3 built for Electron's ABI: packaging puts it beside the app, `npm start` names its own build.
  const nativeBinding = layout.packaged ? join(layout.resources, 'native', 'better_sqlite3.node') : deps.env.BRIEFING_NATIVE_BINDING;
  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const openExternal = (url: string) => shell.openExternal(url);
  let mainWindow: Electron.BrowserWindow | null = null;
  let library: LibraryCore | null = null;
  // One file at a time: the import review shows one file.
  let waitingFile: string | null = filesFromArgv(deps.argv, deps.cwd)[0] ?? null;

  // The library's setting once it is open; until then the system's language.
  let chosenLocale: Locale | null = null;
  const locale = (): Locale => chosenLocale ?? (app.getLocale().startsWith('zh') ? 'zh-CN' : 'en');
  const adoptLocale = (answer: Envelope) => {
    if (answer.ok) chosenLocale = (answer.value as Settings).locale;
  };
  const channel = createShellChannel(ipcMain);
  const recent = recentFiles(join(app.getPath('userData'), 'recent-files.json'));
  const openFile = fileOpener({
    send: (command) => channel.send(command),
    opened(path) {
      recent.add(path);
      app.addRecentDocument(path);
      setMenu();
    },
    showError(message) {
      dialog.showErrorBox(appTitle, message);
      // A recent file that has gone is dropped from the menu.
      setMenu();
    },
    locale,
  });
  const menuActions: MenuActions = {
    async open() {
      const options = openDialogOptions(locale());
      const chosen = await (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options));
      if (!chosen.canceled && chosen.filePaths[0]) openFile(chosen.filePaths[0]);
    },
    openRecent: (path) => openFile(path),
    clearRecent() {
      recent.clear();
      app.clearRecentDocuments();
      setMenu();
    },
    send: (command) => channel.send(command),
    about() {
      const options = { type: 'info' as const, title: appTitle, message: `${appTitle} ${appVersion}` };
      void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
    },
  };

  function setMenu(): void {
    const options = { locale: locale(), platform: deps.platform, dev: !layout.packaged, recent: recent.list() };
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options, menuActions)));
  }

  /** Opens the file now, or once the window is there to show it. */
  function receiveFile(path: string | undefined): void {
    if (!path) return;
    if (mainWindow) openFile(path);
    else waitingFile = path;
  }

  function createWindow(): Electron.BrowserWindow {
    const state = loadWindowState(stateFile);
    const bounds = visibleBounds(state.bounds, screen.getAllDisplays().map((d) => d.workArea));
    const win = openMainWindow(BrowserWindow, join(layout.mainDir, 'preload.cjs'), bounds);
    if (state.maximized) win.maximize();
    win.once('ready-to-show', () => win.show());
    win.on('close', () => saveWindowState(stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
    channel.attach(win.webContents);
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
      locale,
      window: () => mainWindow,
    });
    const printPages = createPrintPages();
    serveRenderer(protocol, rendererDir, printPages);
    try {
      library = await deps.openLibraryCore({
        path: resolveLibraryPath(flagValue(deps.argv, '--db'), deps.env),
        version: appVersion,
        samplePath: deps.argv.includes('--no-sample') ? null : samplePath,
        importWorker: { script: layout.importWorkerScript },
        printPdf: electronPdfPrinter(BrowserWindow, printPages),
        ...(nativeBinding ? { nativeBinding } : {}),
        onUnexpected: (err) => console.error(err),
      });
    } catch (err) {
      dialog.showErrorBox(appTitle, err instanceof ApiError ? err.payload.message[locale()] : String(err));
      app.exit(1);
      return;
    }
    const dispatch = library.dispatch;
    adoptLocale(await dispatch('getSettings', {}));
    registerApi(ipcMain, async (method, arg) => {
      const answer = await dispatch(method, arg);
      // The menu and dialogs speak the language the user just chose.
      if (method === 'updateSettings') {
        adoptLocale(answer);
        setMenu();
      }
      return answer;
    });
    setMenu();
    mainWindow = createWindow();
    receiveFile(waitingFile ?? undefined);
    waitingFile = null;
  }

  // A second launch (another file double-clicked) hands its command line to this instance.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    receiveFile(filesFromArgv(argv, workingDirectory)[0]);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  // macOS delivers files opened from Finder as events, even before the app is ready.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    receiveFile(path);
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
