import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ExportFailure } from './errors.ts';

/** Lists a folder's entries; `[]` where it does not exist. */
export type ListDir = (dir: string) => string[];

const listDir: ListDir = (dir) => {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
};

/** Where `playwright install` puts browsers on this platform (PLAYWRIGHT_BROWSERS_PATH wins, as in Playwright). */
function playwrightCache(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string | null {
  if (env.PLAYWRIGHT_BROWSERS_PATH && env.PLAYWRIGHT_BROWSERS_PATH !== '0') return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'win32') return env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'ms-playwright') : null;
  if (!env.HOME) return null;
  if (platform === 'darwin') return join(env.HOME, 'Library', 'Caches', 'ms-playwright');
  return join(env.XDG_CACHE_HOME || join(env.HOME, '.cache'), 'ms-playwright');
}

/** The executable inside a `chromium-<revision>` folder, for today's and older Playwright layouts. */
function playwrightExecutables(platform: NodeJS.Platform): string[][] {
  if (platform === 'win32') return [['chrome-win64', 'chrome.exe'], ['chrome-win', 'chrome.exe']];
  if (platform === 'darwin') {
    const testing = ['Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'];
    return [['chrome-mac-arm64', ...testing], ['chrome-mac-x64', ...testing], ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium']];
  }
  return [['chrome-linux64', 'chrome'], ['chrome-linux-arm64', 'chrome'], ['chrome-linux', 'chrome']];
}

/** Chromiums Playwright installed, newest revision first. */
function playwrightChromiums(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, list: ListDir): string[] {
  const cache = playwrightCache(env, platform);
  if (!cache) return [];
  const revisions = list(cache)
    .map((name) => /^chromium-(\d+)$/u.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(b[1]) - Number(a[1]));
  return revisions.flatMap((m) => playwrightExecutables(platform).map((parts) => join(cache, m[0], ...parts)));
}

/**
 * Where a Chromium-family browser usually is, most specific first: `BRIEFING_CHROMIUM`,
 * then `CHROMIUM_PATH` (what the tests are told), then one Playwright installed, then Linux
 * distributions' Chromium and Chrome, then Chrome and Edge as Windows and macOS install
 * them (Edge ships with every Windows 10/11, so PDF works there without installing anything).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, list: ListDir = listDir): string[] {
  const fromEnv = [env.BRIEFING_CHROMIUM, env.CHROMIUM_PATH].filter((p): p is string => !!p);
  const installed = [...fromEnv, ...playwrightChromiums(env, platform, list)];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...installed,
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    return [...installed, ...apps.map((a) => `/Applications/${a}`), ...(env.HOME ? apps.map((a) => `${env.HOME}/Applications/${a}`) : [])];
  }
  return [
    ...installed,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

/** The first candidate that exists; a typed failure naming every place looked in otherwise. */
export function findChromium(candidates: string[] = chromiumCandidates(), exists: (path: string) => boolean = existsSync): string {
  const found = candidates.find((path) => exists(path));
  if (!found) throw new ExportFailure('no-chromium', `looked in: ${candidates.join(', ')}`);
  return found;
}
