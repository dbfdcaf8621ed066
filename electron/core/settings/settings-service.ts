import { z } from 'zod';
import type { Database } from '@db/open.ts';
import { readSettings, writeSettings } from '@db/queries/settings.ts';
import type { Settings } from '@contract/contract.ts';
import { settingsFields as f } from '@contract/schemas.ts';
import { defaultSettings as d } from '@contract/settings-values.ts';

/**
 * Stored values are checked again on the way out: one an older or newer app wrote, or a
 * hand-edited one, falls back to its default instead of reaching the renderer.
 */
const storedSettings = z.object({
  locale: f.locale.catch(d.locale),
  theme: f.theme.catch(d.theme),
  fontSize: f.fontSize.catch(d.fontSize),
  lineSpacing: f.lineSpacing.catch(d.lineSpacing),
  pageWidth: f.pageWidth.catch(d.pageWidth),
  paragraphNumbers: f.paragraphNumbers.catch(d.paragraphNumbers),
  outline: f.outline.catch(d.outline),
}) satisfies z.ZodType<Settings>;

export function getSettings(db: Database): Settings {
  return storedSettings.parse(Object.fromEntries(readSettings(db)));
}

export function updateSettings(db: Database, patch: Partial<Settings>): Settings {
  const entries = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  writeSettings(db, entries);
  return getSettings(db);
}
