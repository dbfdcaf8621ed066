import type { Database } from '@db/open.ts';
import * as q from '@db/queries/library.ts';
import { voicesByDocument } from '@db/queries/voices.ts';
import type { Block, BriefingSummary, DocumentDetail, DocumentKind, DocumentSummary, Participant } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { readingPosition } from './reading-service.ts';
import { briefingUri, documentUri } from '@contract/rules/uris.ts';

export function toSummary(row: q.DocumentRow): DocumentSummary {
  return {
    id: row.id,
    uri: documentUri(row.id),
    title: row.title,
    unit: row.unit,
    speaker: row.speakerName ? { name: row.speakerName, role: row.speakerRole } : null,
    position: row.position,
    briefing: { id: row.briefingId, uri: briefingUri(row.briefingId), title: row.briefingTitle },
    annotationCount: row.annotationCount,
  };
}

function toBlock(row: q.BlockRow): Block {
  return row.kind === 'heading'
    ? { id: row.id, kind: 'heading', level: row.level as 1 | 2 | 3 | 4, text: row.text }
    : {
        id: row.id,
        kind: 'paragraph',
        level: null,
        text: row.text,
        ...(row.speakerName === null ? {} : { speaker: { name: row.speakerName, role: row.speakerRole } }),
      };
}

/** The library's briefings, or those in the bin. */
export function listBriefings(db: Database, deleted = false): BriefingSummary[] {
  return q.listBriefings(db, deleted).map((b) => ({
    id: b.id,
    uri: briefingUri(b.id),
    title: b.title,
    preface: b.preface,
    sourceName: b.sourceName,
    importedAt: b.importedAt,
    deletedAt: b.deletedAt,
    documentCount: b.documentCount,
  }));
}

export function listDocuments(db: Database, briefingId?: number): DocumentSummary[] {
  const voices = voicesByDocument(db, briefingId);
  return q.listDocuments(db, briefingId).map((row) => {
    const others = (voices.get(row.id) ?? []).filter((v) => v.name === '' || v.name !== row.speakerName);
    return others.length > 0 ? { ...toSummary(row), voices: others } : toSummary(row);
  });
}

export function getDocument(db: Database, id: number): DocumentDetail {
  const row = q.getDocument(db, id);
  if (!row) throw ApiError.of('not_found', { what: documentUri(id) });
  const layout = q.documentLayout(db, id);
  return {
    ...toSummary(row),
    blocks: q.listBlocks(db, id).map(toBlock),
    kind: (layout?.kind ?? null) as DocumentKind | null,
    participants: JSON.parse(layout?.participants ?? '[]') as Participant[],
    readingPosition: readingPosition(db, id),
  };
}
