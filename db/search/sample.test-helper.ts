import { readFileSync } from 'node:fs';
import { parseBriefingText } from '@core/import/parse/index.ts';
import { draftOf, toNewBriefing } from '@core/import/import-draft.ts';
import type { NewBriefing } from '../queries/store-briefing.ts';

const samplePath = new URL('../../build/sample/产业工人队伍建设改革推进会交流发言.txt', import.meta.url);

/** The built-in sample briefing, read by the real importer, ready to store. */
export function sampleBriefing(): NewBriefing {
  const bytes = readFileSync(samplePath);
  return toNewBriefing(draftOf(parseBriefingText(bytes.toString('utf8'))), 'sample.txt', bytes);
}
