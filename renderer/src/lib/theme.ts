import type { Theme } from '@contract/contract.ts';

export type ShownTheme = Exclude<Theme, 'system'>;

export function shownTheme(theme: Theme, systemPrefersDark: boolean): ShownTheme {
  if (theme !== 'system') return theme;
  return systemPrefersDark ? 'dark' : 'light';
}

/**
 * Sets `data-theme` on the page, which app.css keys its colours on, and for "system"
 * keeps it in step with the operating system. Returns the function that stops following.
 */
export function followTheme(theme: Theme, root: HTMLElement = document.documentElement): () => void {
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => (root.dataset.theme = shownTheme(theme, media.matches));
  apply();
  if (theme !== 'system') return () => {};
  media.addEventListener('change', apply);
  return () => media.removeEventListener('change', apply);
}
