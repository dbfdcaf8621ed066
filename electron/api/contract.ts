/**
 * The one API the renderer may call: `window.briefing.<method>(arg) → Promise<result>`.
 * Type-only on purpose: the runtime side (schemas, dispatcher, transports) is checked
 * against this file, so adding a method here without a schema or handler fails to compile.
 */
export type Locale = 'zh-CN' | 'en';

export interface Speaker {
  name: string;
  role: string | null;
}

export interface BriefingRef {
  id: number;
  /** `urn:briefing:pack:<id>` */
  uri: string;
  title: string | null;
}

export interface BriefingSummary extends BriefingRef {
  preface: string | null;
  sourceName: string;
  importedAt: string;
  documentCount: number;
}

export interface DocumentSummary {
  id: number;
  /** `urn:briefing:doc:<id>` */
  uri: string;
  title: string;
  unit: string | null;
  speaker: Speaker | null;
  /** Order within its briefing, from 0. */
  position: number;
  briefing: BriefingRef;
}

export type Block =
  | { id: number; kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { id: number; kind: 'paragraph'; level: null; text: string };

export interface DocumentDetail extends DocumentSummary {
  blocks: Block[];
}

export interface Settings {
  locale: Locale;
}

export interface AppInfo {
  version: string;
  libraryPath: string;
}

export type Empty = Record<string, never>;

/** A layout repair or finding of the importer, which the review can undo. */
export interface ImportRepair {
  id: string;
  kind: string;
  message: string;
  /** Title of the document it touched; null for the briefing as a whole. */
  document: string | null;
  applied: boolean;
}

export type DraftBlock = { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string } | { kind: 'paragraph'; text: string };

export interface DraftDocument {
  title: string;
  unit: string | null;
  speaker: Speaker | null;
  blocks: DraftBlock[];
}

/** What an import will save: the importer's reading, as the user edits it in the review. */
export interface ImportDraft {
  title: string | null;
  preface: string | null;
  credits: string[];
  documents: DraftDocument[];
}

export interface ImportJob {
  id: string;
  fileName: string;
  state: 'reading' | 'ready' | 'failed';
  /** Pages (or stages) read so far, while reading. */
  progress: { done: number; total: number } | null;
  draft: ImportDraft | null;
  repairs: ImportRepair[];
  /** Briefings already imported from the very same file. */
  duplicates: BriefingRef[];
  error: ApiErrorPayload | null;
}

export interface BriefingApi {
  getAppInfo(arg: Empty): Promise<AppInfo>;
  getSettings(arg: Empty): Promise<Settings>;
  updateSettings(arg: Partial<Settings>): Promise<Settings>;
  listBriefings(arg: Empty): Promise<{ briefings: BriefingSummary[] }>;
  listDocuments(arg: { briefingId?: number }): Promise<{ documents: DocumentSummary[] }>;
  getDocument(arg: { id: number }): Promise<DocumentDetail>;
  /** Starts reading a file (its bytes in base64) for the import review; poll getImportJob. */
  startImport(arg: { fileName: string; data: string }): Promise<ImportJob>;
  getImportJob(arg: { id: string }): Promise<ImportJob>;
  /** Reads the file again with the given repairs undone. */
  reparseImport(arg: { id: string; skip: string[] }): Promise<ImportJob>;
  /** Stops reading and forgets the file; nothing was saved. */
  cancelImport(arg: { id: string }): Promise<{ cancelled: boolean }>;
  /** Saves the reviewed draft as a new briefing, or in place of `replaceBriefingId`. */
  commitImport(arg: { id: string; draft: ImportDraft; replaceBriefingId?: number }): Promise<{ briefing: BriefingRef; documents: DocumentSummary[] }>;
}

export type ApiMethod = keyof BriefingApi;
export type ApiArg<M extends ApiMethod> = Parameters<BriefingApi[M]>[0];
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<BriefingApi[M]>>;

export type ErrorCode =
  | 'invalid_argument'
  | 'unknown_method'
  | 'not_found'
  | 'library_too_new'
  | 'import_failed'
  | 'forbidden'
  | 'unavailable'
  | 'internal';

export interface ApiErrorPayload {
  code: ErrorCode;
  message: Record<Locale, string>;
  /** Field-level reasons for `invalid_argument`, for developers and logs. */
  details?: string[];
}

/** What crosses a transport: a result, or an error every locale can show. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
