import { z } from 'zod';
import type { Database } from '@db/open.ts';
import { readSettings, writeSettings } from '@db/queries/settings.ts';
import type { SessionFields } from '@contract/contract.ts';
import { maxCoverLineLength } from '@contract/rules/limits.ts';

/** The cover fields that stay the same from one class day to the next. */
export type SessionDefaults = Pick<SessionFields, 'place' | 'className' | 'trainee'>;

const key = 'sessionDefaults';

// A hand-edited or foreign value falls back to blanks rather than reaching a cover.
const stored = z
  .object({ place: z.string().max(maxCoverLineLength), className: z.string().max(maxCoverLineLength), trainee: z.string().max(maxCoverLineLength) })
  .catch({ place: '', className: '', trainee: '' });

export function readSessionDefaults(db: Database): SessionDefaults {
  return stored.parse(readSettings(db).get(key) ?? null);
}

/** Remembers whichever of the fields were given, for the next new session. */
export function rememberSessionDefaults(db: Database, fields: Partial<SessionFields>): void {
  const given = Object.fromEntries(
    (['place', 'className', 'trainee'] as const).filter((k) => fields[k] !== undefined).map((k) => [k, fields[k]]),
  );
  if (Object.keys(given).length === 0) return;
  writeSettings(db, { [key]: { ...readSessionDefaults(db), ...given } });
}
