import { parseCaption } from '../captions.ts';
import { buildDocument } from '../document.ts';
import type { SourceLine } from '../lines.ts';
import type { RepairLog } from '../repair-log.ts';
import type { Author, ParsedDocument, PrintSource, Speaker } from '../types.ts';
import { readDatelineSpeaker } from './dateline.ts';
import { readHeader, takeGuestList } from './document-header.ts';
import type { Furniture } from './furniture.ts';
import { kindOf } from './kind.ts';
import { splitPost } from './posts.ts';
import { promoteSectionHeads } from './section-heads.ts';
import { readTurns } from './turns.ts';

export interface DocumentSpan {
  start: number;
  /** The headline's line, or null for a text with no title line of its own. */
  titleAt: number | null;
  end: number;
  confidence: number;
}

interface DocumentFurniture {
  authors: Author[];
  source: PrintSource | null;
  /** What a closing `（作者为…）` says of the writer. */
  writerPost: string | null;
}

const opensPiece = (f: Furniture): boolean => f.kind === 'source' || f.kind === 'byline';

/** Bylines and sources stand above the text they head; credits and author notes close the text they sign. */
function furnitureOf(before: Furniture[][], span: DocumentSpan): DocumentFurniture {
  const items = [
    ...before.slice(span.start, span.end).flat().filter(opensPiece),
    ...before.slice(span.start + 1, span.end + 1).flat().filter((f) => !opensPiece(f)),
  ];
  const authors: Author[] = [];
  let source: PrintSource | null = null;
  let writerPost: string | null = null;
  for (const f of items) {
    if (f.kind === 'source') source ??= f.source;
    if (f.kind === 'author-note') writerPost ??= f.post;
    if (f.kind === 'source' || f.kind === 'byline' || f.kind === 'credit' || f.kind === 'author-note') {
      for (const a of f.authors) if (!authors.some((b) => b.name === a.name)) authors.push(a);
    }
  }
  return { authors, source, writerPost };
}

/** A piece signed by one writer alone (no reporter's title before the name) is in that writer's words. */
function writerOf(furniture: DocumentFurniture): { speaker: Speaker; unit: string | null } | null {
  const named = furniture.writerPost === null ? null : parseCaption(furniture.writerPost);
  if (named && !furniture.authors.some((a) => a.role === null && a.name !== named.name)) {
    // `（作者为某某大学教授王五）`: the closing note names the writer too.
    const post = named.role === null ? null : splitPost(named.role);
    return { speaker: { name: named.name, role: post?.role ?? null }, unit: post?.unit ?? null };
  }
  const writers = furniture.authors.filter((a) => a.role === null);
  if (writers.length !== 1 || furniture.authors.some((a) => a.role !== null && !/整理|采访/u.test(a.role))) return null;
  const post = furniture.writerPost === null ? null : splitPost(furniture.writerPost);
  return { speaker: { name: writers[0]!.name, role: post?.role ?? null }, unit: post?.unit ?? null };
}

export function readDocument(lines: SourceLine[], before: Furniture[][], span: DocumentSpan, log: RepairLog, fallbackTitle: string): ParsedDocument {
  const header = readHeader(lines, span.start, span.titleAt ?? span.start, span.titleAt === null ? fallbackTitle : null);
  const occasion = header.occasionAt === null ? [] : [lines[header.occasionAt]!];
  const { body, guests } = takeGuestList([...occasion, ...lines.slice(header.bodyStart, span.end)]);
  const furniture = furnitureOf(before, span);
  const base = buildDocument({ title: header.title, unit: header.unit, speaker: header.speaker }, body, log);
  const turns = readTurns(promoteSectionHeads(base.blocks), [...header.guests, ...guests]);
  const spoken = turns.labelled > 0 || turns.signed > 0;
  const first = turns.blocks.find((b) => b.kind === 'paragraph');
  const dateline = base.speaker || spoken || !first ? null : readDatelineSpeaker(first.text);
  const writer = base.speaker || spoken || dateline ? null : writerOf(furniture);
  const speaker = base.speaker ?? (dateline ? { name: dateline.name, role: dateline.role } : null) ?? writer?.speaker ?? null;
  const unit = base.unit ?? dateline?.unit ?? writer?.unit ?? null;
  const kind = kindOf({
    title: base.title,
    hasSpeaker: speaker !== null,
    interviewed: turns.asked || guests.length > 0 || header.guests.length > 0,
    signed: turns.signed,
    labelled: turns.labelled,
    kickerSpeaker: header.kickerSpeaker,
    datelined: dateline !== null,
    written: writer !== null,
    paragraphs: turns.blocks.filter((b) => b.kind === 'paragraph').length,
  });
  return {
    ...base,
    unit,
    speaker,
    blocks: turns.blocks,
    kind,
    participants: turns.participants,
    authors: furniture.authors,
    source: furniture.source,
    confidence: span.confidence,
  };
}
