import { describe, expect, it } from 'vitest';
import { browserOpener } from './browser-fallback.mjs';

describe('opening the browser version in the system browser', () => {
  it('uses the platform’s opener, and on Linux only where there is a display', () => {
    expect(browserOpener('darwin', {})).toEqual(['open', []]);
    expect(browserOpener('win32', {})).toEqual(['cmd', ['/c', 'start', '']]);
    expect(browserOpener('linux', { DISPLAY: ':0' })).toEqual(['xdg-open', []]);
    expect(browserOpener('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual(['xdg-open', []]);
    expect(browserOpener('linux', {})).toBeNull();
  });
});
