import type { Database } from '@db/open.ts';
import * as q from '@db/queries/reading.ts';
import type { ReadingPosition } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { documentUri } from '@contract/rules/uris.ts';

export function readingPosition(db: Database, documentId: number): ReadingPosition | null {
  return q.readingPosition(db, documentId) ?? null;
}

export function listReadingPositions(db: Database): ReadingPosition[] {
  return q.listReadingPositions(db);
}

export function saveReadingPosition(db: Database, documentId: number, blockId: number): ReadingPosition {
  const saved = q.saveReadingPosition(db, documentId, blockId) ? q.readingPosition(db, documentId) : undefined;
  if (!saved) throw ApiError.of('not_found', { what: `${documentUri(documentId)}#block-${blockId}` });
  return saved;
}
