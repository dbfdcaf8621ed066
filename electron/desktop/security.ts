import type { Session, WebContents, WebFrameMain } from 'electron';
import { contentSecurityPolicy, printPagePolicy } from '@web/csp.ts';
import { isAppUrl, isPrintUrl } from './app-origin.ts';

export type OpenExternal = (url: string) => unknown;

/**
 * Only plain web links leave the app, and only to the system browser: any other
 * scheme (file:, smb:, mailto:, a registered app's own) could run a local program.
 */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The page may never navigate anywhere or open a window: any attempt is
 * cancelled, and a web link is handed to the system browser instead.
 */
export function hardenWebContents(contents: WebContents, openExternal: OpenExternal): void {
  const redirectOut = (event: { preventDefault(): void }, url: string) => {
    event.preventDefault();
    if (isExternalLink(url)) openExternal(url);
  };
  contents.on('will-navigate', redirectOut);
  contents.on('will-redirect', redirectOut);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Denies every permission (camera, notifications, geolocation…): a reader needs none. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    // A page being printed keeps its own, stricter policy, which allows its inline styles.
    const policy = isPrintUrl(details.url) ? printPagePolicy : contentSecurityPolicy;
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] },
    });
  });
}

/** No remote content ever: the app's own origin, the pages it prints, inline data, and devtools only. */
export function isAllowedRequest(url: string): boolean {
  return isAppUrl(url) || isPrintUrl(url) || url.startsWith('data:') || url.startsWith('blob:app://') || url.startsWith('devtools:');
}

/** IPC is answered only for the app's own top-level frame, never an injected or sub frame. */
export function isTrustedSender(frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
