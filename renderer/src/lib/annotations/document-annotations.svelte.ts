import type { Annotation, ApiArg, BriefingApi, Tag } from '@contract/contract.ts';
import { describeError } from '../i18n.svelte.ts';
import { inReadingOrder, withInReadingOrder } from './block-range.ts';
import { bookmarksByBlock, idList, idSet } from './filters.ts';

type CreateArg = Omit<ApiArg<'createAnnotation'>, 'documentId'>;
type UpdateArg = Omit<ApiArg<'updateAnnotation'>, 'id'>;

const ask = (api: BriefingApi, documentId: number) => Promise.all([api.listAnnotations({ documentId }), api.listTags({})]);

/** A document's annotations and the library's tags, asked for; `take` hands the answers over once. */
export interface AnnotationsFetch {
  documentId: number;
  take(): ReturnType<typeof ask> | undefined;
}

/**
 * Asks for what the reader's annotations need. The document view asks alongside the
 * document, so that a long document's annotations are not fetched only after its text
 * has been laid out; a failure is reported by the load that takes the answers.
 */
export function fetchAnnotations(api: BriefingApi, documentId: number): AnnotationsFetch {
  let answers: ReturnType<typeof ask> | undefined = ask(api, documentId);
  answers.catch(() => {});
  return {
    documentId,
    take: () => {
      const taken = answers;
      answers = undefined;
      return taken;
    },
  };
}

/**
 * One document's annotations and the library's tags, as the reader shows them, with every
 * change going through the API first: what is on screen is what was stored. Deletions
 * move to the bin and can be undone, the latest first.
 */
export class DocumentAnnotations {
  annotations = $state<Annotation[]>([]);
  tags = $state<Tag[]>([]);
  loaded = $state(false);
  error = $state<string | null>(null);
  /** The annotation open in the sidebar's editor. */
  openId = $state<number | null>(null);
  /** Its note field takes focus when it opens: it was just made with "add note". */
  focusNoteId = $state<number | null>(null);
  /** Its "add to study session" menu opens: it was just made with that action. */
  sessionMenuId = $state<number | null>(null);
  /** An orphan waiting for the reader to select its new place. */
  reattaching = $state<Annotation | null>(null);
  /** Deleted in this session, the latest last: Ctrl+Z brings them back in turn. */
  deleted = $state<Annotation[]>([]);
  /** The "deleted · undo" prompt is showing, for the latest deletion. */
  offerUndo = $state(false);

  constructor(
    private readonly api: BriefingApi,
    readonly documentId: number,
    /** Block id → index: reading order. */
    readonly order: ReadonlyMap<number, number>,
  ) {}

  get open(): Annotation | null {
    return this.annotations.find((a) => a.id === this.openId) ?? null;
  }

  /** Bookmarked blocks, by id. */
  readonly bookmarks: ReadonlyMap<number, Annotation> = $derived(bookmarksByBlock(this.annotations));

  // A string, so that a change to any other annotation leaves it equal and its dependents alone.
  readonly #bookmarkedKey = $derived(idList(this.bookmarks.keys()));

  /**
   * The ids of bookmarked blocks, for marking the text: a new object only when a bookmark
   * comes or goes, so a new highlight does not revisit every one of a long text's blocks.
   */
  readonly bookmarkedBlocks: ReadonlySet<number> = $derived(idSet(this.#bookmarkedKey));

  private async run<T>(work: () => Promise<T>): Promise<T | null> {
    try {
      const value = await work();
      this.error = null;
      return value;
    } catch (err) {
      this.error = describeError(err);
      return null;
    }
  }

  private put(a: Annotation): void {
    this.annotations = a.deletedAt ? this.annotations.filter((x) => x.id !== a.id) : withInReadingOrder(this.annotations, a, this.order);
  }

  /** `early`: the answers asked for while the document itself was loading, if not taken yet. */
  async load(early?: AnnotationsFetch): Promise<void> {
    await this.run(async () => {
      const asked = early?.documentId === this.documentId ? early.take() : undefined;
      const [{ annotations }, { tags }] = await (asked ?? ask(this.api, this.documentId));
      this.annotations = inReadingOrder(annotations, this.order);
      this.tags = tags;
      this.loaded = true;
    });
  }

  async refreshTags(): Promise<void> {
    await this.run(async () => {
      this.tags = (await this.api.listTags({})).tags;
      // A rename, recolour or merge shows on the annotations carrying the tag.
      this.annotations = inReadingOrder((await this.api.listAnnotations({ documentId: this.documentId })).annotations, this.order);
    });
  }

  async create(arg: CreateArg): Promise<Annotation | null> {
    const a = await this.run(() => this.api.createAnnotation({ documentId: this.documentId, ...arg }));
    if (a) this.put(a);
    return a;
  }

  async update(id: number, patch: UpdateArg): Promise<Annotation | null> {
    const a = await this.run(() => this.api.updateAnnotation({ id, ...patch }));
    if (a) {
      this.put(a);
      if (patch.tagIds) void this.refreshTagCounts();
    }
    return a;
  }

  private async refreshTagCounts(): Promise<void> {
    await this.run(async () => (this.tags = (await this.api.listTags({})).tags));
  }

  async remove(id: number): Promise<void> {
    const a = await this.run(() => this.api.deleteAnnotation({ id }));
    if (!a) return;
    this.put(a);
    this.deleted = [...this.deleted, a];
    this.offerUndo = true;
    if (this.openId === id) this.openId = null;
  }

  /** Restores the latest deletion; false when there is none to undo. */
  async undo(): Promise<boolean> {
    const last = this.deleted.at(-1);
    if (!last) return false;
    const a = await this.run(() => this.api.restoreAnnotation({ id: last.id }));
    if (a) {
      this.deleted = this.deleted.slice(0, -1);
      this.offerUndo = false;
      this.put(a);
    }
    return !!a;
  }

  /** Hides the prompt; Ctrl+Z still undoes, and the bin keeps what was deleted. */
  dismissUndo(): void {
    this.offerUndo = false;
  }

  async createTag(name: string, color: string): Promise<Tag | null> {
    const tag = await this.run(() => this.api.createTag({ name, color }));
    if (tag) this.tags = [...this.tags, tag];
    return tag;
  }
}
