import type { HighlightColor } from '@contract/contract.ts';

export interface Swatch {
  /** The reader's translucent tint laid on white: a solid fill, since print has no alpha. */
  fill: string;
  /** The reader's underline ink: dark enough for a rule or an underline to survive greyscale. */
  ink: string;
}

/** The reader's colours.css, flattened for paper. Hex without `#`, as Word wants it. */
export const PALETTE: Readonly<Record<HighlightColor, Swatch>> = {
  yellow: { fill: 'FDECA4', ink: 'B7791F' },
  green: { fill: 'BEF3D1', ink: '2F855A' },
  blue: { fill: 'C6DFFD', ink: '2B6CB0' },
  pink: { fill: 'FBCFE6', ink: 'C53074' },
  purple: { fill: 'DFD5FD', ink: '6B46C1' },
};

/** Bookmarks and document notes carry no colour; they are marked in grey. */
export const NEUTRAL: Swatch = { fill: 'EEEEEE', ink: '666666' };

export const swatchOf = (color: HighlightColor | null): Swatch => (color ? PALETTE[color] : NEUTRAL);
