// Where the Electron runtime and the Electron-ABI build of better-sqlite3 live, for
// `npm start` and for the Electron end-to-end suite alike.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
export const projectRoot = join(import.meta.dirname, '..');
export const electronDir = dirname(require.resolve('electron/package.json'));
export const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;

const executableName = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' }[process.platform] ?? 'electron';

/** The Electron executable: an unpacked runtime named by ELECTRON_OVERRIDE_DIST_PATH, else the one `electron`'s installer downloaded. */
export function electronExecutable(env = process.env) {
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  const file = join(distDir, executableName);
  return existsSync(file) ? file : null;
}

/** The app's better-sqlite3 built for Electron's ABI, kept in .cache so Node's own build stays untouched. */
export const nativeDir = join(projectRoot, '.cache', 'electron-native', `${electronVersion}-${process.platform}-${process.arch}`);
export const nativeBinding = join(nativeDir, 'build', 'Release', 'better_sqlite3.node');
