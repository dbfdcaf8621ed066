import { describe, expect, it } from 'vitest';
import { chromiumCandidates, findChromium } from './chromium.ts';
import { ExportFailure } from './errors.ts';

describe('finding a Chromium', () => {
  it('tries BRIEFING_CHROMIUM first, then the usual Linux paths', () => {
    const paths = chromiumCandidates({ BRIEFING_CHROMIUM: '/opt/chrome/chrome' }, 'linux');
    expect(paths.slice(0, 4)).toEqual(['/opt/chrome/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']);
  });

  it('looks for Chrome and Edge where Windows and macOS install them', () => {
    const windows = chromiumCandidates({ PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32');
    expect(windows.some((p) => p.endsWith('Google/Chrome/Application/chrome.exe') || p.endsWith('Google\\Chrome\\Application\\chrome.exe'))).toBe(true);
    expect(windows.some((p) => p.includes('Edge') && p.endsWith('msedge.exe'))).toBe(true);
    expect(chromiumCandidates({}, 'darwin')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('takes the first that exists', () => {
    expect(findChromium(['/a', '/b', '/c'], (p) => p !== '/a')).toBe('/b');
  });

  it('fails with a typed error naming where it looked', () => {
    const attempt = (): string => findChromium(['/a', '/b'], () => false);
    expect(attempt).toThrow(ExportFailure);
    expect(attempt).toThrow(/no-chromium: looked in: \/a, \/b/u);
  });
});
