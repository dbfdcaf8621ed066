/**
 * The Word export's peer: pandoc converting the same session, written as Markdown (its
 * title, then each document's heading and, for each annotation in the session's order,
 * the passage as a quotation and the note under it), to .docx. Writing the Markdown is
 * not timed; pandoc's start is, as the export's job is.
 */
import { writeFileSync } from 'node:fs';
import type { Session } from '@contract/contract.ts';
import { pipeline } from './peer-tools.ts';
import { timed } from './metrics.ts';

/** Markdown's own characters in the user's text are escaped, so the text reads as written. */
const plain = (text: string): string => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/gu, (c) => `\\${c}`);

export function sessionMarkdown(session: Session, titles: ReadonlyMap<number, string>): string {
  const lines = [`# ${plain(session.title)}`, '', plain([session.trainee, session.className].filter(Boolean).join(' · ')), ''];
  let documentId: number | null = null;
  for (const item of session.items) {
    if (item.kind !== 'annotation') continue;
    const a = item.annotation;
    if (a.documentId !== documentId) {
      documentId = a.documentId;
      lines.push(`## ${plain(titles.get(a.documentId) ?? '')}`, '');
    }
    if (a.quote) lines.push(`> ${plain(a.quote.exact)}`, '');
    if (a.note) lines.push(...a.note.split('\n').map((l) => `${plain(l)}  `), '');
  }
  return lines.join('\n');
}

/** One conversion's time, in ms. */
export async function pandocDocxMs(markdownPath: string, docxPath: string): Promise<number> {
  return timed(() => pipeline([['pandoc', '--from', 'markdown', '--to', 'docx', '--output', docxPath, markdownPath]]));
}

export function writeMarkdown(path: string, session: Session, titles: ReadonlyMap<number, string>): void {
  writeFileSync(path, sessionMarkdown(session, titles));
}
