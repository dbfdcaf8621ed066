import type { DraftBlock, DraftDocument, ImportDraft } from '@contract/contract.ts';
import type { MessageKey } from './messages.ts';

/**
 * The import review's model: the importer's draft as the user edits it. Fields are
 * the strings in their inputs (empty, not null) until `toDraft` makes them a draft
 * again, so an input never jumps while someone types.
 */
export interface ReviewDocument {
  title: string;
  unit: string;
  speakerName: string;
  speakerRole: string;
  blocks: ReviewBlock[];
  /** What the importer read beyond the editable fields (kind, participants, authors, source, confidence), saved as read. */
  layout: DocumentLayout;
}

export type DocumentLayout = Omit<DraftDocument, 'title' | 'unit' | 'speaker' | 'blocks'>;

/** Below this the importer was unsure where the document begins: the review marks it. */
export const lowConfidence = 0.7;

export type DocumentField = 'title' | 'unit' | 'speakerName' | 'speakerRole';

/** Who a merged-in document was, kept on the heading merge made of its title, so splitting there brings it back. */
export type Seam = Pick<ReviewDocument, 'unit' | 'speakerName' | 'speakerRole'> & { layout?: DocumentLayout };

export type ReviewBlock = DraftBlock & { seam?: Seam };

export interface Review {
  title: string;
  preface: string;
  credits: string[];
  documents: ReviewDocument[];
}

/** The API's limit for a title, unit, name or position. */
export const fieldLimit = 2_000;

export function fromDraft(draft: ImportDraft): Review {
  return {
    title: draft.title ?? '',
    preface: draft.preface ?? '',
    credits: draft.credits,
    documents: draft.documents.map((d) => ({
      title: d.title,
      unit: d.unit ?? '',
      speakerName: d.speaker?.name ?? '',
      speakerRole: d.speaker?.role ?? '',
      blocks: d.blocks,
      layout: layoutOf(d),
    })),
  };
}

function layoutOf(d: DraftDocument): DocumentLayout {
  return {
    ...(d.kind === undefined ? {} : { kind: d.kind }),
    ...(d.participants === undefined ? {} : { participants: d.participants }),
    ...(d.authors === undefined ? {} : { authors: d.authors }),
    ...(d.source === undefined ? {} : { source: d.source }),
    ...(d.confidence === undefined ? {} : { confidence: d.confidence }),
  };
}

/** Back to what commitImport saves: trimmed, with empty fields as null. */
export function toDraft(review: Review): ImportDraft {
  const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    title: orNull(review.title),
    preface: orNull(review.preface),
    credits: review.credits,
    documents: review.documents.map((d) => {
      const name = d.speakerName.trim();
      return {
        title: d.title.trim(),
        unit: orNull(d.unit),
        speaker: name === '' ? null : { name, role: orNull(d.speakerRole) },
        blocks: d.blocks.map((b): DraftBlock =>
          b.kind === 'heading' ? { kind: 'heading', level: b.level, text: b.text } : { kind: 'paragraph', text: b.text, ...(b.speaker ? { speaker: b.speaker } : {}) },
        ),
        ...d.layout,
      };
    }),
  };
}

export function setDocumentField(review: Review, index: number, field: DocumentField, value: string): Review | null {
  const doc = review.documents[index];
  if (!doc) return null;
  return withDocuments(review, index, 1, [{ ...doc, [field]: value }]);
}

/**
 * Splits a document at any block but the first: a heading, or a short paragraph,
 * becomes the new document's title. A heading that merge made restores the
 * merged document's unit and speaker; any other starts the new one without them.
 */
export function splitDocument(review: Review, index: number, at: number): Review | null {
  const doc = review.documents[index];
  const block = doc?.blocks[at];
  if (!doc || !block || at === 0) return null;
  const seam = block.seam ?? { unit: '', speakerName: '', speakerRole: '' };
  const head: ReviewDocument = { ...doc, blocks: doc.blocks.slice(0, at) };
  // A short paragraph is a title the importer missed; a long one opens the new document's body, whose title is asked for.
  const titled = block.kind === 'heading' || isTitleSized(block.text);
  const { layout = {}, ...fields } = seam;
  const tail: ReviewDocument = { title: titled ? block.text : '', ...fields, blocks: doc.blocks.slice(titled ? at + 1 : at), layout };
  return withDocuments(review, index, 1, [head, tail]);
}

/** Short and without a sentence's end: a line that can stand as a title. */
const isTitleSized = (text: string): boolean => Array.from(text.trim()).length <= 40 && !/[。！？；.!?;]$/u.test(text.trim());

/** Appends a document to the one before it, under a heading of its title. */
export function mergeWithPrevious(review: Review, index: number): Review | null {
  const previous = review.documents[index - 1];
  const doc = review.documents[index];
  if (!previous || !doc) return null;
  const seam: ReviewBlock = {
    kind: 'heading',
    level: 1,
    text: doc.title,
    seam: { unit: doc.unit, speakerName: doc.speakerName, speakerRole: doc.speakerRole, layout: doc.layout },
  };
  return withDocuments(review, index - 1, 2, [{ ...previous, blocks: [...previous.blocks, seam, ...doc.blocks] }]);
}

export function blockCounts(doc: ReviewDocument): { headings: number; paragraphs: number } {
  const headings = doc.blocks.filter((b) => b.kind === 'heading').length;
  return { headings, paragraphs: doc.blocks.length - headings };
}

export type DocumentProblems = Partial<Record<DocumentField, MessageKey>>;

export interface ReviewProblems {
  title?: MessageKey;
  documents: DocumentProblems[];
  /** How many fields need fixing; saving waits until it is 0. */
  count: number;
}

export function validate(review: Review): ReviewProblems {
  let count = 0;
  const tooLong = (s: string) => s.trim().length > fieldLimit;
  const documents = review.documents.map((d) => {
    const p: DocumentProblems = {};
    if (d.title.trim() === '') p.title = 'importTitleRequired';
    else if (tooLong(d.title)) p.title = 'importTooLong';
    if (tooLong(d.unit)) p.unit = 'importTooLong';
    if (tooLong(d.speakerName)) p.speakerName = 'importTooLong';
    else if (d.speakerName.trim() === '' && d.speakerRole.trim() !== '') p.speakerName = 'importSpeakerNameRequired';
    if (tooLong(d.speakerRole)) p.speakerRole = 'importTooLong';
    count += Object.keys(p).length;
    return p;
  });
  const problems: ReviewProblems = { documents, count };
  if (tooLong(review.title)) {
    problems.title = 'importTooLong';
    problems.count++;
  }
  return problems;
}

function withDocuments(review: Review, start: number, remove: number, insert: ReviewDocument[]): Review {
  const documents = [...review.documents];
  documents.splice(start, remove, ...insert);
  return { ...review, documents };
}
