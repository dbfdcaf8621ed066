/**
 * F6 moves between the reader's regions — its bar of tools, the text, the notes panel —
 * as in a desktop app's panes, so the bar above the text is one key away from anywhere in
 * the text instead of a walk back with Shift+Tab. Hidden regions are skipped.
 */
export function nextRegion<R>(regions: readonly R[], holds: (region: R) => boolean, back: boolean): R | null {
  if (regions.length === 0) return null;
  const at = regions.findIndex(holds);
  const from = at < 0 ? (back ? 0 : -1) : at;
  return regions[(from + (back ? -1 : 1) + regions.length) % regions.length] ?? null;
}

const FOCUSABLE = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Focuses a region: its first control, or the region itself when it has none (the text). */
export function focusRegion(region: HTMLElement): void {
  const first = region.matches('[data-skip-target]') ? null : region.querySelector<HTMLElement>(FOCUSABLE);
  (first ?? region).focus({ preventScroll: true });
}
