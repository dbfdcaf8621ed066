/**
 * The `.briefing` pack: a briefing handed from an organizer to trainees, as gzip'd JSON
 * (node:zlib, so no archive library) that says what it is:
 *
 *   { format: "briefing-pack", version: 1, generator: {name, version}, created,
 *     briefing: {title, preface, credits, source: {name, sha256} | null},
 *     documents: [{ref, title, unit, speaker, blocks}],
 *     organizerNotes: [W3C Web Annotation, target.source = a document's ref] }
 *
 * `ref` is the document's URI in the organizer's library; it only ties notes to
 * documents inside the pack. The notes are what export/jsonld.ts writes, read back by
 * annotations/interchange.ts. Reading refuses, before anything is stored, a file that
 * is not a pack, a newer version, a damaged or truncated file, one that inflates
 * past {@link maxPackInflatedBytes} (a gzip bomb) and one that breaks the schema.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { maxImportBytes, maxPackInflatedBytes } from '@contract/rules/limits.ts';
import { uriPattern } from '@contract/rules/uris.ts';
import { sha256 } from '../shared/hash.ts';
import { ImportFailure } from '../import/parse/import-failure.ts';
import type { ParsedBriefing } from '../import/parse/types.ts';

export const PACK_FORMAT = 'briefing-pack';
export const PACK_VERSION = 1;
export const PACK_EXTENSION = '.briefing';

const text = z.string().max(1_000_000);
const shortText = z.string().max(2_000);
const docRef = z.string().regex(uriPattern('doc'));

const block = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), text }).strict(),
  z.object({ kind: z.literal('paragraph'), text }).strict(),
]);

const documentSchema = z
  .object({
    ref: docRef,
    title: shortText.min(1),
    unit: shortText.nullable(),
    speaker: z.object({ name: shortText.min(1), role: shortText.nullable() }).strict().nullable(),
    blocks: z.array(block).max(200_000),
  })
  .strict();

/** Checked in full when the notes are stored (interchange.ts); here only what ties them to the pack. */
const noteSchema = z.object({ type: z.literal('Annotation'), target: z.object({ source: docRef }).loose() }).loose();

const packSchema = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    generator: z.object({ name: shortText, version: shortText }).strict(),
    created: shortText,
    briefing: z
      .object({
        title: shortText.nullable(),
        preface: text.nullable(),
        credits: z.array(shortText).max(1_000),
        source: z.object({ name: shortText, sha256: z.string().regex(/^[0-9a-f]{64}$/) }).strict().nullable(),
      })
      .strict(),
    documents: z.array(documentSchema).min(1).max(2_000),
    organizerNotes: z.array(noteSchema).max(100_000),
  })
  .strict()
  .superRefine((pack, ctx) => {
    const refs = new Set(pack.documents.map((d) => d.ref));
    if (refs.size !== pack.documents.length) ctx.addIssue({ code: 'custom', path: ['documents'], message: 'two documents share a ref' });
    pack.organizerNotes.forEach((note, i) => {
      if (!refs.has(note.target.source)) ctx.addIssue({ code: 'custom', path: ['organizerNotes', i, 'target', 'source'], message: 'no such document in the pack' });
    });
  });

export type Pack = z.output<typeof packSchema>;
export type PackDocument = Pack['documents'][number];

/** An organizer note as the import carries it to the library. */
export interface OrganizerNote {
  /** Index of its document in the briefing. */
  document: number;
  /** Identifies the note across imports of the pack (a hash of it). */
  key: string;
  /** The W3C annotation, its target still naming the pack's ref. */
  annotation: Record<string, unknown>;
}

export function writePack(pack: Pack): Uint8Array {
  return gzipSync(JSON.stringify(pack), { level: 9 });
}

function inflate(bytes: Uint8Array): Buffer {
  if (bytes.byteLength === 0) throw new ImportFailure('empty');
  if (bytes.byteLength > maxImportBytes) throw new ImportFailure('too-large', `${bytes.byteLength} bytes`);
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) throw new ImportFailure('not-a-pack', 'not gzip');
  try {
    return gunzipSync(bytes, { maxOutputLength: maxPackInflatedBytes });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') throw new ImportFailure('pack-too-large', `inflates past ${maxPackInflatedBytes} bytes`);
    throw new ImportFailure('corrupt', code ?? String(err), { cause: err });
  }
}

/** The raw JSON of a pack, its format and version checked but not yet its schema. */
function packJson(bytes: Uint8Array): Record<string, unknown> {
  const inflated = inflate(bytes);
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated)) as unknown;
  } catch (err) {
    throw new ImportFailure('corrupt', 'not UTF-8 JSON', { cause: err });
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== PACK_FORMAT) {
    throw new ImportFailure('not-a-pack', 'no briefing-pack format');
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_VERSION) throw new ImportFailure('pack-too-new', `version ${version}`);
  return json as Record<string, unknown>;
}

/** Reads and checks a pack; throws an ImportFailure saying what is wrong with it. */
export function readPack(bytes: Uint8Array): { pack: Pack; notes: OrganizerNote[] } {
  const json = packJson(bytes);
  const parsed = packSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportFailure('pack-invalid', issue ? `${issue.path.join('.')}: ${issue.message}` : 'schema');
  }
  const pack = parsed.data;
  const index = new Map(pack.documents.map((d, i) => [d.ref, i]));
  // The raw items, not the schema's output, so the key is the note exactly as written.
  const notes = (json.organizerNotes as Record<string, unknown>[]).map((annotation, i) => ({
    document: index.get(pack.organizerNotes[i]!.target.source)!,
    key: sha256(new TextEncoder().encode(JSON.stringify(annotation))),
    annotation,
  }));
  return { pack, notes };
}

/** A pack as the importer's reading of a file: already structured, so nothing to repair. */
export function parsePack(bytes: Uint8Array): ParsedBriefing {
  const { pack, notes } = readPack(bytes);
  return {
    title: pack.briefing.title,
    preface: pack.briefing.preface,
    credits: pack.briefing.credits,
    notices: [],
    documents: pack.documents.map((d) => ({ title: d.title, unit: d.unit, speaker: d.speaker, blocks: d.blocks, notices: [] })),
    ...(notes.length > 0 ? { organizerNotes: notes } : {}),
  };
}
