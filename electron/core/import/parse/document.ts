import { toBlocks } from './blocks.ts';
import type { SourceLine } from './lines.ts';
import type { RepairLog } from './repair-log.ts';
import { moveCaption } from './repairs/caption-moved.ts';
import { joinColumnBreaks } from './repairs/column-break.ts';
import { normalizePunctuation } from './repairs/punctuation.ts';
import { reorderSections } from './repairs/reorder.ts';
import type { ImportNotice, ParsedBlock, ParsedDocument, Speaker } from './types.ts';

export interface DocumentHeader {
  title: string;
  unit: string | null;
  speaker: Speaker | null;
}

/**
 * One notice per document: a page of extracted text has hundreds of these and
 * the user judges them together.
 */
function normalizeDocument(doc: ParsedDocument, key: string, log: RepairLog): ParsedDocument {
  let count = 0;
  const fix = (text: string, keepSpaces = false): string => {
    const result = normalizePunctuation(text, { keepSpaces });
    count += result.count;
    return result.text;
  };
  // Headlines space their phrases on purpose (`凝心聚力 扩面提质`).
  const title = fix(doc.title, true);
  const speaker = doc.speaker && { name: doc.speaker.name, role: doc.speaker.role === null ? null : fix(doc.speaker.role) };
  const blocks = doc.blocks.map((b): ParsedBlock => ({ ...b, text: fix(b.text) }));
  if (count === 0 || !log.apply(doc.notices, key, { kind: 'punctuation-normalized', count })) return doc;
  return { ...doc, title, speaker, blocks };
}

export function buildDocument(header: DocumentHeader, body: SourceLine[], log: RepairLog): ParsedDocument {
  const notices: ImportNotice[] = [];
  let items = body;
  let speaker = header.speaker;
  const seams: number[] = [];
  if (!speaker) {
    const moved = moveCaption(items, log, notices);
    items = moved.items;
    speaker = moved.speaker;
    if (moved.seam !== null) seams.push(moved.seam);
  }
  items = reorderSections(items, seams, log, notices);
  items = joinColumnBreaks(items, log, notices);
  const doc: ParsedDocument = { title: header.title, unit: header.unit, speaker, blocks: toBlocks(items), notices };
  return normalizeDocument(doc, `${header.title}\u0000${header.unit ?? ''}`, log);
}
