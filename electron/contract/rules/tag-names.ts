/**
 * What makes two names the same tag, everywhere a name is compared: the library's
 * unique `tags.name_key`, the tag picker and manager, imported annotations and the
 * CLI's `--tag`. Surrounding spaces do not count, NFKC folds full-width letters and
 * digits to ASCII, then case is ignored, so " ＰＰＴ ", "PPT" and "ppt" are one tag.
 * A stored name is already trimmed, so its key is what migration 004 defined.
 */
export function tagNameKey(name: string): string {
  return name.trim().normalize('NFKC').toLowerCase();
}
