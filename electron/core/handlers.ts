import type { Database } from '@db/open.ts';
import type { Handlers } from '@contract/dispatcher.ts';
import * as annotations from './annotations/annotation-service.ts';
import * as backup from './backup/backup-service.ts';
import { getReanchorReport } from './annotations/reanchor-service.ts';
import * as tags from './annotations/tag-service.ts';
import type { ExportJobs } from './export/index.ts';
import type { ImportJobs } from './import/import-jobs.ts';
import { importFiles, previewFile, type Parse } from './import/import-service.ts';
import { importAnnotationsJsonLd, parseAnnotationFile } from './annotations/interchange.ts';
import * as library from './library/library-service.ts';
import * as briefingBin from './library/briefing-bin-service.ts';
import * as packs from './packs/pack-service.ts';
import * as reading from './library/reading-service.ts';
import * as search from './search/search-service.ts';
import * as settings from './settings/settings-service.ts';
import * as sessions from './sessions/session-service.ts';

export interface ServiceContext {
  db: Database;
  imports: ImportJobs;
  exports: ExportJobs;
  /** How files are read (in a worker thread). */
  parse: Parse;
  libraryPath: string;
  version: string;
  /** The better-sqlite3 build the library was opened with, for the extra connections of backup and restore. */
  nativeBinding?: string;
}

/** Binds every API method to the service that does the work; shared by all transports. */
export function createHandlers(ctx: ServiceContext): Handlers {
  const { db, imports, exports, parse } = ctx;
  const appLocale = () => settings.getSettings(db).locale;
  const binding = ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {};
  return {
    getAppInfo: () => ({ version: ctx.version, libraryPath: ctx.libraryPath }),
    getSettings: () => settings.getSettings(db),
    updateSettings: (patch) => settings.updateSettings(db, patch),
    listBriefings: ({ deleted }) => ({ briefings: library.listBriefings(db, deleted) }),
    renameBriefing: ({ id, title }) => briefingBin.renameBriefing(db, id, title),
    deleteBriefing: ({ id }) => briefingBin.deleteBriefing(db, id),
    restoreBriefing: ({ id }) => briefingBin.restoreBriefing(db, id),
    listDocuments: ({ briefingId }) => ({ documents: library.listDocuments(db, briefingId) }),
    getDocument: ({ id }) => library.getDocument(db, id),
    listReadingPositions: () => ({ positions: reading.listReadingPositions(db) }),
    saveReadingPosition: ({ documentId, blockId }) => reading.saveReadingPosition(db, documentId, blockId),
    startImport: ({ fileName, data }) => imports.start(fileName, Buffer.from(data, 'base64')),
    getImportJob: ({ id }) => imports.get(id),
    reparseImport: ({ id, skip }) => imports.reparse(id, skip),
    cancelImport: ({ id }) => ({ cancelled: imports.cancel(id) }),
    previewImport: ({ fileName, data, locale }) => previewFile(parse, Buffer.from(data, 'base64'), fileName, locale ?? appLocale()),
    importFiles: async ({ files, replaceBriefingId, locale }) => ({
      imported: await importFiles(
        db,
        parse,
        files.map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.data, 'base64') })),
        { locale: locale ?? appLocale(), ...(replaceBriefingId === undefined ? {} : { replaceBriefingId }) },
      ),
    }),
    importAnnotations: ({ text }) => importAnnotationsJsonLd(db, parseAnnotationFile(text)),
    commitImport: ({ id, draft, replaceBriefingId }) => imports.commit(id, draft, replaceBriefingId),
    searchLibrary: (arg) => search.searchLibrary(db, arg),
    createAnnotation: (arg) => annotations.createAnnotation(db, arg),
    updateAnnotation: (arg) => annotations.updateAnnotation(db, arg),
    deleteAnnotation: ({ id }) => annotations.deleteAnnotation(db, id),
    restoreAnnotation: ({ id }) => annotations.restoreAnnotation(db, id),
    listAnnotations: (filter) => ({ annotations: annotations.listAnnotations(db, filter) }),
    emptyBin: () => annotations.emptyBin(db),
    listTags: () => ({ tags: tags.listTags(db) }),
    createTag: ({ name, color }) => tags.createTag(db, name, color),
    updateTag: ({ id, name, color }) => tags.updateTag(db, id, { name, color }),
    mergeTags: ({ sourceId, targetId }) => tags.mergeTags(db, sourceId, targetId),
    deleteTag: ({ id }) => tags.deleteTag(db, id),
    getReanchorReport: ({ briefingId }) => getReanchorReport(db, briefingId),
    listSessions: () => ({ sessions: sessions.listSessions(db) }),
    getSession: ({ id }) => sessions.getSession(db, id),
    createSession: (fields) => sessions.createSession(db, fields),
    updateSession: (arg) => sessions.updateSession(db, arg),
    deleteSession: ({ id }) => sessions.deleteSession(db, id),
    addToSession: (arg) => sessions.addToSession(db, arg),
    removeFromSession: ({ sessionId, itemIds }) => sessions.removeFromSession(db, sessionId, itemIds),
    reorderSession: ({ sessionId, itemIds }) => sessions.reorderSession(db, sessionId, itemIds),
    startExport: (request) => exports.start(request),
    getExportJob: ({ id }) => exports.get(id),
    cancelExport: ({ id }) => ({ cancelled: exports.cancel(id) }),
    takeExport: ({ id }) => {
      const file = exports.take(id);
      return { fileName: file.fileName, mimeType: file.mimeType, data: Buffer.from(file.bytes).toString('base64') };
    },
    backupLibrary: async () => {
      const file = await backup.backupToBytes(db, binding);
      return { fileName: file.fileName, data: file.bytes.toString('base64') };
    },
    restoreLibrary: ({ fileName, data }) => backup.restoreFromBytes(db, ctx.libraryPath, fileName, Buffer.from(data, 'base64'), binding),
    exportPack: async ({ briefingId, withNotes }) => {
      const file = await packs.exportPack(db, briefingId, { withNotes });
      return { fileName: file.fileName, data: Buffer.from(file.bytes).toString('base64') };
    },
  };
}
