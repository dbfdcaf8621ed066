/**
 * The ripgrep peer: the library's entries written out as one file per document, one
 * entry per line, and each query answered by `rg -F -i` (fixed strings, ignoring case
 * as the search does). A query's terms must all occur in one entry, so each further
 * term filters the previous stage's lines; `-c` counts matching lines, that is
 * matching entries, which is what the search counts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuery } from '@db/search/query.ts';
import type { Entry } from './entries.ts';
import { pipeline } from './peer-tools.ts';

/** An entry's line breaks (a note may have some) become U+2028, which no query holds, so one entry stays one line. */
const asLine = (text: string): string => text.replace(/\r\n|[\r\n]/gu, '\u2028');

export class RipgrepFolder {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  addDocument(documentId: number, entries: readonly Entry[]): void {
    writeFileSync(join(this.dir, `${documentId}.txt`), entries.map((e) => asLine(e.text)).join('\n') + '\n');
  }

  /** The commands a query runs, piped one into the next. */
  commands(query: string): string[][] {
    const terms = parseQuery(query);
    const flags = ['--fixed-strings', '--ignore-case', '--no-config', '--no-ignore'];
    if (terms.length === 0) return [];
    const [first, ...rest] = terms;
    if (rest.length === 0) return [['rg', ...flags, '--count', '--no-filename', '--', first!, this.dir]];
    return [
      ['rg', ...flags, '--no-filename', '--no-line-number', '--', first!, this.dir],
      ...rest.map((term, i) => ['rg', ...flags, ...(i === rest.length - 1 ? ['--count'] : []), '--', term]),
    ];
  }

  /** Matching entries for a query; the caller times it. */
  async count(query: string): Promise<number> {
    const commands = this.commands(query);
    return commands.length === 0 ? 0 : countOutput(await pipeline(commands, [0, 1]));
  }
}

/** `rg --count` prints one count per file with matches (or one for its input); nothing when none match. */
export function countOutput(output: string): number {
  let total = 0;
  for (const line of output.split('\n')) {
    if (line.trim() === '') continue;
    if (!/^\d+$/u.test(line.trim())) throw new Error(`unexpected ripgrep count line: ${line}`);
    total += Number(line.trim());
  }
  return total;
}
