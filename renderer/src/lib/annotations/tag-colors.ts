/** Tag colours offered first: distinct from one another, dark enough to read white text on, in every theme. */
export const tagPalette = ['#b42318', '#b54708', '#027a48', '#175cd3', '#6941c6', '#c11574', '#475467', '#0e7090'] as const;

/** The first palette colour no tag has yet, so new tags look different; cycles once all are taken. */
export function nextTagColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toLowerCase()));
  return tagPalette.find((c) => !taken.has(c)) ?? tagPalette[used.length % tagPalette.length]!;
}
