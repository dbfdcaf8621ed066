import type { Annotation, AnnotationFilter, DocumentSummary, ExportScope, Locale, TagRef } from '@contract/contract.ts';
import { collectionUris, sessionUri } from '@contract/rules/uris.ts';
import type { ExportBriefing } from './citation.ts';
import { ExportFailure } from './errors.ts';
import { labelsFor } from './labels.ts';
import type { ExportCover, ExportInput, GroupBy, ModelOptions } from './model.ts';

export type { ExportScope };

/** What a study session gives an export; the session feature supplies it through {@link ExportSource.getSession}. */
export interface ExportSession {
  id: number;
  title: string;
  trainee: string | null;
  className: string | null;
  /** `YYYY-MM-DD`, or the trainee's own wording. */
  date: string | null;
  place: string | null;
  reflection: string;
  /** The session's annotations, in the order the trainee arranged them. */
  annotationIds: number[];
  /** Its documents in the order they first come, whole documents and those of its notes; see ExportInput.documentOrder. */
  documentIds: number[];
}

type MaybePromise<T> = T | Promise<T>;

/** The library as the export reads it: the API's list methods, bound to one library. */
export interface ExportSource {
  listAnnotations(filter: AnnotationFilter): MaybePromise<readonly Annotation[]>;
  listDocuments(): MaybePromise<readonly DocumentSummary[]>;
  listBriefings(): MaybePromise<readonly ExportBriefing[]>;
  listTags(): MaybePromise<readonly TagRef[]>;
  /** A document's canonical text (see anchoring/canonical-text.ts), for W3C positions in code points. */
  documentText?(documentId: number): MaybePromise<string>;
  /** Null when there is no such session. */
  getSession?(id: number): MaybePromise<ExportSession | null>;
}

export interface Gathered {
  input: ExportInput;
  model: Omit<ModelOptions, 'groupBy'> & { groupBy: GroupBy };
}

export interface GatherOptions {
  locale: Locale;
  /** The trainee's entries on the export form; they win over the scope's defaults. */
  cover?: Partial<ExportCover>;
  /** `YYYY-MM-DD`, the date a cover has when the scope gives none. */
  today: string;
}

interface ScopeData {
  annotations: readonly Annotation[];
  documentOrder?: readonly number[];
  cover: ExportCover;
  reflection: string;
  collectionId: string;
  model: Gathered['model'];
}

async function scopeData(scope: ExportScope, source: ExportSource, documents: readonly DocumentSummary[], tags: readonly TagRef[], options: GatherOptions): Promise<ScopeData> {
  const labels = labelsFor(options.locale);
  const cover = (title: string): ExportCover => ({ title, trainee: null, className: null, date: options.today, place: null });
  switch (scope.kind) {
    case 'all':
      return {
        annotations: await source.listAnnotations({}),
        cover: cover(labels.defaultTitle),
        reflection: '',
        collectionId: collectionUris.all,
        model: { groupBy: 'document', order: 'reading' },
      };
    case 'document': {
      const doc = documents.find((d) => d.id === scope.documentId);
      if (!doc) throw new ExportFailure('not-found', `document ${scope.documentId}`);
      return {
        annotations: await source.listAnnotations({ documentId: doc.id }),
        cover: cover(labels.documentTitle(doc.title)),
        reflection: '',
        collectionId: collectionUris.document(doc.id),
        model: { groupBy: 'document', order: 'reading' },
      };
    }
    case 'tag': {
      const tag = tags.find((t) => t.id === scope.tagId);
      if (!tag) throw new ExportFailure('not-found', `tag ${scope.tagId}`);
      return {
        annotations: await source.listAnnotations({ tagId: tag.id }),
        cover: cover(labels.tagTitle(tag.name)),
        reflection: '',
        collectionId: collectionUris.tag(tag.id),
        model: { groupBy: 'tag', order: 'reading' },
      };
    }
    case 'session': {
      const session = source.getSession ? await source.getSession(scope.sessionId) : null;
      if (!session) throw new ExportFailure('not-found', `session ${scope.sessionId}`);
      const byId = new Map((await source.listAnnotations({})).map((a) => [a.id, a]));
      return {
        annotations: session.annotationIds.flatMap((id) => byId.get(id) ?? []),
        documentOrder: session.documentIds,
        cover: { title: session.title, trainee: session.trainee, className: session.className, date: session.date, place: session.place },
        reflection: session.reflection,
        collectionId: sessionUri(session.id),
        model: { groupBy: 'document', order: 'given' },
      };
    }
  }
}

/** Reads what a scope covers from the library, with the cover and grouping it calls for. */
export async function gatherExport(scope: ExportScope, source: ExportSource, options: GatherOptions): Promise<Gathered> {
  const [documents, briefings, tags] = await Promise.all([source.listDocuments(), source.listBriefings(), source.listTags()]);
  const data = await scopeData(scope, source, documents, tags, options);
  const documentTexts = new Map<number, string>();
  if (source.documentText) {
    for (const id of new Set(data.annotations.map((a) => a.documentId))) documentTexts.set(id, await source.documentText(id));
  }
  const given = Object.fromEntries(Object.entries(options.cover ?? {}).filter(([, value]) => value !== undefined));
  return {
    input: {
      cover: { ...data.cover, ...given },
      annotations: data.annotations,
      documents,
      briefings,
      tags,
      reflection: data.reflection,
      collectionId: data.collectionId,
      locale: options.locale,
      ...(source.documentText ? { documentTexts } : {}),
      ...(data.documentOrder ? { documentOrder: data.documentOrder } : {}),
    },
    model: data.model,
  };
}
