/**
 * A briefing's title when it has none of its own: its file's name, without the folder
 * and without the extension, as the trainee knows the file. Everywhere a briefing is
 * named (the library, the duplicate-import notice, a pack, the importer's fallback).
 */
export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/u).at(-1) ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/** A briefing's title as shown: its own, or its file's. */
export function briefingTitle(briefing: { title: string | null; sourceName: string }): string {
  return briefing.title ?? titleFromFileName(briefing.sourceName);
}
