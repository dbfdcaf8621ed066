import type { Database } from '@db/open.ts';
import { getDocument } from '@db/queries/library.ts';
import * as q from '@db/queries/sessions.ts';
import type { ApiArg, Session, SessionFields, SessionItem, SessionSummary } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { idList, say } from '@contract/messages/index.ts';
import { loadAnnotations } from '../annotations/annotation-view.ts';
import { toSummary } from '../library/library-service.ts';
import { sessionUri } from '@contract/rules/uris.ts';
import { readSessionDefaults, rememberSessionDefaults } from './session-defaults.ts';


function toSummaryOf(row: q.SessionRow): SessionSummary {
  return { ...row, uri: sessionUri(row.id) };
}

function existing(db: Database, id: number): q.SessionRow {
  const row = q.getSession(db, id);
  if (!row) throw ApiError.of('not_found', { what: sessionUri(id) });
  return row;
}

function itemsOf(db: Database, sessionId: number): SessionItem[] {
  const rows = q.listItems(db, sessionId);
  const annotationIds = rows.flatMap((r) => (r.annotationId === null ? [] : [r.annotationId]));
  const annotations = new Map(loadAnnotations(db, { ids: annotationIds, deleted: null }).map((a) => [a.id, a]));
  return rows.flatMap((row): SessionItem[] => {
    if (row.annotationId !== null) {
      const annotation = annotations.get(row.annotationId);
      return annotation ? [{ id: row.id, kind: 'annotation', annotation }] : [];
    }
    const doc = row.documentId === null ? undefined : getDocument(db, row.documentId);
    return doc ? [{ id: row.id, kind: 'document', document: toSummary(doc) }] : [];
  });
}

function load(db: Database, id: number): Session {
  return { ...toSummaryOf(existing(db, id)), items: itemsOf(db, id) };
}

/** Today in the computer's own time zone, as a cover shows it. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function listSessions(db: Database): SessionSummary[] {
  return q.listSessions(db).map(toSummaryOf);
}

export function getSession(db: Database, id: number): Session {
  return load(db, id);
}

export function createSession(db: Database, fields: Partial<SessionFields>): Session {
  return db.transaction(() => {
    const id = q.insertSession(db, { date: today(), ...readSessionDefaults(db), ...fields });
    rememberSessionDefaults(db, fields);
    return load(db, id);
  })();
}

export function updateSession(db: Database, arg: ApiArg<'updateSession'>): Session {
  const { id, ...fields } = arg;
  return db.transaction(() => {
    existing(db, id);
    q.updateSession(db, id, fields);
    rememberSessionDefaults(db, fields);
    return load(db, id);
  })();
}

export function deleteSession(db: Database, id: number): { deleted: boolean } {
  return { deleted: q.deleteSession(db, id) };
}

function checkExist(missing: number[], what: 'missingAnnotations' | 'missingDocuments'): void {
  if (missing.length > 0) throw ApiError.of('not_found', { what: say('annotations', what, { ids: idList(missing) }) });
}

export function addToSession(db: Database, arg: ApiArg<'addToSession'>): Session {
  const annotationIds = arg.annotationIds ?? [];
  const documentIds = arg.documentIds ?? [];
  return db.transaction(() => {
    existing(db, arg.sessionId);
    checkExist(q.missingAnnotations(db, annotationIds), 'missingAnnotations');
    checkExist(q.missingDocuments(db, documentIds), 'missingDocuments');
    q.appendItems(db, arg.sessionId, [
      ...documentIds.map((documentId) => ({ documentId })),
      ...annotationIds.map((annotationId) => ({ annotationId })),
    ]);
    q.touchSession(db, arg.sessionId);
    return load(db, arg.sessionId);
  })();
}

export function removeFromSession(db: Database, sessionId: number, itemIds: readonly number[]): Session {
  return db.transaction(() => {
    existing(db, sessionId);
    if (q.deleteItems(db, sessionId, itemIds) > 0) q.touchSession(db, sessionId);
    return load(db, sessionId);
  })();
}

/** Refuses any order that is not exactly the session's items: a stale list must not lose or invent one. */
export function reorderSession(db: Database, sessionId: number, itemIds: readonly number[]): Session {
  return db.transaction(() => {
    existing(db, sessionId);
    const current = q.listItems(db, sessionId).map((r) => r.id);
    const given = new Set(itemIds);
    if (given.size !== itemIds.length || given.size !== current.length || current.some((id) => !given.has(id))) {
      throw ApiError.of('invalid_argument', { what: say('sessions', 'orderMustListEveryItem') });
    }
    q.setItemOrder(db, sessionId, itemIds);
    q.touchSession(db, sessionId);
    return load(db, sessionId);
  })();
}
