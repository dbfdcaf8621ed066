import { z } from 'zod';
import {
  base64Length,
  maxBackupBytes,
  maxCoverLineLength,
  maxFileNameLength,
  maxImportBytes,
  maxNoteLength,
  maxReflectionLength,
  maxSessionDateLength,
  maxTagNameLength,
  maxTagsPerAnnotation,
} from './rules/limits.ts';
import type { ApiArg, ApiMethod, Settings } from './contract.ts';
import { fontSizes, lineSpacings, pageWidths, themes } from './settings-values.ts';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const empty = z.object({}).strict();
const locale = z.enum(['zh-CN', 'en']);
const jobId = z.string().min(1).max(64).regex(/^[\w-]+$/);
const line = z.string().max(1_000_000);
const shortLine = z.string().min(1).max(2_000);

const draftBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]), text: line }).strict(),
  z.object({ kind: z.literal('paragraph'), text: line, speaker: z.object({ name: z.string().max(2_000), role: z.string().max(2_000).nullable() }).strict().optional() }).strict(),
]);

const personField = z.string().max(2_000);
const participant = z.object({ name: personField, role: personField.nullable(), unit: personField.nullable() }).strict();
const author = z.object({ name: personField, role: personField.nullable() }).strict();
const printSource = z
  .object({ publication: personField, date: z.string().max(40).nullable(), page: z.number().int().min(0).max(100_000).nullable() })
  .strict();

const draft = z
  .object({
    title: z.string().max(2_000).nullable(),
    preface: line.nullable(),
    credits: z.array(z.string().max(2_000)).max(1_000),
    documents: z
      .array(
        z
          .object({
            title: shortLine,
            unit: z.string().max(2_000).nullable(),
            speaker: z.object({ name: shortLine, role: z.string().max(2_000).nullable() }).strict().nullable(),
            blocks: z.array(draftBlock).max(200_000),
            kind: z.enum(['speech', 'interview', 'report', 'article', 'statement']).optional(),
            participants: z.array(participant).max(1_000).optional(),
            authors: z.array(author).max(1_000).optional(),
            source: printSource.nullable().optional(),
            confidence: z.number().min(0).max(1).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(2_000),
  })
  .strict();

/** Each setting's schema: it checks updates and, in the service, the values read back from the library. */
export const settingsFields = {
  locale,
  theme: z.enum(themes),
  fontSize: z.literal(fontSizes),
  lineSpacing: z.enum(lineSpacings),
  pageWidth: z.enum(pageWidths),
  paragraphNumbers: z.boolean(),
  outline: z.boolean(),
} satisfies { [K in keyof Settings]: z.ZodType<Settings[K]> };

const backupData = z.string().min(4).max(base64Length(maxBackupBytes)).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const fileData = z.string().max(base64Length(maxImportBytes)).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const fileName = z.string().min(1).max(maxFileNameLength);

/** An offset into one block's text, which `line` bounds. */
const blockPoint = z.object({ blockId: id, offset: z.number().int().min(0).max(1_000_000) }).strict();
const blockRange = z.object({ start: blockPoint, end: blockPoint }).strict();
const highlightColor = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
const highlightStyle = z.enum(['highlight', 'underline']);
const annotationKind = z.enum(['highlight', 'note', 'bookmark']);
const note = z.string().max(maxNoteLength);
const tagIds = z.array(id).max(maxTagsPerAnnotation);
const tagName = z.string().trim().min(1).max(maxTagNameLength);
const tagColor = z.string().max(7).regex(/^#[0-9a-fA-F]{6}$/);
const coverLine = z.string().max(maxCoverLineLength);
const sessionFields = z
  .object({
    title: coverLine,
    date: z.string().max(maxSessionDateLength),
    place: coverLine,
    className: coverLine,
    trainee: coverLine,
    reflection: z.string().max(maxReflectionLength),
    groupBy: z.enum(['document', 'tag']),
  })
  .partial();
const itemIds = z.array(id).max(10_000);

/** The boundary check for each method's one argument: the renderer is untrusted. */
export const argSchemas = {
  getAppInfo: empty,
  getSettings: empty,
  updateSettings: z.object(settingsFields).partial().strict(),
  listBriefings: z.object({ deleted: z.boolean().optional() }).strict(),
  renameBriefing: z.object({ id, title: shortLine }).strict(),
  deleteBriefing: z.object({ id }).strict(),
  restoreBriefing: z.object({ id }).strict(),
  listDocuments: z.object({ briefingId: id.optional() }).strict(),
  getDocument: z.object({ id }).strict(),
  listReadingPositions: empty,
  saveReadingPosition: z.object({ documentId: id, blockId: id }).strict(),
  startImport: z.object({ fileName, data: fileData }).strict(),
  getImportJob: z.object({ id: jobId }).strict(),
  reparseImport: z.object({ id: jobId, skip: z.array(z.string().max(300)).max(10_000) }).strict(),
  cancelImport: z.object({ id: jobId }).strict(),
  previewImport: z.object({ fileName, data: fileData, locale: locale.optional() }).strict(),
  importFiles: z
    .object({
      files: z.array(z.object({ fileName, data: fileData }).strict()).min(1).max(1_000),
      replaceBriefingId: id.optional(),
      locale: locale.optional(),
    })
    .strict(),
  importAnnotations: z.object({ text: z.string().max(maxImportBytes) }).strict(),
  commitImport: z.object({ id: jobId, draft, replaceBriefingId: id.optional() }).strict(),
  searchLibrary: z
    .object({
      query: z.string().max(200),
      briefingId: id.optional(),
      unit: z.string().max(2_000).optional(),
      speaker: z.string().max(2_000).optional(),
      annotatedOnly: z.boolean().optional(),
      limit: z.number().int().min(1).max(200).optional(),
      offset: z.number().int().min(0).max(1_000_000).optional(),
    })
    .strict(),
  createAnnotation: z
    .object({
      documentId: id,
      kind: annotationKind,
      range: blockRange.optional(),
      style: highlightStyle.optional(),
      color: highlightColor.optional(),
      note: note.optional(),
      tagIds: tagIds.optional(),
    })
    .strict(),
  updateAnnotation: z
    .object({
      id,
      style: highlightStyle.optional(),
      color: highlightColor.optional(),
      note: note.optional(),
      tagIds: tagIds.optional(),
      range: blockRange.optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ id }).strict(),
  restoreAnnotation: z.object({ id }).strict(),
  listAnnotations: z
    .object({
      documentId: id.optional(),
      briefingId: id.optional(),
      tagId: id.optional(),
      color: highlightColor.optional(),
      kind: annotationKind.optional(),
      status: z.enum(['anchored', 'orphan']).optional(),
      query: z.string().max(200).optional(),
      deleted: z.boolean().optional(),
    })
    .strict(),
  emptyBin: empty,
  listTags: empty,
  createTag: z.object({ name: tagName, color: tagColor }).strict(),
  updateTag: z.object({ id, name: tagName.optional(), color: tagColor.optional() }).strict(),
  mergeTags: z.object({ sourceId: id, targetId: id }).strict(),
  deleteTag: z.object({ id }).strict(),
  getReanchorReport: z.object({ briefingId: id }).strict(),
  startExport: z
    .object({
      scope: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('all') }).strict(),
        z.object({ kind: z.literal('document'), documentId: id }).strict(),
        z.object({ kind: z.literal('tag'), tagId: id }).strict(),
        z.object({ kind: z.literal('session'), sessionId: id }).strict(),
      ]),
      format: z.enum(['docx', 'pdf', 'markdown', 'text', 'jsonld']),
      template: z.enum(['official', 'handout']).optional(),
      groupBy: z.enum(['document', 'tag']).optional(),
      cover: z
        .object({
          title: z.string().max(200),
          trainee: z.string().max(100).nullable(),
          className: z.string().max(200).nullable(),
          date: z.string().max(50).nullable(),
          place: z.string().max(200).nullable(),
        })
        .partial()
        .strict()
        .optional(),
      locale: locale.optional(),
    })
    .strict(),
  getExportJob: z.object({ id: jobId }).strict(),
  cancelExport: z.object({ id: jobId }).strict(),
  takeExport: z.object({ id: jobId }).strict(),
  listSessions: empty,
  getSession: z.object({ id }).strict(),
  createSession: sessionFields.strict(),
  updateSession: sessionFields.extend({ id }).strict(),
  deleteSession: z.object({ id }).strict(),
  addToSession: z.object({ sessionId: id, annotationIds: itemIds.optional(), documentIds: itemIds.optional() }).strict(),
  removeFromSession: z.object({ sessionId: id, itemIds }).strict(),
  reorderSession: z.object({ sessionId: id, itemIds }).strict(),
  backupLibrary: empty,
  restoreLibrary: z.object({ fileName, data: backupData }).strict(),
  exportPack: z.object({ briefingId: id, withNotes: z.boolean() }).strict(),
} satisfies { [M in ApiMethod]: z.ZodType<ApiArg<M>> };

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type SchemaMatches = { [M in ApiMethod]: Same<z.output<(typeof argSchemas)[M]>, ApiArg<M>> };
/** @public Fails to compile when a schema accepts a different shape than the contract declares; nothing reads it. */
export const schemasMatchContract: { [M in ApiMethod]: true } = {} as SchemaMatches;
