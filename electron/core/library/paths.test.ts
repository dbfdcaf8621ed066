import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appDataDir, resolveLibraryPath, userDataDir } from './paths.ts';

describe('library location', () => {
  it('is the per-user app-data folder Electron uses, on each platform', () => {
    expect(appDataDir({ APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\li\\AppData\\Roaming');
    expect(appDataDir({}, 'darwin')).toMatch(/Library[/\\]Application Support$/);
    expect(appDataDir({ XDG_CONFIG_HOME: '/home/li/.cfg' }, 'linux')).toBe('/home/li/.cfg');
    expect(appDataDir({}, 'linux')).toMatch(/\.config$/);
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(join('/x', 'Briefing Reader'));
  });

  it('is overridden by --db first, then BRIEFING_DB', () => {
    const env = { BRIEFING_DB: '/env/lib.sqlite3', XDG_CONFIG_HOME: '/x' };
    expect(resolveLibraryPath('/flag/lib.sqlite3', env)).toBe('/flag/lib.sqlite3');
    expect(resolveLibraryPath(undefined, env)).toBe('/env/lib.sqlite3');
    expect(resolveLibraryPath(undefined, { XDG_CONFIG_HOME: '/x' })).toBe(join('/x', 'Briefing Reader', 'library.sqlite3'));
  });
});
