import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ExportFailure } from './errors.ts';

/**
 * Where a Chromium-family browser usually is, most specific first. `BRIEFING_CHROMIUM`
 * wins; then Linux distributions' Chromium and Chrome, then Chrome and Edge as Windows
 * and macOS install them (Edge ships with every Windows 10/11, so PDF works there
 * without installing anything).
 */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const fromEnv = env.BRIEFING_CHROMIUM ? [env.BRIEFING_CHROMIUM] : [];
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [
      ...fromEnv,
      ...roots.map((r) => join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
      ...roots.map((r) => join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')),
    ];
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    return [...fromEnv, ...apps.map((a) => `/Applications/${a}`), ...(env.HOME ? apps.map((a) => `${env.HOME}/Applications/${a}`) : [])];
  }
  return [
    ...fromEnv,
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
