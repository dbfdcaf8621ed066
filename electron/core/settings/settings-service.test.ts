import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { writeSettings } from '@db/queries/settings.ts';
import { argSchemas } from '@contract/schemas.ts';
import { defaultSettings } from '@contract/settings-values.ts';
import { getSettings, updateSettings } from './settings-service.ts';

describe('settings', () => {
  it('start at the defaults and keep what is changed, leaving the rest', () => {
    const { db } = openLibrary(':memory:');
    expect(getSettings(db)).toEqual(defaultSettings);
    const changed = updateSettings(db, { theme: 'sepia', fontSize: 22, paragraphNumbers: true });
    expect(changed).toEqual({ ...defaultSettings, theme: 'sepia', fontSize: 22, paragraphNumbers: true });
    updateSettings(db, { lineSpacing: 'relaxed' });
    expect(getSettings(db)).toEqual({ ...changed, lineSpacing: 'relaxed' });
  });

  it('fall back to the default for a stored value this app does not know', () => {
    const { db } = openLibrary(':memory:');
    writeSettings(db, { theme: 'neon', fontSize: 17, pageWidth: 'medium', outline: 'yes', locale: 'en' });
    expect(getSettings(db)).toEqual({ ...defaultSettings, locale: 'en' });
  });

  it('accept only known values at the boundary', () => {
    const schema = argSchemas.updateSettings;
    expect(schema.safeParse({ fontSize: 20, theme: 'dark' }).success).toBe(true);
    expect(schema.safeParse({ fontSize: 17 }).success).toBe(false);
    expect(schema.safeParse({ theme: 'neon' }).success).toBe(false);
    expect(schema.safeParse({ colour: 'red' }).success).toBe(false);
  });
});
