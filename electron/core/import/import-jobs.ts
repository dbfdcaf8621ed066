import { randomUUID } from 'node:crypto';
import type { Database } from '@db/open.ts';
import type { ApiErrorPayload, DocumentSummary, BriefingRef, ImportDraft, ImportJob, Locale } from '@contract/contract.ts';
import { ApiError, errorPayload } from '@contract/errors.ts';
import { draftOf, mergeRepairs, repairsOf } from './import-draft.ts';
import { importError } from './import-errors.ts';
import { duplicatesOf, saveDraft, type Parse } from './import-service.ts';
import { JobTable } from '../shared/job-table.ts';
import type { OrganizerNote } from '../packs/pack-format.ts';
import { listDocuments } from '../library/library-service.ts';
import { briefingUri } from '@contract/rules/uris.ts';

interface Entry {
  job: ImportJob;
  bytes: Uint8Array;
  firstRepairs: ReturnType<typeof repairsOf> | null;
  /** A pack's, stored at commit. */
  organizerNotes: OrganizerNote[];
  abort: AbortController;
  touched: number;
}

/** A file waiting in review is forgotten after this long without a look. */
const idleMs = 60 * 60_000;
const maxOpenJobs = 8;

/**
 * Files being read and reviewed before import. Reading runs in the background so the
 * review can show progress and be cancelled; nothing reaches the library until commit.
 */
export class ImportJobs {
  readonly #entries = new JobTable<Entry>({ max: maxOpenJobs, idleMs });

  constructor(
    private readonly db: Database,
    private readonly parse: Parse,
    private readonly locale: () => Locale,
    private readonly onUnexpected: (err: unknown) => void = () => {},
  ) {}

  start(fileName: string, bytes: Uint8Array): ImportJob {
    const id = randomUUID();
    const entry: Entry = {
      job: { id, fileName, state: 'reading', progress: null, draft: null, repairs: [], duplicates: duplicatesOf(this.db, bytes), error: null },
      bytes,
      firstRepairs: null,
      organizerNotes: [],
      abort: new AbortController(),
      touched: Date.now(),
    };
    this.#entries.add(entry);
    this.#read(entry, []);
    return structuredClone(entry.job);
  }

  get(id: string): ImportJob {
    return structuredClone(this.#entries.get(id).job);
  }

  reparse(id: string, skip: string[]): ImportJob {
    const entry = this.#entries.get(id);
    entry.abort.abort();
    entry.abort = new AbortController();
    entry.job = { ...entry.job, state: 'reading', progress: null, error: null };
    this.#read(entry, skip);
    return structuredClone(entry.job);
  }

  cancel(id: string): boolean {
    return this.#entries.remove(id);
  }

  commit(id: string, draft: ImportDraft, replaceBriefingId?: number): { briefing: BriefingRef; documents: DocumentSummary[] } {
    const entry = this.#entries.get(id);
    if (entry.job.state !== 'ready') throw ApiError.of('invalid_argument', { what: 'the file is not read yet' });
    const briefingId = saveDraft(this.db, draft, entry.job.fileName, entry.bytes, replaceBriefingId, entry.organizerNotes);
    this.#entries.release(id);
    return { briefing: { id: briefingId, uri: briefingUri(briefingId), title: draft.title }, documents: listDocuments(this.db, briefingId) };
  }


  #read(entry: Entry, skip: string[]): void {
    const { signal } = entry.abort;
    this.parse(entry.bytes, entry.job.fileName, {
      locale: this.locale(),
      skip,
      signal,
      onProgress: (done, total) => {
        if (!signal.aborted) entry.job.progress = { done, total };
      },
    }).then(
      (parsed) => {
        if (signal.aborted) return;
        const current = repairsOf(parsed);
        entry.firstRepairs ??= current;
        entry.organizerNotes = parsed.organizerNotes ?? [];
        entry.job = { ...entry.job, state: 'ready', draft: draftOf(parsed), repairs: mergeRepairs(entry.firstRepairs, current) };
      },
      (err: unknown) => {
        if (signal.aborted) return;
        entry.job = { ...entry.job, state: 'failed', progress: null, error: this.#payload(err, entry.job.fileName) };
      },
    );
  }

  #payload(err: unknown, fileName: string): ApiErrorPayload {
    const mapped = importError(err, fileName);
    if (mapped instanceof ApiError) return mapped.payload;
    this.onUnexpected(err);
    return errorPayload('internal');
  }
}
