import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name under the OS's per-user app-data folder; Electron's `userData` is set to the same. */
export const appFolderName = 'Briefing Reader';

/** The same folder Electron's `app.getPath('appData')` returns on each platform. */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  return join(appDataDir(env, platform), appFolderName);
}

/** `--db PATH` wins, then `BRIEFING_DB`, then the library in the user's app-data folder. */
export function resolveLibraryPath(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag || env.BRIEFING_DB || join(userDataDir(env), 'library.sqlite3');
}
