import type { Database } from '../../db/open.ts';
import type { Handlers } from '../api/dispatcher.ts';
import type { ImportJobs } from './import-jobs.ts';
import * as library from './library-service.ts';
import * as reading from './reading-service.ts';
import * as search from './search-service.ts';
import * as settings from './settings-service.ts';

export interface ServiceContext {
  db: Database;
  imports: ImportJobs;
  libraryPath: string;
  version: string;
}

/** Binds every API method to the service that does the work; shared by all transports. */
export function createHandlers(ctx: ServiceContext): Handlers {
  const { db, imports } = ctx;
  return {
    getAppInfo: () => ({ version: ctx.version, libraryPath: ctx.libraryPath }),
    getSettings: () => settings.getSettings(db),
    updateSettings: (patch) => settings.updateSettings(db, patch),
    listBriefings: () => ({ briefings: library.listBriefings(db) }),
    listDocuments: ({ briefingId }) => ({ documents: library.listDocuments(db, briefingId) }),
    getDocument: ({ id }) => library.getDocument(db, id),
    listReadingPositions: () => ({ positions: reading.listReadingPositions(db) }),
    saveReadingPosition: ({ documentId, blockId }) => reading.saveReadingPosition(db, documentId, blockId),
    startImport: ({ fileName, data }) => imports.start(fileName, Buffer.from(data, 'base64')),
    getImportJob: ({ id }) => imports.get(id),
    reparseImport: ({ id, skip }) => imports.reparse(id, skip),
    cancelImport: ({ id }) => ({ cancelled: imports.cancel(id) }),
    commitImport: ({ id, draft, replaceBriefingId }) => imports.commit(id, draft, replaceBriefingId),
    searchLibrary: (arg) => search.searchLibrary(db, arg),
  };
}
