import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy, printPagePolicy } from '@web/csp.ts';
import { appEntryUrl, isAppUrl } from './app-origin.ts';
import { appSchemePrivileges } from './protocol.ts';
import { hardenSession, hardenWebContents, isAllowedRequest, isExternalLink, isTrustedSender } from './security.ts';
import { createPrintPages } from './print-pages.ts';
import { electronPdfPrinter } from './print-to-pdf.ts';
import { openMainWindow } from './window-options.ts';
import { visibleBounds } from './window-state.ts';

type Handler = (...args: unknown[]) => unknown;

/** Stands in for BrowserWindow and keeps the options it was constructed with. */
class CapturedWindow {
  static last: BrowserWindowConstructorOptions = {};
  webContents = { printToPDF: () => Promise.resolve(new Uint8Array([37])) };
  constructor(options: BrowserWindowConstructorOptions) {
    CapturedWindow.last = options;
  }
  loadURL = () => Promise.resolve();
  destroy = () => undefined;
}

function mainWindowOptions(preload: string, bounds: Partial<Rectangle>): BrowserWindowConstructorOptions {
  openMainWindow(CapturedWindow as never, preload, bounds);
  return CapturedWindow.last;
}

describe('main window preferences', () => {
  const prefs = mainWindowOptions('/app/preload.cjs', {}).webPreferences!;

  it('isolate and sandbox the renderer with no Node.js anywhere', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep web security on and every risky feature off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('print exports in a sandboxed window with JavaScript off', async () => {
    const print = electronPdfPrinter(CapturedWindow as never, createPrintPages());
    const a4 = { pageMm: { width: 210, height: 297 }, marginMm: { top: 37, bottom: 35, left: 28, right: 26 }, headerTemplate: '', footerTemplate: '' };
    expect(await print('<p>x</p>', a4, {})).toEqual(new Uint8Array([37]));
    expect(CapturedWindow.last.show).toBe(false);
    expect(CapturedWindow.last.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(CapturedWindow.last.webPreferences?.preload).toBeUndefined();
  });

  it('restore the remembered size and position', () => {
    const opts = mainWindowOptions('/p', { x: 10, y: 20, width: 900, height: 700 });
    expect(opts).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
  });

  it('forget a remembered position that no display shows any more', () => {
    const display = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(visibleBounds({ x: 100, y: 100, width: 800, height: 600 }, [display])).toEqual({ x: 100, y: 100, width: 800, height: 600 });
    expect(visibleBounds({ x: 3000, y: 100, width: 800, height: 600 }, [display])).toEqual({ width: 800, height: 600 });
  });
});

describe('content security policy', () => {
  const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('allows nothing by default and scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin, no inline script and no eval', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|\*|unsafe-inline|unsafe-eval|wasm-unsafe/);
  });
});

describe('the renderer origin', () => {
  it('is a privileged custom scheme, not file://', () => {
    expect(appEntryUrl.startsWith('app://renderer/')).toBe(true);
    expect(appSchemePrivileges.privileges).toMatchObject({ standard: true, secure: true });
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
  });

  it('loads no remote content ever', () => {
    expect(isAllowedRequest('app://renderer/assets/index.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('https://example.com/tracker.js')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:8080/')).toBe(false);
    expect(isAllowedRequest('file:///etc/passwd')).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('answers only the app’s own top-level frame', () => {
    expect(isTrustedSender({ url: 'app://renderer/index.html', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'app://renderer/index.html', parent: {} as never })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/x.html', parent: null })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

describe('navigation and new windows', () => {
  function fakeContents() {
    const emitter = new EventEmitter();
    let openHandler: Handler = () => undefined;
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (h: Handler) => (openHandler = h),
    });
    return { contents, open: (url: string) => openHandler({ url }) };
  }

  it('blocks every navigation and sends web links to the system browser', () => {
    const { contents } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, openExternal);
    for (const [url, external] of [
      ['https://www.gov.cn/', true],
      ['file:///etc/passwd', false],
      ['javascript:alert(1)', false],
      ['app://renderer/other.html', false],
    ] as const) {
      const event = { preventDefault: vi.fn() };
      contents.emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(openExternal.mock.calls.some(([u]) => u === url)).toBe(external);
    }
  });

  it('denies window.open and webviews', () => {
    const { contents, open } = fakeContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as never, openExternal);
    expect(open('https://www.gov.cn/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
    expect(open('app://renderer/popup.html')).toEqual({ action: 'deny' });
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('hands only http and https links to the system browser', () => {
    expect(isExternalLink('https://www.gov.cn/')).toBe(true);
    expect(isExternalLink('http://www.gov.cn/')).toBe(true);
    for (const url of ['mailto:a@b.cn', 'smb://server/share', 'file:///C:/Windows/system32/calc.exe', 'ms-msdt:/id', 'javascript:alert(1)']) {
      expect(isExternalLink(url)).toBe(false);
    }
    expect(isExternalLink('not a url')).toBe(false);
  });
});

describe('session', () => {
  it('denies every permission and cancels every remote request', () => {
    const handlers: Record<string, Handler> = {};
    const session = {
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
      webRequest: {
        onBeforeRequest: (h: Handler) => (handlers.before = h),
        onHeadersReceived: (h: Handler) => (handlers.headers = h),
      },
    };
    hardenSession(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      handlers.request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check!()).toBe(false);
    expect(handlers.device!()).toBe(false);

    const cancelled = vi.fn();
    handlers.before!({ url: 'https://cdn.example/font.woff2' }, cancelled);
    expect(cancelled).toHaveBeenCalledWith({ cancel: true });
    const allowed = vi.fn();
    handlers.before!({ url: 'app://renderer/index.html' }, allowed);
    expect(allowed).toHaveBeenCalledWith({ cancel: false });
    const printing = vi.fn();
    handlers.before!({ url: 'app://print/0b7e3c8e-9f5a-4c1e-8d2a-1f2e3d4c5b6a.html' }, printing);
    expect(printing).toHaveBeenCalledWith({ cancel: false });
    const printCsp = vi.fn();
    handlers.headers!({ url: 'app://print/0b7e3c8e-9f5a-4c1e-8d2a-1f2e3d4c5b6a.html', responseHeaders: {} }, printCsp);
    expect(printCsp).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [printPagePolicy] } });

    const withCsp = vi.fn();
    handlers.headers!({ responseHeaders: {} }, withCsp);
    expect(withCsp).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy] } });
  });
});
