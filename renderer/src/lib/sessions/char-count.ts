/**
 * The length of a text as a Chinese reader counts it (字数): characters, not UTF-16
 * units (an emoji or a rare character outside the BMP is one), spaces and line breaks not counted.
 */
export function countCharacters(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\s/u.test(ch)) n++;
  return n;
}
