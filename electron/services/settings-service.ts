import type { Database } from '../../db/open.ts';
import { readSettings, writeSettings } from '../../db/queries/settings.ts';
import type { Settings } from '../api/contract.ts';

const defaults: Settings = { locale: 'zh-CN' };

export function getSettings(db: Database): Settings {
  const stored = readSettings(db);
  const locale = stored.get('locale');
  return { ...defaults, ...(locale === 'zh-CN' || locale === 'en' ? { locale } : {}) };
}

export function updateSettings(db: Database, patch: Partial<Settings>): Settings {
  const entries = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  writeSettings(db, entries);
  return getSettings(db);
}
