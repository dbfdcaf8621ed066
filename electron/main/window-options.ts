import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';

/**
 * The main window's options. Every security-relevant preference is spelled out,
 * even where it matches Electron's default, so a future default change or an
 * accidental edit is caught by the test that asserts them.
 */
export function mainWindowOptions(preloadPath: string, bounds: Partial<Rectangle>): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    width: bounds.width ?? 1200,
    height: bounds.height ?? 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: '研读',
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
