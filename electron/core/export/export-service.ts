import type { Database } from '@db/open.ts';
import { listBlocks } from '@db/queries/library.ts';
import type { ApiErrorPayload, Locale } from '@contract/contract.ts';
import { ApiError, errorPayload } from '@contract/errors.ts';
import { CanonicalText } from '../anchoring/index.ts';
import * as annotations from '../annotations/annotation-service.ts';
import * as tags from '../annotations/tag-service.ts';
import { ExportFailure, ExportJobs, exportAnnotations, exportFailureMessage, type ExportSource, type PdfPrinter } from './index.ts';
import * as library from '../library/library-service.ts';
import * as sessions from '../sessions/session-service.ts';

/** The library as the export engine reads it: the same services the API answers from. */
export function exportSource(db: Database): ExportSource {
  return {
    // The trainee's exports (and packs) carry the trainee's own work, not an organizer's notes.
    listAnnotations: (filter) => annotations.listAnnotations(db, filter).filter((a) => a.origin === 'own'),
    listDocuments: () => library.listDocuments(db),
    listBriefings: () => library.listBriefings(db),
    listTags: () => tags.listTags(db),
    documentText: (documentId) => CanonicalText.fromBlocks(listBlocks(db, documentId)).text,
    getSession: (id) => {
      let session;
      try {
        session = sessions.getSession(db, id);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'not_found') return null;
        throw err;
      }
      // A whole document in a session brings its highlights and notes, at the place the trainee put it; its
      // bookmarks mark where to resume reading, not what was studied, so only a bookmark added by itself comes along.
      const annotationIds = session.items.flatMap((item) =>
        item.kind === 'annotation'
          ? item.annotation.deletedAt === null
            ? [item.annotation.id]
            : []
          : annotations
              .listAnnotations(db, { documentId: item.document.id })
              .filter((a) => a.kind !== 'bookmark')
              .map((a) => a.id),
      );
      const exported = new Set(annotationIds);
      const documentIds = [
        ...new Set(
          session.items.flatMap((item) =>
            item.kind === 'document' ? [item.document.id] : exported.has(item.annotation.id) ? [item.annotation.documentId] : [],
          ),
        ),
      ];
      return {
        id: session.id,
        title: session.title,
        trainee: session.trainee || null,
        className: session.className || null,
        date: session.date || null,
        place: session.place || null,
        reflection: session.reflection,
        annotationIds,
        documentIds,
      };
    },
  };
}

function describeExportError(err: unknown, onUnexpected: (err: unknown) => void = () => {}): ApiErrorPayload {
  if (err instanceof ExportFailure) return errorPayload('export_failed', { reason: exportFailureMessage(err.reason) });
  if (err instanceof ApiError) return err.payload;
  onUnexpected(err);
  return errorPayload('internal');
}

export interface ExportServiceOptions {
  locale: () => Locale;
  /** The desktop app prints with Electron; elsewhere a Chromium found on the machine does. */
  printPdf?: PdfPrinter;
  onUnexpected?: (err: unknown) => void;
}

/** Exports run as background jobs, in the locale the user reads the app in. */
export function createExportJobs(db: Database, options: ExportServiceOptions): ExportJobs {
  const source = exportSource(db);
  return new ExportJobs(
    (request, render) => exportAnnotations({ ...request, locale: request.locale ?? options.locale() }, { source, ...(options.printPdf ? { printPdf: options.printPdf } : {}) }, render),
    (err) => describeExportError(err, options.onUnexpected),
  );
}
