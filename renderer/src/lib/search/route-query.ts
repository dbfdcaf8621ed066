/**
 * The query strings of the search route and of a document opened at a passage. They
 * ride in the hash like every route, so a search or a landing survives back/forward and
 * a reload.
 */

/** What a library search asks for; filters take exact values, as DocumentSummary shows them. */
export interface SearchParams {
  query: string;
  briefingId?: number;
  unit?: string;
  speaker?: string;
  /** Only documents the user has annotated. */
  annotatedOnly?: boolean;
}

/**
 * A place to land in a document: a block, or the title when `blockId` is null, and the
 * matched text in it as UTF-16 offsets (a search hit's `match`), or null to land on the
 * block as a whole.
 */
export interface Passage {
  blockId: number | null;
  at: [number, number] | null;
}

const id = (value: string | null): number | undefined => (value !== null && /^\d{1,15}$/.test(value) ? Number(value) : undefined);

export function searchQuery(params: SearchParams): string {
  const q = new URLSearchParams();
  if (params.query !== '') q.set('q', params.query);
  if (params.briefingId !== undefined) q.set('briefing', String(params.briefingId));
  if (params.unit !== undefined) q.set('unit', params.unit);
  if (params.speaker !== undefined) q.set('speaker', params.speaker);
  if (params.annotatedOnly) q.set('annotated', '1');
  return q.toString();
}

export function readSearch(query: string): SearchParams {
  const q = new URLSearchParams(query);
  const params: SearchParams = { query: q.get('q') ?? '' };
  const briefingId = id(q.get('briefing'));
  if (briefingId !== undefined) params.briefingId = briefingId;
  const unit = q.get('unit');
  if (unit !== null) params.unit = unit;
  const speaker = q.get('speaker');
  if (speaker !== null) params.speaker = speaker;
  if (q.get('annotated') === '1') params.annotatedOnly = true;
  return params;
}

export function passageQuery(passage: Passage): string {
  const parts: string[] = [];
  if (passage.blockId !== null) parts.push(`block=${passage.blockId}`);
  if (passage.at) parts.push(`at=${passage.at[0]}-${passage.at[1]}`);
  return parts.join('&');
}

/** The passage a document link names; null when it names none, or nothing valid. */
export function readPassage(query: string): Passage | null {
  const q = new URLSearchParams(query);
  const block = q.get('block');
  const blockId = id(block);
  if (block !== null && blockId === undefined) return null;
  const atText = q.get('at');
  const m = atText === null ? null : /^(\d{1,9})-(\d{1,9})$/.exec(atText);
  if (atText !== null && (!m || Number(m[1]) > Number(m[2]))) return null;
  const at: [number, number] | null = m ? [Number(m[1]), Number(m[2])] : null;
  if (blockId === undefined && !at) return null;
  return { blockId: blockId ?? null, at };
}
