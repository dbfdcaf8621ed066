import { extname } from 'node:path';
import type { ImportDraft, ImportRepair } from '@contract/contract.ts';
import type { NewBriefing } from '@db/queries/store-briefing.ts';
import type { ParsedBriefing } from './parse/index.ts';
import { sha256 } from '../shared/hash.ts';

export function draftOf(parsed: ParsedBriefing): ImportDraft {
  return {
    title: parsed.title,
    preface: parsed.preface,
    credits: parsed.credits ?? [],
    documents: parsed.documents.map((d) => ({
      title: d.title,
      unit: d.unit,
      speaker: d.speaker,
      blocks: d.blocks,
      ...(d.kind ? { kind: d.kind } : {}),
      ...(d.participants ? { participants: d.participants } : {}),
      ...(d.authors ? { authors: d.authors } : {}),
      ...(d.source !== undefined ? { source: d.source } : {}),
      ...(d.confidence !== undefined ? { confidence: d.confidence } : {}),
    })),
  };
}

/** Every repair of a parse, briefing-wide first, then each document's in reading order. */
export function repairsOf(parsed: ParsedBriefing): Omit<ImportRepair, 'applied'>[] {
  return [
    ...parsed.notices.map((n) => ({ id: n.id, kind: n.kind, message: n.message, document: null })),
    ...parsed.documents.flatMap((d) => d.notices.map((n) => ({ id: n.id, kind: n.kind, message: n.message, document: d.title }))),
  ];
}

/**
 * An undone repair leaves no notice in the new parse, so the review lists the
 * repairs of the first reading too, marked as no longer applied.
 */
export function mergeRepairs(first: Omit<ImportRepair, 'applied'>[], current: Omit<ImportRepair, 'applied'>[]): ImportRepair[] {
  const applied = new Set(current.map((r) => r.id));
  const seen = new Set<string>();
  const all: ImportRepair[] = [];
  for (const r of [...current, ...first]) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    all.push({ ...r, applied: applied.has(r.id) });
  }
  return all;
}

export function toNewBriefing(draft: ImportDraft, fileName: string, bytes: Uint8Array): NewBriefing {
  return {
    title: draft.title,
    preface: draft.preface,
    credits: draft.credits,
    source: { name: fileName, format: extname(fileName).slice(1).toLowerCase(), sha256: sha256(bytes), bytes },
    documents: draft.documents.map((doc) => ({
      title: doc.title,
      unit: doc.unit,
      speakerName: doc.speaker?.name ?? null,
      speakerRole: doc.speaker?.role ?? null,
      blocks: doc.blocks.map((b) => ({
        kind: b.kind,
        level: b.kind === 'heading' ? b.level : null,
        text: b.text,
        speaker: b.kind === 'paragraph' ? (b.speaker ?? null) : null,
      })),
      layout: { kind: doc.kind ?? null, participants: doc.participants ?? [], authors: doc.authors ?? [], source: doc.source ?? null },
    })),
  };
}
