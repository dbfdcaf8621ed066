/**
 * Annotations in and out of the library as the W3C Web Annotation Data Model in JSON-LD
 * (https://www.w3.org/TR/annotation-model/). Export is the export engine's JSON-LD
 * (export/jsonld.ts); import reads the same shape, and what other tools write:
 *
 *   - `target.source` `urn:briefing:doc:<id>` names the document; another source, or a
 *     document not in the library, skips the annotation (reported, nothing written);
 *   - a TextQuoteSelector is placed the way re-anchoring places a stored annotation
 *     (exact, moved, fuzzy), a TextPositionSelector (code points, converted to the
 *     app's UTF-16) only hinting where; a quote that cannot be placed makes an orphan,
 *     kept with its note and tags for the user to re-attach; no selector, a note on the
 *     whole document;
 *   - motivation `bookmarking` is a bookmark; `target.styleClass` `<style>-<colour>` the
 *     highlight's look (yellow highlight otherwise); `commenting` bodies the note;
 *     `tagging` bodies the tags, found by name or created (colour from `schema:color`);
 *     `created`/`modified` are kept.
 *
 * An import is one transaction: a file that is not W3C annotations changes nothing.
 */
import { z } from 'zod';
import type { Database } from '@db/open.ts';
import * as q from '@db/queries/annotations.ts';
import { getDocument, listBlocks } from '@db/queries/library.ts';
import { setAnnotationTags, tagIdByKey, insertTag } from '@db/queries/tags.ts';
import { indexAnnotations } from '@db/search/annotations.ts';
import type { HighlightColor, Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { say, type Localized } from '@contract/messages/index.ts';
import { CanonicalText, anchor, fromCodePointOffset, type StoredAnchor } from '../anchoring/index.ts';
import { exportSource } from '../export/export-service.ts';
import { exportAnnotations } from '../export/index.ts';
import { cleanNote } from './note-text.ts';
import { orphanPlacement, placementOf, wholeBlock } from './placement.ts';
import { tagNameKey } from '@contract/rules/tag-names.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { cleanTagColor, cleanTagName } from './tag-names.ts';

/** Colour of a tag created by an import that gives none. */
export const IMPORTED_TAG_COLOR = '#888888';

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

export interface ExportJsonLdOptions {
  /** One document's annotations; the whole library's without. */
  documentId?: number;
  locale?: Locale;
  now?: () => Date;
}

/** The library's annotations (or one document's) as a W3C AnnotationCollection, JSON-LD text. */
export async function exportAnnotationsJsonLd(db: Database, options: ExportJsonLdOptions = {}): Promise<string> {
  const scope = options.documentId === undefined ? { kind: 'all' as const } : { kind: 'document' as const, documentId: options.documentId };
  const file = await exportAnnotations(
    { scope, format: 'jsonld', locale: options.locale ?? 'zh-CN' },
    { source: exportSource(db), ...(options.now ? { now: options.now } : {}) },
  );
  return new TextDecoder().decode(file.bytes);
}

// ---- reading --------------------------------------------------------------------------

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

const selectorSchema = z.object({ type: z.string() }).loose();
const quoteSchema = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.string().optional(), suffix: z.string().optional() });
const positionSchema = z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const bodySchema = z.union([
  z.string().transform((value) => ({ type: 'TextualBody', value, purpose: 'commenting' as string | undefined, color: undefined as string | undefined })),
  z
    .object({ type: z.string().optional(), value: z.string().optional(), purpose: z.string().optional(), 'schema:color': z.string().optional() })
    .loose()
    .transform((b) => ({ type: b.type, value: b.value, purpose: b.purpose, color: b['schema:color'] })),
]);

const specificTarget = z.object({ source: z.string(), selector: oneOrMany(selectorSchema).optional(), styleClass: z.string().optional() }).loose();
const targetSchema = z.union([z.string().transform((source) => ({ source, selector: undefined, styleClass: undefined })), specificTarget]);

const annotationSchema = z
  .object({
    id: z.string().optional(),
    type: z.union([z.literal('Annotation'), z.array(z.string()).refine((t) => t.includes('Annotation'))]),
    motivation: oneOrMany(z.string()).optional(),
    created: z.string().optional(),
    modified: z.string().optional(),
    body: oneOrMany(bodySchema).optional(),
    bodyValue: z.string().optional(),
    target: oneOrMany(targetSchema).refine((t) => t.length > 0),
  })
  .loose();

type ParsedAnnotation = z.output<typeof annotationSchema>;

const notAnnotations = (why: Localized): ApiError => ApiError.of('invalid_argument', { what: say('interchange', 'notWebAnnotations', { why }) });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The annotations of a collection (its first page), a page, a list or one annotation. */
function itemsOf(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  if (!isObject(json)) throw notAnnotations(say('interchange', 'topLevelNotObject'));
  if (json.type === 'AnnotationCollection') {
    const first = json.first;
    if (json.total === 0 && first === undefined) return [];
    if (!isObject(first) || !Array.isArray(first.items)) throw notAnnotations(say('interchange', 'collectionWithoutItems'));
    return first.items;
  }
  if (json.type === 'AnnotationPage') {
    if (!Array.isArray(json.items)) throw notAnnotations(say('interchange', 'pageWithoutItems'));
    return json.items;
  }
  return [json];
}

function parseAnnotations(json: unknown): ParsedAnnotation[] {
  return itemsOf(json).map((item, i) => {
    const parsed = annotationSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'type';
    throw notAnnotations(say('interchange', 'badAnnotation', { n: i + 1, where }));
  });
}

/** Reads a JSON text as a list of annotations; throws the same clear error for bad JSON. */
export function parseAnnotationFile(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch {
    throw notAnnotations(say('interchange', 'notJson'));
  }
}

// ---- writing --------------------------------------------------------------------------

export type SkipReason = 'foreign-source' | 'missing-document';

export interface ImportSkip {
  /** The annotation's own id in the file, if it had one. */
  annotation: string | null;
  source: string;
  reason: SkipReason;
}

export interface ImportResult {
  /** Annotations written, orphans included. */
  imported: number;
  /** Of those, the ones whose quote was not found: kept as orphans. */
  orphaned: number;
  skipped: ImportSkip[];
}

interface Look {
  style: 'highlight' | 'underline';
  color: HighlightColor;
}

function lookOf(styleClass: string | undefined): Look | null {
  const m = /^(highlight|underline)-([a-z]+)$/.exec(styleClass ?? '');
  const color = COLORS.find((c) => c === m?.[2]);
  return m && color ? { style: m[1] as Look['style'], color } : null;
}

const when = (value: string | undefined): string | null => {
  const t = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

function tagIdFor(db: Database, name: string, color: string | undefined): number {
  const clean = cleanTagName(name);
  const key = tagNameKey(clean);
  const existing = tagIdByKey(db, key);
  if (existing !== undefined) return existing;
  let tagColor = IMPORTED_TAG_COLOR;
  if (color !== undefined) {
    try {
      tagColor = cleanTagColor(color);
    } catch {
      // A colour the app cannot show: the tag comes in with the default.
    }
  }
  return insertTag(db, clean, key, tagColor);
}

/** The stored anchor a target's selectors describe in `doc`; null when it has none usable. */
function storedAnchorFrom(doc: CanonicalText, selectors: readonly unknown[]): StoredAnchor | null {
  const quote = selectors.map((s) => quoteSchema.safeParse(s)).find((r) => r.success)?.data;
  const pos = selectors.map((s) => positionSchema.safeParse(s)).find((r) => r.success)?.data;
  const position = pos && pos.start <= pos.end ? { start: fromCodePointOffset(doc.text, pos.start), end: fromCodePointOffset(doc.text, pos.end) } : null;
  if (quote && quote.exact !== '') {
    // Without a position, the quote alone decides: the hint is where it first occurs.
    const at = position?.start ?? Math.max(0, doc.text.indexOf(quote.exact));
    return {
      position: { type: 'TextPositionSelector', start: at, end: position?.end ?? at + quote.exact.length },
      quote: { type: 'TextQuoteSelector', exact: quote.exact, ...(quote.prefix ? { prefix: quote.prefix } : {}), ...(quote.suffix ? { suffix: quote.suffix } : {}) },
    };
  }
  if (position && position.end > position.start) {
    return {
      position: { type: 'TextPositionSelector', ...position },
      quote: { type: 'TextQuoteSelector', exact: doc.text.slice(position.start, position.end) },
    };
  }
  return null;
}

/**
 * Brings the annotations of a W3C JSON-LD file (parsed) into the library, each anchored
 * in its document; all or nothing. `organizerKeys` (one per annotation) makes them a
 * briefing pack's organizer notes.
 */
export function importAnnotationsJsonLd(db: Database, json: unknown, options: { organizerKeys?: readonly string[] } = {}): ImportResult {
  const annotations = parseAnnotations(json);
  return db.transaction(() => {
    const result: ImportResult = { imported: 0, orphaned: 0, skipped: [] };
    const texts = new Map<number, CanonicalText>();
    const touched = new Set<number>();
    for (const [i, a] of annotations.entries()) {
      const target = a.target[0]!;
      const skip = (reason: SkipReason): void => {
        result.skipped.push({ annotation: a.id ?? null, source: target.source, reason });
      };
      const documentId = idOfUri('doc', target.source);
      if (documentId === null) {
        skip('foreign-source');
        continue;
      }
      if (!getDocument(db, documentId)) {
        skip('missing-document');
        continue;
      }
      let doc = texts.get(documentId);
      if (!doc) {
        doc = CanonicalText.fromBlocks(listBlocks(db, documentId));
        texts.set(documentId, doc);
      }

      const stored = storedAnchorFrom(doc, target.selector ?? []);
      const kind = !stored ? 'note' : a.motivation?.includes('bookmarking') ? 'bookmark' : 'highlight';
      let placement: q.Placement | null = null;
      let orphan = false;
      if (stored) {
        const found = anchor(doc, stored);
        const block = found.blockRange?.start.blockId;
        if (found.anchor && kind === 'bookmark' && block !== undefined) placement = wholeBlock(doc, block) ?? placementOf(found.anchor);
        else if (found.anchor) placement = placementOf(found.anchor);
        else {
          placement = orphanPlacement(stored);
          orphan = true;
        }
      }
      const bodies = a.body ?? [];
      const notes = [
        ...(a.bodyValue !== undefined ? [a.bodyValue] : []),
        ...bodies.filter((b) => b.purpose !== 'tagging' && b.value !== undefined).map((b) => b.value!),
      ];
      const look = kind === 'highlight' ? (lookOf(target.styleClass) ?? { style: 'highlight', color: 'yellow' }) : null;
      const id = q.insertAnnotation(db, {
        documentId,
        kind,
        style: look?.style ?? null,
        color: look?.color ?? null,
        placement,
        note: cleanNote(notes.join('\n\n').trim()),
        // An orphan keeps its selectors without a range, waiting to be re-attached.
        ...(orphan ? { status: 'orphan' as const } : {}),
        ...(options.organizerKeys ? { originKey: options.organizerKeys[i] } : {}),
      });
      const tagIds = bodies.filter((b) => b.purpose === 'tagging' && b.value !== undefined).map((b) => tagIdFor(db, b.value!, b.color));
      setAnnotationTags(db, id, [...new Set(tagIds)]);
      const created = when(a.created);
      const modified = when(a.modified) ?? created;
      if (created && modified) q.setAnnotationTimes(db, id, created, modified);
      touched.add(documentId);
      result.imported++;
      if (orphan) result.orphaned++;
    }
    touched.forEach((id) => indexAnnotations(db, id));
    return result;
  })();
}
