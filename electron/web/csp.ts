/**
 * The renderer's Content-Security-Policy, served by the desktop app's protocol
 * handler and by the browser host alike: nothing from any other origin, no inline
 * script, no eval, no plugins, no framing.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * A printable export's policy: its own inline styles and nothing else. It loads nothing,
 * and the print window has JavaScript off besides.
 */
export const printPagePolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "img-src data:",
  "font-src data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
