import type { FontSize, LineSpacing, PageWidth } from '@contract/contract.ts';
import { fontSizes } from '@contract/settings-values.ts';

/** Around 1.8 suits Chinese body text: the square glyphs need more air than Latin. */
export const lineHeights: Record<LineSpacing, number> = { compact: 1.6, normal: 1.8, relaxed: 2.05 };

/** The text column's width in em of the body text, which for Chinese is characters per line. */
export const measures: Record<PageWidth, number> = { narrow: 28, medium: 34, wide: 42 };

export function fontSizeStep(size: FontSize): number {
  return Math.max(0, fontSizes.indexOf(size));
}

export function fontSizeAt(step: number): FontSize {
  return fontSizes[Math.min(Math.max(Math.round(step), 0), fontSizes.length - 1)]!;
}
