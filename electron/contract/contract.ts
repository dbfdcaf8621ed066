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
  /** When it went to the bin; null while it is in the library. */
  deletedAt: string | null;
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
  /** Highlights, notes and bookmarks on it, not counting the bin. */
  annotationCount: number;
  /** In the library's list: its participants and turns' speakers besides `speaker`, when it has any. */
  voices?: Participant[];
}

export type Block =
  | { id: number; kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** `speaker`: who speaks this paragraph's words (a turn), when the page says so. */
  | { id: number; kind: 'paragraph'; level: null; text: string; speaker?: TurnSpeaker };

/** A guest, host or interviewer of a document; an interviewer may be a role with an empty name. */
export interface Participant {
  name: string;
  role: string | null;
  unit: string | null;
}

export interface DocumentDetail extends DocumentSummary {
  blocks: Block[];
  /** What the importer read the document as; null for one imported before it told kinds apart. */
  kind: DocumentKind | null;
  participants: Participant[];
  /** Where the reader left this document; null when it was never read. */
  readingPosition: ReadingPosition | null;
}

/**
 * Where a document was last read. Paragraph numbers (¶) count paragraphs only, from 1,
 * in document order, so a citation such as "¶12" stays valid while the text is unchanged.
 */
export interface ReadingPosition {
  documentId: number;
  blockId: number;
  /** ¶ of the last paragraph at or before the block; 0 when the block precedes every paragraph. */
  paragraph: number;
  paragraphCount: number;
  savedAt: string;
}

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
/** The reading text's size in CSS pixels. */
export type FontSize = 14 | 16 | 18 | 20 | 22 | 24 | 28;
export type LineSpacing = 'compact' | 'normal' | 'relaxed';
export type PageWidth = 'narrow' | 'medium' | 'wide';

export interface Settings {
  locale: Locale;
  theme: Theme;
  fontSize: FontSize;
  lineSpacing: LineSpacing;
  pageWidth: PageWidth;
  /** Paragraph numbers shown in the reader's margin. */
  paragraphNumbers: boolean;
  /** The reader's outline panel is open. */
  outline: boolean;
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

/** Who speaks a block's words (a turn); the name is empty when the page names only a role (记者, 主持人, Q). */
export interface TurnSpeaker {
  name: string;
  role: string | null;
}

export type DraftBlock = { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string } | { kind: 'paragraph'; text: string; speaker?: TurnSpeaker };

export type DocumentKind = 'speech' | 'interview' | 'report' | 'article' | 'statement';

export interface DraftDocument {
  title: string;
  unit: string | null;
  speaker: Speaker | null;
  blocks: DraftBlock[];
  kind?: DocumentKind;
  /** Guests, hosts and interviewers (an interviewer may be a role with an empty name). */
  participants?: Participant[];
  /** Bylines and credits: who reported, wrote or edited it, not who speaks. */
  authors?: { name: string; role: string | null }[];
  source?: { publication: string; date: string | null; page: number | null } | null;
  /** How sure the importer is of where this document begins, 0–1, for the review to flag. */
  confidence?: number;
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

/** A finding or repair of the importer on one file, in the locale the file was read in. */
export interface ImportNotice {
  id: string;
  kind: string;
  message: string;
}

export interface ImportPreviewDocument extends DraftDocument {
  notices: ImportNotice[];
}

/**
 * What the importer makes of a file, saving nothing: the shape `briefing import --dry-run
 * --json` prints, so additions stay optional.
 */
export interface ImportPreview {
  title: string | null;
  preface: string | null;
  notices: ImportNotice[];
  documents: ImportPreviewDocument[];
  credits?: string[];
  reading?: { chosen: string; score: number; alternatives: { reading: string; documents: number; score: number }[] };
  /** A `.briefing` pack's notes by whoever prepared it. */
  organizerNotes?: object[];
}

/** One file of importFiles, as saved. */
export interface ImportedFile {
  briefing: BriefingRef;
  documentCount: number;
  /** The very same file was imported before: nothing was saved, `briefing` holds it. */
  alreadyImported: boolean;
}

/** What importAnnotations did with a W3C Web Annotation (JSON-LD) file. */
export interface AnnotationImportResult {
  /** Annotations written, orphans included. */
  imported: number;
  /** Of those, the ones whose quote was not found: kept as orphans. */
  orphaned: number;
  skipped: { annotation: string | null; source: string; reason: 'foreign-source' | 'missing-document' }[];
}

/**
 * One place a search found all its terms. `snippet` is an excerpt of the text with `…`
 * where it was cut; `ranges` mark the terms in it (UTF-16 offsets into `snippet`);
 * `match` is the occurrence the snippet shows, as offsets into the whole text (the
 * block's, or the title's), to land on the exact passage.
 */
export type SearchHit =
  | { kind: 'title'; snippet: string; ranges: [number, number][]; match: [number, number] }
  | {
      kind: 'heading' | 'paragraph';
      blockId: number;
      /** The block's index in the document, from 0. */
      position: number;
      snippet: string;
      ranges: [number, number][];
      match: [number, number];
    }
  | {
      /** The user's note on an annotation, or its tags' names (joined with " · "). */
      kind: 'note' | 'tag';
      annotationId: number;
      snippet: string;
      ranges: [number, number][];
      match: [number, number];
    };

export interface SearchGroup {
  document: DocumentSummary;
  /** Every hit in the document, not only those on this page. */
  hitCount: number;
  /** This page's hits in the document, in reading order. */
  hits: SearchHit[];
}

/** A document whose caption — unit, speaker's name, role — holds every term. */
export interface CaptionHit {
  document: DocumentSummary;
  /** The caption, e.g. `西安高新区 马巍安 区总工会常务副主席`. */
  snippet: string;
  ranges: [number, number][];
}

export interface SearchResult {
  /** The number of hits; when `totalExact` is false, there are more than this. */
  total: number;
  totalExact: boolean;
  /** The page, grouped by document, best first; a document may continue on the next page. */
  groups: SearchGroup[];
  /** Speakers, roles and units: every match counted, the first ones listed with the first page (offset 0). */
  captions: { total: number; hits: CaptionHit[] };
}

export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';

/** A place in a document: a block and a UTF-16 offset into its text (what DOM Ranges use). */
export interface BlockPoint {
  blockId: number;
  offset: number;
}

export interface BlockRange {
  start: BlockPoint;
  end: BlockPoint;
}

/** W3C Web Annotation selectors over the document's text (blocks joined with "\n"). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TagRef {
  id: number;
  name: string;
  /** A CSS hex colour, `#rrggbb`. */
  color: string;
}

export interface Tag extends TagRef {
  /** Annotations (not in the bin) carrying the tag. */
  count: number;
}

/**
 * A highlight or underline on a passage (with an optional note), a free-standing
 * note on a document, or a bookmark on a paragraph.
 */
export interface Annotation {
  id: number;
  /** `urn:briefing:annotation:<id>` */
  uri: string;
  documentId: number;
  kind: 'highlight' | 'note' | 'bookmark';
  /** Highlights only. */
  style: 'highlight' | 'underline' | null;
  color: HighlightColor | null;
  /** Where it sits now; null for a free-standing note and for an orphan. A bookmark's spans its whole block. */
  range: BlockRange | null;
  /** The passage as marked (kept for orphans, so nothing the user marked is lost). */
  quote: TextQuoteSelector | null;
  position: TextPositionSelector | null;
  /** Multi-line plain text; '' when there is none. */
  note: string;
  /** `organizer`: it came in a briefing pack, from whoever prepared the briefing; its note is read-only. */
  origin: 'own' | 'organizer';
  tags: TagRef[];
  /** An orphan lost its place when the document changed; it waits to be re-attached. */
  status: 'anchored' | 'orphan';
  /** ¶ of the paragraph the passage starts in (paragraphs only, from 1), for citing. */
  paragraph: number | null;
  /** Headings above the passage, outermost first, e.g. ['二、…', '（二）…']. */
  headingPath: string[];
  /** Who speaks the passage (its first paragraph's turn), when the page says so; else the document's speaker speaks it. */
  speaker?: TurnSpeaker;
  createdAt: string;
  updatedAt: string;
  /** Set while the annotation is in the bin. */
  deletedAt: string | null;
}

export interface AnnotationFilter {
  documentId?: number;
  briefingId?: number;
  tagId?: number;
  color?: HighlightColor;
  kind?: Annotation['kind'];
  status?: Annotation['status'];
  /** Substring over quote and note. */
  query?: string;
  /** The bin instead of the live annotations. */
  deleted?: boolean;
}

/** How a re-import (`--replace`) moved a briefing's annotations. */
export interface ReanchorReport {
  briefingId: number;
  at: string;
  stayed: number;
  moved: number;
  orphaned: number;
  items: {
    annotationId: number;
    status: 'stayed' | 'moved' | 'orphaned';
    oldText: string;
    newText: string | null;
  }[];
}

/** What an export covers. */
export type ExportScope =
  | { kind: 'all' }
  | { kind: 'document'; documentId: number }
  | { kind: 'tag'; tagId: number }
  | { kind: 'session'; sessionId: number };

export type ExportFormat = 'docx' | 'pdf' | 'markdown' | 'text' | 'jsonld';

/** `official` is laid out after GB/T 9704-2012; `handout` is compact, for printing many notes. */
export type ExportTemplate = 'official' | 'handout';

/** The cover block of an export. */
export interface ExportCover {
  title: string;
  trainee: string | null;
  /** 班次: the training class. */
  className: string | null;
  /** `YYYY-MM-DD`, or the trainee's own wording. */
  date: string | null;
  place: string | null;
}

/** An export as it runs in the background, and once its file is ready to fetch. */
export interface ExportJob {
  id: string;
  state: 'running' | 'done' | 'failed';
  progress: { done: number; total: number } | null;
  /** Set when done; the bytes are fetched with takeExport. */
  file: { fileName: string; mimeType: string; size: number } | null;
  error: ApiErrorPayload | null;
}

export type SessionGroupBy = 'document' | 'tag';

/** A study session's cover, reflection and how its items are grouped. */
export interface SessionFields {
  title: string;
  /** As the user writes it, e.g. `2025-06-12`. */
  date: string;
  place: string;
  className: string;
  trainee: string;
  /** 心得体会: multi-line plain text. */
  reflection: string;
  groupBy: SessionGroupBy;
}

export interface SessionSummary extends SessionFields {
  id: number;
  /** `urn:briefing:session:<id>` */
  uri: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

/** One thing a session gathers, in the session's order. An annotation in the bin stays, with its `deletedAt` set. */
export type SessionItem =
  | { id: number; kind: 'annotation'; annotation: Annotation }
  | { id: number; kind: 'document'; document: DocumentSummary };

export interface Session extends SessionSummary {
  items: SessionItem[];
}

export interface BriefingApi {
  getAppInfo(arg: Empty): Promise<AppInfo>;
  getSettings(arg: Empty): Promise<Settings>;
  updateSettings(arg: Partial<Settings>): Promise<Settings>;
  /** The library's briefings; with `deleted`, those in the bin instead. */
  listBriefings(arg: { deleted?: boolean }): Promise<{ briefings: BriefingSummary[] }>;
  renameBriefing(arg: { id: number; title: string }): Promise<BriefingSummary>;
  /** Moves a briefing, its documents and every annotation on them to the bin; restoreBriefing brings them all back. */
  deleteBriefing(arg: { id: number }): Promise<BriefingSummary>;
  restoreBriefing(arg: { id: number }): Promise<BriefingSummary>;
  listDocuments(arg: { briefingId?: number }): Promise<{ documents: DocumentSummary[] }>;
  getDocument(arg: { id: number }): Promise<DocumentDetail>;
  /** Every document's reading position, most recently read first. */
  listReadingPositions(arg: Empty): Promise<{ positions: ReadingPosition[] }>;
  /** Remembers the block the reader is at; the block must belong to the document. */
  saveReadingPosition(arg: { documentId: number; blockId: number }): Promise<ReadingPosition>;
  /** Starts reading a file (its bytes in base64) for the import review; poll getImportJob. */
  startImport(arg: { fileName: string; data: string }): Promise<ImportJob>;
  getImportJob(arg: { id: string }): Promise<ImportJob>;
  /** Reads the file again with the given repairs undone. */
  reparseImport(arg: { id: string; skip: string[] }): Promise<ImportJob>;
  /** Stops reading and forgets the file; nothing was saved. */
  cancelImport(arg: { id: string }): Promise<{ cancelled: boolean }>;
  /** Reads a file (its bytes in base64) as an import would and returns the reading; saves nothing and needs no library. */
  previewImport(arg: { fileName: string; data: string; locale?: Locale }): Promise<ImportPreview>;
  /**
   * Reads every file, then saves them all in one transaction (all or none) with no review;
   * a file imported before is recognized and skipped. With `replaceBriefingId`, the one file
   * replaces that briefing, its annotations re-anchored.
   */
  importFiles(arg: { files: { fileName: string; data: string }[]; replaceBriefingId?: number; locale?: Locale }): Promise<{ imported: ImportedFile[] }>;
  /** Places the annotations of a W3C Web Annotation (JSON-LD) file in their documents by their quotes. */
  importAnnotations(arg: { text: string }): Promise<AnnotationImportResult>;
  /** Saves the reviewed draft as a new briefing, or in place of `replaceBriefingId`. */
  commitImport(arg: { id: string; draft: ImportDraft; replaceBriefingId?: number }): Promise<{ briefing: BriefingRef; documents: DocumentSummary[] }>;
  /**
   * Finds every title and block containing all the query's terms (space-separated;
   * "…" keeps spaces in one term), Chinese matched character for character. Filters
   * take exact values from DocumentSummary. `limit` defaults to 50.
   */
  searchLibrary(arg: {
    query: string;
    briefingId?: number;
    unit?: string;
    speaker?: string;
    /** Only documents with annotations outside the bin. */
    annotatedOnly?: boolean;
    limit?: number;
    offset?: number;
  }): Promise<SearchResult>;
  createAnnotation(arg: {
    documentId: number;
    kind: Annotation['kind'];
    /** Required for highlights; for bookmarks, the paragraph (start = end). */
    range?: BlockRange;
    style?: 'highlight' | 'underline';
    color?: HighlightColor;
    note?: string;
    tagIds?: number[];
  }): Promise<Annotation>;
  /** Recolour, restyle, edit the note, retag, or re-attach an orphan to a new range. */
  updateAnnotation(arg: {
    id: number;
    style?: 'highlight' | 'underline';
    color?: HighlightColor;
    note?: string;
    tagIds?: number[];
    range?: BlockRange;
  }): Promise<Annotation>;
  /** Moves it to the bin; restoreAnnotation brings it back. */
  deleteAnnotation(arg: { id: number }): Promise<Annotation>;
  restoreAnnotation(arg: { id: number }): Promise<Annotation>;
  /** In reading order within a document; by document then reading order across the library. */
  listAnnotations(arg: AnnotationFilter): Promise<{ annotations: Annotation[] }>;
  /** The only hard delete: everything in the bin. `removed` annotations, and `briefings` with all their documents and annotations. */
  emptyBin(arg: Empty): Promise<{ removed: number; briefings: number }>;
  listTags(arg: Empty): Promise<{ tags: Tag[] }>;
  createTag(arg: { name: string; color: string }): Promise<Tag>;
  updateTag(arg: { id: number; name?: string; color?: string }): Promise<Tag>;
  /** Moves every annotation of `sourceId` to `targetId`, then removes the source tag. */
  mergeTags(arg: { sourceId: number; targetId: number }): Promise<Tag>;
  /** Removes the tag from its annotations; the annotations stay. */
  deleteTag(arg: { id: number }): Promise<{ deleted: boolean }>;
  /** The last re-import's effect on the briefing's annotations, or null if none. */
  getReanchorReport(arg: { briefingId: number }): Promise<ReanchorReport | null>;
  /** Most recently changed first. */
  listSessions(arg: Empty): Promise<{ sessions: SessionSummary[] }>;
  getSession(arg: { id: number }): Promise<Session>;
  /** Place, class name and trainee default to the last ones entered; the date to today. */
  createSession(arg: Partial<SessionFields>): Promise<Session>;
  updateSession(arg: { id: number } & Partial<SessionFields>): Promise<Session>;
  /** Removes the session; the annotations and documents it gathered stay. */
  deleteSession(arg: { id: number }): Promise<{ deleted: boolean }>;
  /** Appends them in the order given; ones the session already holds are skipped. */
  addToSession(arg: { sessionId: number; annotationIds?: number[]; documentIds?: number[] }): Promise<Session>;
  removeFromSession(arg: { sessionId: number; itemIds: number[] }): Promise<Session>;
  /** `itemIds`: every item of the session, each once, in the new order. */
  reorderSession(arg: { sessionId: number; itemIds: number[] }): Promise<Session>;
  /** Starts writing an export in the background; poll getExportJob, then takeExport. */
  startExport(arg: {
    scope: ExportScope;
    format: ExportFormat;
    template?: ExportTemplate;
    groupBy?: 'document' | 'tag';
    cover?: Partial<ExportCover>;
    /** The export's own words (headings, labels); the app's language when absent. */
    locale?: Locale;
  }): Promise<ExportJob>;
  getExportJob(arg: { id: string }): Promise<ExportJob>;
  cancelExport(arg: { id: string }): Promise<{ cancelled: boolean }>;
  /** The finished file (base64), handed over once. */
  takeExport(arg: { id: string }): Promise<{ fileName: string; mimeType: string; data: string }>;
  /** A consistent copy of the whole library (a SQLite file, base64), written through SQLite's backup API. */
  backupLibrary(arg: Empty): Promise<{ fileName: string; data: string }>;
  /**
   * Replaces the library with a backup after checking it and backing up what it replaces;
   * `safetyBackup` is where that copy was written.
   */
  restoreLibrary(arg: { fileName: string; data: string }): Promise<{ safetyBackup: string }>;
  /**
   * A briefing as a `.briefing` pack (base64), optionally with the user's annotations as
   * organizer notes. startImport reads a pack back like any other file.
   */
  exportPack(arg: { briefingId: number; withNotes: boolean }): Promise<{ fileName: string; data: string }>;
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
  | 'export_failed'
  | 'backup_invalid'
  | 'tag_exists'
  | 'invalid_range'
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
