import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { Envelope, Settings } from '@contract/contract.ts';
import { createDispatcher } from '@contract/dispatcher.ts';
import type { LibraryCore } from '@core/compose.ts';
import { appEntryUrl } from './app-origin.ts';
import { sampleFileName } from '@core/library/sample.ts';
import { runDesktopApp, type AppDeps } from './app.ts';
import { apiChannel, shellChannel, shellReadyChannel } from './ipc-channel.ts';

type Handler = (...args: unknown[]) => unknown;
type Template = MenuItemConstructorOptions[];

const appFrame = { url: 'app://renderer/index.html', parent: null };

function fakeElectron(options: { lock: boolean }) {
  const app = Object.assign(new EventEmitter(), {
    paths: new Map<string, string>(),
    setPath: vi.fn((name: string, value: string) => app.paths.set(name, value)),
    getPath: (name: string) => app.paths.get(name) ?? '',
    requestSingleInstanceLock: vi.fn(() => options.lock),
    quit: vi.fn(),
    exit: vi.fn(),
    getLocale: () => 'zh-CN',
    whenReady: () => Promise.resolve(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    loadURL = vi.fn(() => Promise.resolve());
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => true;
    maximize = vi.fn();
    getNormalBounds = () => ({ x: 40, y: 30, width: 1000, height: 700 });
    isMaximized = () => true;
    webContents = Object.assign(new EventEmitter(), { send: vi.fn() });
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  const ipcHandlers = new Map<string, Handler>();
  const ipcListeners = new Map<string, Handler>();
  const sessionHandlers: Record<string, Handler> = {};
  const menus: Template[] = [];
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showOpenDialog: vi.fn((): Promise<{ canceled: boolean; filePaths: string[] }> => Promise.resolve({ canceled: true, filePaths: [] })),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0 })),
    },
    ipcMain: {
      handle: (channel: string, h: Handler) => ipcHandlers.set(channel, h),
      on: (channel: string, h: Handler) => ipcListeners.set(channel, h),
    },
    Menu: {
      buildFromTemplate: (template: Template) => template,
      setApplicationMenu: (menu: Template) => menus.push(menu),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        on: vi.fn(),
        setPermissionRequestHandler: (h: Handler) => (sessionHandlers.request = h),
        setPermissionCheckHandler: (h: Handler) => (sessionHandlers.check = h),
        setDevicePermissionHandler: (h: Handler) => (sessionHandlers.device = h),
        webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      },
    },
    shell: { openExternal: vi.fn() },
  };
  /** The page's preload subscribing to shell commands. */
  const pageListens = () => ipcListeners.get(shellReadyChannel)!({ senderFrame: appFrame });
  const sent = () => windows[0]!.webContents.send.mock.calls.filter(([channel]) => channel === shellChannel).map(([, command]) => command);
  return { electron, app, windows, ipcHandlers, sessionHandlers, menus, pageListens, sent };
}

/** A library whose only API is the settings, as the real dispatcher answers them. */
function settingsLibrary(locale: Settings['locale'] = 'zh-CN') {
  let settings = { locale } as Settings;
  const dispatch = vi.fn(async (method: unknown, arg: unknown): Promise<Envelope> => {
    if (method === 'updateSettings') settings = { ...settings, ...(arg as Partial<Settings>) };
    return { ok: true, value: method === 'listDocuments' ? [] : settings };
  });
  return { dispatch, close: vi.fn() } as unknown as LibraryCore & { dispatch: typeof dispatch };
}

function deps(fake: ReturnType<typeof fakeElectron>, open: AppDeps['openLibraryCore'] = vi.fn(), more: Partial<AppDeps> = {}): AppDeps {
  const env = { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'briefing-app-')) };
  return {
    electron: fake.electron as never,
    openLibraryCore: open,
    argv: ['electron', '.', '--db', '/tmp/lib.sqlite3'],
    cwd: '/',
    env,
    platform: 'linux',
    ...more,
  };
}

const layout = { resources: '/opt/app', packaged: false, mainDir: '/opt/app/dist/electron', importWorkerScript: '/opt/app/dist/import-worker.mjs' };
const flush = () => new Promise((r) => setTimeout(r, 0));

function menuItem(template: Template, ...labels: string[]): MenuItemConstructorOptions {
  let items = template;
  let found: MenuItemConstructorOptions | undefined;
  for (const label of labels) {
    found = items.find((i) => i.label === label);
    if (!found) throw new Error(`no menu item ${labels.join(' → ')}`);
    items = (found.submenu ?? []) as Template;
  }
  return found!;
}

const click = (item: MenuItemConstructorOptions) => (item.click as () => unknown)();

function briefingFile(name = '交流材料.txt', text = '研读\n') {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-open-'));
  writeFileSync(join(dir, name), text);
  return { dir, path: join(dir, name) };
}

const importOf = (name: string, text: string) => ({ type: 'import', name, size: Buffer.byteLength(text), bytes: new Uint8Array(Buffer.from(text)) });

describe('desktop shell', () => {
  it('quits at once when another instance holds the lock', async () => {
    const fake = fakeElectron({ lock: false });
    const open = vi.fn();
    runDesktopApp(layout, deps(fake, open));
    await flush();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
  });

  it('shares the CLI’s library folder and opens the --db library with the sample', async () => {
    const fake = fakeElectron({ lock: true });
    const library: LibraryCore = { db: null as never, path: '/tmp/lib.sqlite3', dispatch: createDispatcher({} as never), handlers: {} as never, parse: vi.fn(), close: vi.fn() };
    const open = vi.fn(() => Promise.resolve(library));
    const d = deps(fake, open);
    runDesktopApp(layout, d);
    await flush();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', join(d.env.XDG_CONFIG_HOME!, 'Briefing Reader'));
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ path: '/tmp/lib.sqlite3', samplePath: join('/opt/app/build/sample', sampleFileName) }),
    );
  });

  it('loads better-sqlite3’s Electron build: from beside the packaged app, or the one `npm start` names', async () => {
    const packaged = fakeElectron({ lock: true });
    const openPackaged = vi.fn(() => Promise.resolve(settingsLibrary()));
    const packagedDeps = deps(packaged, openPackaged);
    packagedDeps.env.BRIEFING_NATIVE_BINDING = '/elsewhere.node';
    runDesktopApp({ ...layout, packaged: true }, packagedDeps);
    await flush();
    expect(openPackaged).toHaveBeenCalledWith(
      expect.objectContaining({ nativeBinding: join('/opt/app', 'native', 'better_sqlite3.node'), samplePath: join('/opt/app/sample', sampleFileName) }),
    );

    const development = fakeElectron({ lock: true });
    const openDevelopment = vi.fn(() => Promise.resolve(settingsLibrary()));
    const developmentDeps = deps(development, openDevelopment);
    developmentDeps.env.BRIEFING_NATIVE_BINDING = '/cache/better_sqlite3.node';
    runDesktopApp(layout, developmentDeps);
    await flush();
    expect(openDevelopment).toHaveBeenCalledWith(expect.objectContaining({ nativeBinding: '/cache/better_sqlite3.node' }));
  });

  it('opens one sandboxed window on the app origin and hardens the session', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    expect(fake.windows).toHaveLength(1);
    const win = fake.windows[0]!;
    expect(win.loadURL).toHaveBeenCalledWith(appEntryUrl);
    expect((win.options.webPreferences as Record<string, unknown>).sandbox).toBe(true);
    expect((win.options.webPreferences as Record<string, unknown>).preload).toBe('/opt/app/dist/electron/preload.cjs');
    expect(fake.electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.electron.session.defaultSession.on).toHaveBeenCalledWith('will-download', expect.any(Function));
    const callback = vi.fn();
    fake.sessionHandlers.request!(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('hardens every web contents it creates: no navigation, no new window, web links to the browser only', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    let openHandler: Handler = () => undefined;
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: (h: Handler) => (openHandler = h) });
    fake.app.emit('web-contents-created', {}, contents);
    const navigation = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigation, 'https://www.gov.cn/');
    expect(navigation.preventDefault).toHaveBeenCalled();
    expect(fake.electron.shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.cn/');
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'mailto:a@b.cn' })).toEqual({ action: 'deny' });
    expect(fake.electron.shell.openExternal).toHaveBeenCalledOnce();
    expect(fake.sessionHandlers.check!()).toBe(false);
    expect(fake.sessionHandlers.device!()).toBe(false);
    expect(fake.electron.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(fake.electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
  });

  it('remembers the window’s size, place and maximized state for the next start', async () => {
    const first = fakeElectron({ lock: true });
    const d = deps(first, vi.fn(() => Promise.resolve(settingsLibrary())));
    runDesktopApp(layout, d);
    await flush();
    expect(first.windows[0]!.maximize).not.toHaveBeenCalled();
    first.windows[0]!.emit('close');
    const second = fakeElectron({ lock: true });
    runDesktopApp(layout, { ...d, electron: second.electron as never });
    await flush();
    expect(second.windows[0]!.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
    expect(second.windows[0]!.maximize).toHaveBeenCalled();
  });

  it('focuses the first window when a second instance starts', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.app.emit('second-instance', {}, ['/usr/bin/briefing-reader'], '/');
    expect(fake.windows[0]!.restore).toHaveBeenCalled();
    expect(fake.windows[0]!.focus).toHaveBeenCalled();
  });

  it('answers IPC only from the app’s own frame', async () => {
    const fake = fakeElectron({ lock: true });
    const library = settingsLibrary();
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(library))));
    await flush();
    library.dispatch.mockClear();
    const handler = fake.ipcHandlers.get(apiChannel)!;
    const foreign = (await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'listDocuments', {})) as {
      ok: boolean;
      error: { code: string };
    };
    expect(foreign.ok).toBe(false);
    expect(foreign.error.code).toBe('forbidden');
    expect(library.dispatch).not.toHaveBeenCalled();
    await handler({ senderFrame: appFrame }, 'listDocuments', {});
    expect(library.dispatch).toHaveBeenCalledWith('listDocuments', {});
  });

  it('shows the library error in a dialog and exits instead of opening a window', async () => {
    const fake = fakeElectron({ lock: true });
    const { ApiError } = await import('@contract/errors.ts');
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.reject(ApiError.of('library_too_new', { found: 9, supported: 1 })))));
    await flush();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('更新版本'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
  });
});

describe('the native menu', () => {
  it('speaks the library’s language and follows a switch of language at once', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary('zh-CN')))));
    await flush();
    expect(fake.menus.at(-1)!.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    await fake.ipcHandlers.get(apiChannel)!({ senderFrame: appFrame }, 'updateSettings', { locale: 'en' });
    expect(fake.menus.at(-1)!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('puts the app’s own menu first on macOS', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary())), { platform: 'darwin' }));
    await flush();
    expect(fake.menus.at(-1)!.map((m) => m.label)).toEqual(['研读', '文件', '编辑', '视图', '窗口']);
  });

  it('sends the page its commands', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.pageListens();
    click(menuItem(fake.menus.at(-1)!, '编辑', '查找…'));
    click(menuItem(fake.menus.at(-1)!, '视图', '全部笔记'));
    expect(fake.sent()).toEqual([{ type: 'find' }, { type: 'go', to: 'notes' }]);
  });
});

describe('opening files', () => {
  it('File → Open reads the chosen file into the page’s import and remembers it', async () => {
    const fake = fakeElectron({ lock: true });
    const { path } = briefingFile();
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.pageListens();
    await click(menuItem(fake.menus.at(-1)!, '文件', '打开…'));
    const [, options] = fake.electron.dialog.showOpenDialog.mock.calls[0] as unknown as [unknown, { filters: { extensions: string[] }[] }];
    expect(options.filters[0]!.extensions).toEqual(expect.arrayContaining(['txt', 'docx', 'pdf', 'briefing']));
    expect(fake.sent()).toEqual([importOf('交流材料.txt', '研读\n')]);
    expect(fake.app.addRecentDocument).toHaveBeenCalledWith(path);
    expect(menuItem(fake.menus.at(-1)!, '文件', '最近打开', '交流材料.txt').toolTip).toBe(path);
  });

  it('does nothing when the open dialog is cancelled', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.pageListens();
    await click(menuItem(fake.menus.at(-1)!, '文件', '打开…'));
    expect(fake.sent()).toEqual([]);
    expect(fake.app.addRecentDocument).not.toHaveBeenCalled();
  });

  it('opens a file named on the first command line once the page listens', async () => {
    const fake = fakeElectron({ lock: true });
    const { dir } = briefingFile('简报.md', '# 标题\n');
    const argv = ['/opt/研读/briefing-reader', '--no-sample', '简报.md'];
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary())), { argv, cwd: dir }));
    await flush();
    expect(fake.sent()).toEqual([]);
    fake.pageListens();
    expect(fake.sent()).toEqual([importOf('简报.md', '# 标题\n')]);
  });

  it('a second launch passes its file to the first instance', async () => {
    const fake = fakeElectron({ lock: true });
    const { dir, path } = briefingFile();
    writeFileSync(join(dir, 'setup.exe'), 'MZ');
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.pageListens();
    fake.app.emit('second-instance', {}, ['/opt/研读/briefing-reader', '--allow-file-access-from-files', 'setup.exe', 'gone.pdf', path], dir);
    expect(fake.sent()).toEqual([importOf('交流材料.txt', '研读\n')]);
    expect(fake.windows[0]!.focus).toHaveBeenCalled();
  });

  it('holds a macOS open-file that comes before the window, then opens it', async () => {
    const fake = fakeElectron({ lock: true });
    const { path } = briefingFile();
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary())), { platform: 'darwin' }));
    const event = { preventDefault: vi.fn() };
    fake.app.emit('open-file', event, path);
    expect(event.preventDefault).toHaveBeenCalled();
    await flush();
    fake.pageListens();
    expect(fake.sent()).toEqual([importOf('交流材料.txt', '研读\n')]);
  });

  it('a recent file that has gone is reported in the user’s language and leaves the menu', async () => {
    const fake = fakeElectron({ lock: true });
    const { path } = briefingFile();
    fake.electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.pageListens();
    await click(menuItem(fake.menus.at(-1)!, '文件', '打开…'));
    const recentItem = menuItem(fake.menus.at(-1)!, '文件', '最近打开', '交流材料.txt');
    rmSync(path);
    click(recentItem);
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), '无法打开“交流材料.txt”：文件已不存在。');
    expect(fake.sent()).toHaveLength(1);
    expect(menuItem(fake.menus.at(-1)!, '文件', '最近打开', '无').enabled).toBe(false);
  });

  it('clears both recent lists', async () => {
    const fake = fakeElectron({ lock: true });
    const { path } = briefingFile();
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(settingsLibrary()))));
    await flush();
    fake.app.emit('second-instance', {}, ['briefing-reader', path], '/');
    expect(menuItem(fake.menus.at(-1)!, '文件', '最近打开', '清除最近打开').enabled).toBe(true);
    click(menuItem(fake.menus.at(-1)!, '文件', '最近打开', '清除最近打开'));
    expect(fake.app.clearRecentDocuments).toHaveBeenCalled();
    expect(menuItem(fake.menus.at(-1)!, '文件', '最近打开', '清除最近打开').enabled).toBe(false);
  });
});
