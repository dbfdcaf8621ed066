import type { BrowserWindow as BrowserWindowClass, Rectangle } from 'electron';

/**
 * Opens the main window. Every security-relevant preference is spelled out, even
 * where it matches Electron's default, so a future default change or an accidental
 * edit is caught by the test that asserts them; and they are written inline in the
 * constructor call, where Electronegativity can read them in the built bundle.
 */
export function openMainWindow(
  BrowserWindow: typeof BrowserWindowClass,
  preloadPath: string,
  bounds: Partial<Rectangle>,
): BrowserWindowClass {
  return new BrowserWindow({
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
      // A middle click on a link would otherwise open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
    },
  });
}
