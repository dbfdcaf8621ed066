import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatcher } from '../api/dispatcher.ts';
import type { LibrarySession } from '../services/library-session.ts';
import { appEntryUrl } from './app-origin.ts';
import { sampleFileName } from '../services/sample.ts';
import { runDesktopApp, type AppDeps } from './app.ts';
import { apiChannel } from './ipc-channel.ts';

type Handler = (...args: unknown[]) => unknown;

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
  });
  const windows: FakeWindow[] = [];
  class FakeWindow extends EventEmitter {
    loadURL = vi.fn(() => Promise.resolve());
    focus = vi.fn();
    restore = vi.fn();
    isMinimized = () => true;
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
    }
  }
  const ipcHandlers = new Map<string, Handler>();
  const sessionHandlers: Record<string, Handler> = {};
  const electron = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: (channel: string, h: Handler) => ipcHandlers.set(channel, h) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getAllDisplays: () => [] },
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
  return { electron, app, windows, ipcHandlers, sessionHandlers };
}

function deps(fake: ReturnType<typeof fakeElectron>, open = vi.fn()): AppDeps {
  const env = { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'briefing-app-')) };
  return { electron: fake.electron as never, openLibrarySession: open, argv: ['electron', '.', '--db', '/tmp/lib.sqlite3'], env };
}

const layout = { resources: '/opt/app', packaged: false, mainDir: '/opt/app/dist/electron', importWorkerScript: '/opt/app/dist/import-worker.mjs' };
const flush = () => new Promise((r) => setTimeout(r, 0));

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
    const session: LibrarySession = { db: null as never, path: '/tmp/lib.sqlite3', dispatch: createDispatcher({} as never), parse: vi.fn(), close: vi.fn() };
    const open = vi.fn(() => Promise.resolve(session));
    const d = deps(fake, open);
    runDesktopApp(layout, d);
    await flush();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', join(d.env.XDG_CONFIG_HOME!, 'Briefing Reader'));
    expect(open).toHaveBeenCalledWith(
      expect.objectContaining({ path: '/tmp/lib.sqlite3', samplePath: join('/opt/app/build/sample', sampleFileName) }),
    );
  });

  it('opens one sandboxed window on the app origin and hardens the session', async () => {
    const fake = fakeElectron({ lock: true });
    const session: LibrarySession = { db: null as never, path: '', dispatch: vi.fn(), parse: vi.fn(), close: vi.fn() };
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve(session))));
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
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve({ dispatch: vi.fn(), close: vi.fn() } as never))));
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

  it('focuses the first window when a second instance starts', async () => {
    const fake = fakeElectron({ lock: true });
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve({ dispatch: vi.fn(), close: vi.fn() } as never))));
    await flush();
    fake.app.emit('second-instance');
    expect(fake.windows[0]!.restore).toHaveBeenCalled();
    expect(fake.windows[0]!.focus).toHaveBeenCalled();
  });

  it('answers IPC only from the app’s own frame', async () => {
    const fake = fakeElectron({ lock: true });
    const dispatch = vi.fn(() => Promise.resolve({ ok: true, value: 1 }));
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.resolve({ dispatch, close: vi.fn() } as never))));
    await flush();
    const handler = fake.ipcHandlers.get(apiChannel)!;
    const foreign = (await handler({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'listDocuments', {})) as {
      ok: boolean;
      error: { code: string };
    };
    expect(foreign.ok).toBe(false);
    expect(foreign.error.code).toBe('forbidden');
    expect(dispatch).not.toHaveBeenCalled();
    await handler({ senderFrame: { url: 'app://renderer/index.html', parent: null } }, 'listDocuments', {});
    expect(dispatch).toHaveBeenCalledWith('listDocuments', {});
  });

  it('shows the library error in a dialog and exits instead of opening a window', async () => {
    const fake = fakeElectron({ lock: true });
    const { ApiError } = await import('../api/errors.ts');
    runDesktopApp(layout, deps(fake, vi.fn(() => Promise.reject(ApiError.of('library_too_new', { found: 9, supported: 1 })))));
    await flush();
    expect(fake.electron.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('更新版本'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
  });
});
