import type { Database } from '@db/open.ts';
import * as bin from '@db/queries/briefing-bin.ts';
import type { BriefingSummary } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { briefingUri } from '@contract/rules/uris.ts';
import { listBriefings } from './library-service.ts';

function summary(db: Database, id: number, deleted: boolean): BriefingSummary {
  const found = listBriefings(db, deleted).find((b) => b.id === id);
  if (!found) throw ApiError.of('not_found', { what: briefingUri(id) });
  return found;
}

const refuse = (id: number): never => {
  throw ApiError.of('not_found', { what: briefingUri(id) });
};

export function renameBriefing(db: Database, id: number, title: string): BriefingSummary {
  const name = title.trim();
  if (name === '') throw ApiError.of('invalid_argument', { what: { 'zh-CN': '标题不能为空', en: 'title: must not be empty' } });
  return db.transaction(() => {
    if (!bin.renameBriefing(db, id, name)) refuse(id);
    return summary(db, id, false);
  })();
}

/** To the bin, with its documents and every annotation on them, in one transaction. */
export function deleteBriefing(db: Database, id: number): BriefingSummary {
  return db.transaction(() => {
    if (!bin.binBriefing(db, id)) refuse(id);
    return summary(db, id, true);
  })();
}

export function restoreBriefing(db: Database, id: number): BriefingSummary {
  return db.transaction(() => {
    if (!bin.restoreBriefing(db, id)) refuse(id);
    return summary(db, id, false);
  })();
}
