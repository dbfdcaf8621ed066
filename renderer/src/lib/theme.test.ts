import { describe, expect, it } from 'vitest';
import { shownTheme } from './theme.ts';

describe('shownTheme', () => {
  it('follows the system only when asked to', () => {
    expect(shownTheme('system', true)).toBe('dark');
    expect(shownTheme('system', false)).toBe('light');
    expect(shownTheme('sepia', true)).toBe('sepia');
    expect(shownTheme('light', true)).toBe('light');
  });
});
