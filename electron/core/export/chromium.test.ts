import { join } from 'node:path';
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

describe('finding a Chromium for the tests and the PDF export alike', () => {
  const cache = '/home/u/.cache/ms-playwright';
  const listing: Record<string, string[]> = { [cache]: ['ffmpeg-1011', 'chromium-1150', 'chromium-1200', 'chromium_headless_shell-1200', 'webkit-2100'] };
  const list = (dir: string): string[] => listing[dir] ?? [];

  it('takes CHROMIUM_PATH after BRIEFING_CHROMIUM, then a Playwright-installed Chromium, newest first, then the system one', () => {
    const env = { HOME: '/home/u', CHROMIUM_PATH: '/opt/test/chrome', BRIEFING_CHROMIUM: '/opt/app/chrome' };
    const paths = chromiumCandidates(env, 'linux', list);
    expect(paths.slice(0, 3)).toEqual(['/opt/app/chrome', '/opt/test/chrome', `${cache}/chromium-1200/chrome-linux64/chrome`]);
    expect(paths.indexOf(`${cache}/chromium-1150/chrome-linux64/chrome`)).toBeGreaterThan(paths.indexOf(`${cache}/chromium-1200/chrome-linux/chrome`));
    expect(paths.some((p) => p.includes('headless_shell') || p.includes('webkit'))).toBe(false);
    expect(paths.indexOf('/usr/bin/chromium')).toBeGreaterThan(paths.indexOf(`${cache}/chromium-1150/chrome-linux/chrome`));
  });

  it('finds a Playwright Chromium when nothing else is installed', () => {
    const installed = `${cache}/chromium-1150/chrome-linux/chrome`;
    expect(findChromium(chromiumCandidates({ HOME: '/home/u' }, 'linux', list), (p) => p === installed)).toBe(installed);
  });

  it('looks where Playwright keeps browsers on each platform, and where PLAYWRIGHT_BROWSERS_PATH says', () => {
    const seen: string[] = [];
    const spy = (dir: string): string[] => {
      seen.push(dir);
      return ['chromium-7'];
    };
    chromiumCandidates({ HOME: '/Users/u' }, 'darwin', spy);
    chromiumCandidates({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', spy);
    chromiumCandidates({ HOME: '/home/u', XDG_CACHE_HOME: '/var/cache/u' }, 'linux', spy);
    const custom = chromiumCandidates({ HOME: '/home/u', PLAYWRIGHT_BROWSERS_PATH: '/srv/pw' }, 'linux', spy);
    expect(seen).toEqual([
      join('/Users/u', 'Library', 'Caches', 'ms-playwright'),
      join('C:\\Users\\u\\AppData\\Local', 'ms-playwright'),
      join('/var/cache/u', 'ms-playwright'),
      '/srv/pw',
    ]);
    expect(custom[0]).toBe(join('/srv/pw', 'chromium-7', 'chrome-linux64', 'chrome'));
  });

  it('reports every place it looked when there is none', () => {
    const attempt = (): string => findChromium(chromiumCandidates({ HOME: '/home/u' }, 'linux', list), () => false);
    expect(attempt).toThrow(/chromium-1200\/chrome-linux64\/chrome.*\/usr\/bin\/chromium/u);
  });
});
