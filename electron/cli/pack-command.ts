import { renameSync, writeFileSync } from 'node:fs';
import type { Locale } from '@contract/contract.ts';
import { idOfUri } from '@contract/rules/uris.ts';
// eslint-disable-next-line layers/layers -- until the CLI goes through the dispatcher (issue 13, point 4)
import { getDocument } from '@db/queries/library.ts';
import type { LibraryCore } from '@core/compose.ts';
import { exportPack } from '@core/packs/pack-service.ts';
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
export async function packCommand(args: string[], flags: PackFlags, open: () => Promise<LibraryCore>, out: (text: string) => void, locale: Locale): Promise<number> {
  if (args.length !== 1 || !args[0]) throw new UsageError(msg('packUri', locale, { uri: args.join(' ') }));
  const uri = args[0];
  if (!flags.out) throw new UsageError(msg('exportOut', locale));
  const briefing = idOfUri('briefing', uri);
  const doc = idOfUri('doc', uri);
  if (briefing === null && doc === null) throw new UsageError(msg('packUri', locale, { uri }));

  const session = await open();
  try {
    const briefingId = briefing ?? getDocument(session.db, doc!)?.briefingId;
    if (briefingId === undefined) throw new UsageError(msg('packNoBriefing', locale, { uri }));
    const file = await exportPack(session.db, briefingId, { withNotes: flags.withNotes });
    const temporary = `${flags.out}.partial`;
    writeFileSync(temporary, file.bytes);
    renameSync(temporary, flags.out);
    out(msg('packed', locale, { file: flags.out }));
    return 0;
  } finally {
    session.close();
  }
}
