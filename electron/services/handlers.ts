import type { Database } from '../../db/open.ts';
import type { Handlers } from '../api/dispatcher.ts';
import * as library from './library-service.ts';
import * as settings from './settings-service.ts';

export interface ServiceContext {
  db: Database;
  libraryPath: string;
  version: string;
}

/** Binds every API method to the service that does the work; shared by all transports. */
export function createHandlers(ctx: ServiceContext): Handlers {
  const { db } = ctx;
  return {
    getAppInfo: () => ({ version: ctx.version, libraryPath: ctx.libraryPath }),
    getSettings: () => settings.getSettings(db),
    updateSettings: (patch) => settings.updateSettings(db, patch),
    listBriefings: () => ({ briefings: library.listBriefings(db) }),
    listDocuments: ({ briefingId }) => ({ documents: library.listDocuments(db, briefingId) }),
    getDocument: ({ id }) => library.getDocument(db, id),
  };
}
