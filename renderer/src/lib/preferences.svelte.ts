import type { BriefingApi, Settings } from '@contract/contract.ts';
import { defaultSettings } from '@contract/settings-values.ts';

/** The settings besides the language, which i18n holds. */
export type Preferences = Omit<Settings, 'locale'>;

const { locale: _locale, ...defaults } = defaultSettings;

export const preferences = $state<Preferences>({ ...defaults });

export function adoptSettings(settings: Settings): void {
  const { locale: _l, ...rest } = settings;
  Object.assign(preferences, rest);
}

/** Shows a change at once and stores it; if storing fails the old values come back and the error is rethrown. */
export async function changePreferences(api: BriefingApi, patch: Partial<Preferences>): Promise<void> {
  const before = Object.fromEntries(Object.keys(patch).map((k) => [k, preferences[k as keyof Preferences]]));
  Object.assign(preferences, patch);
  try {
    await api.updateSettings(patch);
  } catch (err) {
    Object.assign(preferences, before);
    throw err;
  }
}
