import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { LibraryTooNewError } from '@db/migrate.ts';
import { openLibrary, type Database } from '@db/open.ts';
import { createDispatcher, type Dispatch, type DispatcherOptions, type Handlers } from '@contract/dispatcher.ts';
import { ApiError } from '@contract/errors.ts';
import { createHandlers } from './handlers.ts';
import { parseInWorker, type ImportWorkerConfig } from './import/worker/parse-in-worker.ts';
import { createExportJobs } from './export/export-service.ts';
import type { PdfPrinter } from './export/index.ts';
import { ImportJobs } from './import/import-jobs.ts';
import { importFile, type Parse } from './import/import-service.ts';
import { getSettings } from './settings/settings-service.ts';

export interface LibraryCoreOptions extends DispatcherOptions {
  path: string;
  version: string;
  /** The built-in briefing imported into a library the first time it is created; null skips it. */
  samplePath: string | null;
  importWorker: ImportWorkerConfig;
  /** How exports print PDF; a Chromium found on the machine when absent. */
  printPdf?: PdfPrinter;
  nativeBinding?: string;
}

export interface LibraryCore {
  db: Database;
  path: string;
  dispatch: Dispatch;
  /** What `dispatch` calls once an argument passed its schema, for a transport composing its own dispatcher (the CLI's). */
  handlers: Handlers;
  /** Reads a file the way every import does: in a worker, with a stall timeout. */
  parse: Parse;
  close(): void;
}

/** Reads a file the way every import does: in a worker, with a stall timeout. */
export function workerParse(config: ImportWorkerConfig): Parse {
  return (bytes, fileName, parseOptions) => parseInWorker(config, bytes, fileName, parseOptions);
}

/** One open library with its API: what the desktop app, the browser host and the CLI each hold. */
export async function openLibraryCore(options: LibraryCoreOptions): Promise<LibraryCore> {
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
  const parse = workerParse(options.importWorker);
  try {
    if (created && options.samplePath) {
      await importFile(db, parse, await readFile(options.samplePath), basename(options.samplePath), { locale: 'zh-CN' });
    }
  } catch (err) {
    db.close();
    throw err;
  }
  const imports = new ImportJobs(db, parse, () => getSettings(db).locale, (err) => options.onUnexpected?.(err, 'startImport'));
  const exports = createExportJobs(db, {
    locale: () => getSettings(db).locale,
    ...(options.printPdf ? { printPdf: options.printPdf } : {}),
    onUnexpected: (err) => options.onUnexpected?.(err, 'startExport'),
  });
  const handlers = createHandlers({
    db,
    imports,
    exports,
    parse,
    libraryPath: options.path,
    version: options.version,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  return {
    db,
    path: options.path,
    parse,
    handlers,
    dispatch: createDispatcher(handlers, options.onUnexpected ? { onUnexpected: options.onUnexpected } : {}),
    close: () => db.close(),
  };
}
