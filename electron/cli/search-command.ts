import type { BriefingApi, Locale, SearchGroup, SearchHit } from '@contract/contract.ts';
import { annotationUri } from '@contract/rules/uris.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface SearchFlags {
  limit: string | undefined;
  json: boolean;
}

/** One hit as `briefing search` prints it. */
export interface SearchLine {
  /** The document's URI; a note's or tag's hit names its annotation. */
  uri: string;
  documentTitle: string;
  /** The heading or paragraph the hit is in; null for a title, note or tag. */
  blockId: number | null;
  snippet: string;
}

function line(group: SearchGroup, hit: SearchHit): SearchLine {
  const inAnnotation = hit.kind === 'note' || hit.kind === 'tag';
  return {
    uri: inAnnotation ? annotationUri(hit.annotationId) : group.document.uri,
    documentTitle: group.document.title,
    blockId: hit.kind === 'heading' || hit.kind === 'paragraph' ? hit.blockId : null,
    snippet: hit.snippet,
  };
}

/**
 * `briefing search QUERY [--limit N] [--json]`: the library search the reader uses, one hit
 * a line (JSON Lines with --json), best documents first and each document's hits in reading order.
 */
export async function searchCommand(args: string[], flags: SearchFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  const query = args.join(' ').trim();
  if (!query) throw new UsageError(msg('searchQuery', locale));
  const limit = flags.limit === undefined ? undefined : Number(flags.limit);
  if (limit !== undefined && !Number.isInteger(limit)) throw new UsageError(msg('searchLimit', locale, { value: flags.limit ?? '' }));
  const result = await api.searchLibrary({ query, ...(limit === undefined ? {} : { limit }) });
  const lines = result.groups.flatMap((group) => group.hits.map((hit) => line(group, hit)));
  if (flags.json) {
    for (const l of lines) out(JSON.stringify(l));
    return 0;
  }
  if (lines.length === 0) {
    out(msg('searchNone', locale, { query }));
    return 0;
  }
  for (const l of lines) {
    const where = [l.documentTitle, l.uri, ...(l.blockId === null ? [] : [msg('searchBlock', locale, { id: l.blockId })])].join(' · ');
    out(`${where}\n  ${l.snippet}`);
  }
  const shown = lines.length;
  const total = result.totalExact ? String(result.total) : `${result.total}+`;
  out(result.totalExact && result.total === shown ? msg('searchCount', locale, { count: shown }) : msg('searchMore', locale, { count: shown, total }));
  return 0;
}
