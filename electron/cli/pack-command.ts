import type { BriefingApi, Locale } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import { idOfUri } from '@contract/rules/uris.ts';
import { writeWhole } from './files.ts';
import { msg } from './messages.ts';
import { UsageError } from './usage-error.ts';

export interface PackFlags {
  out: string | undefined;
  withNotes: boolean;
}

/**
 * `briefing pack URI --out FILE [--with-notes]`: a briefing (`urn:briefing:pack:<id>`, or
 * any of its documents' URIs, as `briefing list --json` shows them) as a `.briefing` pack,
 * written whole or not at all. `briefing import FILE.briefing` reads it back.
 */
export async function packCommand(args: string[], flags: PackFlags, api: BriefingApi, out: (text: string) => void, locale: Locale): Promise<number> {
  if (args.length !== 1 || !args[0]) throw new UsageError(msg('packUri', locale, { uri: args.join(' ') }));
  const uri = args[0];
  if (!flags.out) throw new UsageError(msg('exportOut', locale));
  const briefing = idOfUri('briefing', uri);
  const doc = idOfUri('doc', uri);
  if (briefing === null && doc === null) throw new UsageError(msg('packUri', locale, { uri }));

  const briefingId = briefing ?? (await briefingOfDocument(api, doc!, uri, locale));
  const file = await api.exportPack({ briefingId, withNotes: flags.withNotes });
  writeWhole(flags.out, Buffer.from(file.data, 'base64'));
  out(msg('packed', locale, { file: flags.out }));
  return 0;
}

async function briefingOfDocument(api: BriefingApi, documentId: number, uri: string, locale: Locale): Promise<number> {
  try {
    return (await api.getDocument({ id: documentId })).briefing.id;
  } catch (err) {
    if (err instanceof ApiError && err.payload.code === 'not_found') throw new UsageError(msg('packNoBriefing', locale, { uri }));
    throw err;
  }
}
