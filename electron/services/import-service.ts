import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Database } from '../../db/open.ts';
import { insertBriefing, type NewBriefing } from '../../db/queries/store-briefing.ts';
import { parseFile } from './import/index.ts';
import type { Locale, ParsedBriefing } from './import/types.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function toNewBriefing(parsed: ParsedBriefing, fileName: string, bytes: Uint8Array): NewBriefing {
  return {
    title: parsed.title,
    preface: parsed.preface,
    credits: parsed.credits ?? [],
    source: { name: fileName, format: extname(fileName).slice(1).toLowerCase(), sha256: sha256(bytes), bytes },
    documents: parsed.documents.map((doc) => ({
      title: doc.title,
      unit: doc.unit,
      speakerName: doc.speaker?.name ?? null,
      speakerRole: doc.speaker?.role ?? null,
      blocks: doc.blocks.map((b) => ({ kind: b.kind, level: b.kind === 'heading' ? b.level : null, text: b.text })),
    })),
  };
}

/** Parses first and stores in one transaction, so a failure anywhere leaves the library as it was. */
export async function importFile(
  db: Database,
  bytes: Uint8Array,
  fileName: string,
  locale: Locale = 'zh-CN',
): Promise<{ briefingId: number; parsed: ParsedBriefing }> {
  const parsed = await parseFile(bytes, fileName, { locale });
  return { briefingId: insertBriefing(db, toNewBriefing(parsed, fileName, bytes)), parsed };
}
