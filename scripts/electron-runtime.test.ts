import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronExecutable, electronVersion, nativeBinding, projectRoot } from './electron-runtime.mjs';

const executable = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform as string] ?? 'electron';

describe('finding the Electron runtime', () => {
  it('takes an unpacked runtime from ELECTRON_OVERRIDE_DIST_PATH, and none when it is not there', () => {
    const dist = mkdtempSync(join(tmpdir(), 'electron-dist-'));
    expect(electronExecutable({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBeNull();
    mkdirSync(dirname(join(dist, executable)), { recursive: true });
    writeFileSync(join(dist, executable), '');
    expect(electronExecutable({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toBe(join(dist, executable));
  });

  it('keeps the Electron build of better-sqlite3 in .cache, per Electron version, platform and arch', () => {
    expect(relative(projectRoot, nativeBinding).split(/[\\/]/)).toEqual([
      '.cache',
      'electron-native',
      `${electronVersion}-${process.platform}-${process.arch}`,
      'build',
      'Release',
      'better_sqlite3.node',
    ]);
  });
});
