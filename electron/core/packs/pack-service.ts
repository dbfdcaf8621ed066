import type { Database } from '@db/open.ts';
import { listDocuments } from '@db/queries/library.ts';
import { briefingForPack, organizerKeysOf } from '@db/queries/packs.ts';
import { ApiError } from '@contract/errors.ts';
import { briefingTitle } from '@contract/rules/titles.ts';
import { exportAnnotationsJsonLd, importAnnotationsJsonLd } from '../annotations/interchange.ts';
import { getDocument } from '../library/library-service.ts';
import { briefingUri, documentUri } from '@contract/rules/uris.ts';
import { appVersion } from '../shared/version.ts';
import { PACK_EXTENSION, PACK_FORMAT, PACK_VERSION, writePack, type OrganizerNote, type Pack } from './pack-format.ts';

export interface PackOptions {
  /** The user's own annotations go in as organizer notes. */
  withNotes: boolean;
  now?: () => Date;
}

/** The user's annotations on a document as pack notes: W3C items without tags, which are the user's own filing. */
async function notesOf(db: Database, documentId: number): Promise<Record<string, unknown>[]> {
  const collection = JSON.parse(await exportAnnotationsJsonLd(db, { documentId })) as { first?: { items: Record<string, unknown>[] } };
  return (collection.first?.items ?? []).map((item) => {
    const body = (item.body as { purpose?: string }[] | undefined)?.filter((b) => b.purpose !== 'tagging') ?? [];
    const { body: _tags, ...rest } = item;
    return body.length > 0 ? { ...rest, body } : rest;
  });
}

/** A file name from the briefing's title, without characters file systems refuse. */
function packFileName(title: string): string {
  const stem = title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim().slice(0, 80) || 'briefing';
  return `${stem}${PACK_EXTENSION}`;
}

/** A briefing as a `.briefing` pack, to hand to others. */
export async function exportPack(db: Database, briefingId: number, options: PackOptions): Promise<{ fileName: string; bytes: Uint8Array }> {
  const briefing = briefingForPack(db, briefingId);
  if (!briefing) throw ApiError.of('not_found', { what: briefingUri(briefingId) });
  // An untitled briefing goes by its file's name, as the library shows it; the pack keeps that name.
  const title = briefingTitle(briefing);
  const documents = listDocuments(db, briefingId).map((row) => getDocument(db, row.id));
  const notes: Record<string, unknown>[] = [];
  if (options.withNotes) for (const doc of documents) notes.push(...(await notesOf(db, doc.id)));
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    generator: { name: '研读 Briefing Reader', version: appVersion },
    created: (options.now?.() ?? new Date()).toISOString(),
    briefing: {
      title,
      preface: briefing.preface,
      credits: briefing.credits,
      source: { name: briefing.sourceName, sha256: briefing.sourceSha256 },
    },
    documents: documents.map((d) => ({
      ref: d.uri,
      title: d.title,
      unit: d.unit,
      speaker: d.speaker,
      blocks: d.blocks.map((b) => (b.kind === 'heading' ? { kind: 'heading', level: b.level, text: b.text } : { kind: 'paragraph', text: b.text })),
    })),
    organizerNotes: notes as Pack['organizerNotes'],
  };
  return { fileName: packFileName(title), bytes: writePack(pack) };
}

/**
 * Stores a pack's organizer notes with the briefing saved from it (its documents in the
 * pack's order), anchored in their documents. A note the briefing already holds (the
 * same pack imported in place of it again) is not added twice; nor is one whose
 * document the review removed. Runs inside the caller's transaction.
 */
export function addOrganizerNotes(db: Database, briefingId: number, notes: readonly OrganizerNote[]): number {
  const documents = listDocuments(db, briefingId);
  const held = organizerKeysOf(db, briefingId);
  const fresh = notes.filter((n) => !held.has(n.key) && documents[n.document] !== undefined);
  if (fresh.length === 0) return 0;
  const items = fresh.map((n) => {
    const target = n.annotation.target as Record<string, unknown>;
    return { ...n.annotation, target: { ...target, source: documentUri(documents[n.document]!.id) } };
  });
  return importAnnotationsJsonLd(db, items, { organizerKeys: fresh.map((n) => n.key) }).imported;
}
