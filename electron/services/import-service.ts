import type { Database } from '../../db/open.ts';
import { insertBriefing, type NewBriefing } from '../../db/queries/store-briefing.ts';
import { parseFile } from './import/index.ts';
import type { Locale, ParsedBriefing } from './import/types.ts';

export function toNewBriefing(parsed: ParsedBriefing, sourceName: string): NewBriefing {
  return {
    title: parsed.title,
    preface: parsed.preface,
    sourceName,
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
  return { briefingId: insertBriefing(db, toNewBriefing(parsed, fileName)), parsed };
}
