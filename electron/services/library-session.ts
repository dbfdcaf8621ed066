import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LibraryTooNewError } from '../../db/migrate.ts';
import { openLibrary, type Database } from '../../db/open.ts';
import { createDispatcher, type Dispatch, type DispatcherOptions } from '../api/dispatcher.ts';
import { ApiError } from '../api/errors.ts';
import { createHandlers } from './handlers.ts';
import { importFile } from './import-service.ts';

export interface SessionOptions extends DispatcherOptions {
  path: string;
  version: string;
  /** The built-in briefing imported into a library the first time it is created; null skips it. */
  samplePath: string | null;
  nativeBinding?: string;
}

export interface LibrarySession {
  db: Database;
  path: string;
  dispatch: Dispatch;
  close(): void;
}

/** One open library with its API: what the desktop app, the browser host and the CLI each hold. */
export async function openLibrarySession(options: SessionOptions): Promise<LibrarySession> {
  let opened;
  try {
    opened = openLibrary(options.path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (err) {
    if (err instanceof LibraryTooNewError) {
      throw ApiError.of('library_too_new', { found: err.found, supported: err.supported });
    }
    throw err;
  }
  const { db, created } = opened;
  if (created && options.samplePath) {
    await importFile(db, await readFile(options.samplePath), basename(options.samplePath));
  }
  const handlers = createHandlers({ db, libraryPath: options.path, version: options.version });
  return {
    db,
    path: options.path,
    dispatch: createDispatcher(handlers, options.onUnexpected ? { onUnexpected: options.onUnexpected } : {}),
    close: () => db.close(),
  };
}
