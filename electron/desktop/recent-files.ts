import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** As many as a menu shows comfortably. */
export const maxRecentFiles = 10;

export interface RecentFiles {
  /** Newest first; files that no longer exist are dropped (and forgotten). */
  list(): string[];
  add(path: string): void;
  clear(): void;
}

/** The File → Open Recent list, kept as JSON in the user-data folder across restarts. */
export function recentFiles(stateFile: string, exists: (path: string) => boolean = existsSync): RecentFiles {
  const read = (): string[] => {
    try {
      const files: unknown = (JSON.parse(readFileSync(stateFile, 'utf8')) as { files?: unknown }).files;
      return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string' && f !== '') : [];
    } catch {
      return [];
    }
  };
  // Written to a temporary file and renamed, so a crash mid-write never leaves half a file.
  const write = (files: string[]) => {
    mkdirSync(dirname(stateFile), { recursive: true });
    writeFileSync(`${stateFile}.tmp`, JSON.stringify({ files }));
    renameSync(`${stateFile}.tmp`, stateFile);
  };

  return {
    list() {
      const stored = read();
      const present = stored.filter((f) => exists(f)).slice(0, maxRecentFiles);
      if (present.length !== stored.length) write(present);
      return present;
    },
    add(path) {
      write([path, ...read().filter((f) => f !== path)].slice(0, maxRecentFiles));
    },
    clear() {
      write([]);
    },
  };
}
