import { describe, expect, it } from 'vitest';
import { MIN_CHARS, panelLayout } from './panel-layout.ts';

const at = (viewport: number, outlineOpen = true, notesOpen = true, fontSize = 18) => panelLayout({ viewport, fontSize, outlineOpen, notesOpen });

describe('panelLayout', () => {
  it('docks both panels where the text keeps a comfortable line beside them', () => {
    expect(at(1920)).toMatchObject({ outline: 'docked', notes: 'docked' });
    expect(at(1920).columnChars).toBeGreaterThanOrEqual(MIN_CHARS);
  });

  it('narrows both panels before laying one over the text (1280 px)', () => {
    expect(at(1280)).toMatchObject({ outline: 'docked', notes: 'docked', outlineRem: 12, notesRem: 18 });
    expect(at(1280).columnChars).toBeGreaterThanOrEqual(MIN_CHARS);
    expect(at(1280, true, false)).toMatchObject({ outline: 'docked', outlineRem: 15 });
  });

  it('never gives the text fewer than 30 characters at 1024 px, whichever panels are open', () => {
    for (const [outline, notes] of [[true, true], [true, false], [false, true], [false, false]] as const) {
      const layout = at(1024, outline, notes);
      expect(layout.columnChars, `outline ${outline}, notes ${notes}`).toBeGreaterThanOrEqual(MIN_CHARS);
    }
    expect(at(1024, true, false).outline).toBe('docked');
    expect(at(1024, true, true)).toMatchObject({ outline: 'overlay', notes: 'docked' });
  });

  it('overlays every panel on a narrow window, with narrower margins', () => {
    expect(at(700)).toMatchObject({ outline: 'overlay', notes: 'overlay', gutterEm: 2.4 });
    expect(at(700).columnChars).toBeGreaterThanOrEqual(MIN_CHARS);
  });

  it('takes larger text into account: the same window docks less', () => {
    expect(at(1440, true, true, 18)).toMatchObject({ outline: 'docked', notes: 'docked' });
    expect(at(1440, true, true, 28)).toMatchObject({ outline: 'overlay', notes: 'docked' });
  });

  it('says closed for a panel that is not open', () => {
    expect(at(1920, false, false)).toMatchObject({ outline: 'closed', notes: 'closed' });
  });
});
