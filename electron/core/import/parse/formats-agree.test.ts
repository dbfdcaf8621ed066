import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from './index.ts';
import type { ParsedBriefing } from './types.ts';

/**
 * One page, written for this project, in every format a trainee receives it in
 * (scripts/make-format-fixtures.mjs makes them): each must read as the same documents.
 */
const dir = join(import.meta.dirname, 'fixtures', 'formats');
const formats = ['page.txt', 'page.md', 'page-libreoffice.docx', 'page-word-styles.docx', 'page-two-column.pdf'];

/** What must agree: titles, who speaks, each paragraph's speaker, how many paragraphs and headings. */
function reading(parsed: ParsedBriefing) {
  return parsed.documents.map((doc) => ({
    title: doc.title,
    speaker: doc.speaker?.name ?? null,
    unit: doc.unit ?? null,
    participants: (doc.participants ?? []).map((p) => p.name || p.role),
    headings: doc.blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    turns: doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.speaker ? [b.speaker.name || b.speaker.role] : [])),
  }));
}

const read = async (name: string) => reading(await parseFile(new Uint8Array(readFileSync(join(dir, name))), name));

describe('one page in every format', () => {
  it('reads the plain text as its writer meant', async () => {
    expect(await read('page.txt')).toEqual([
      {
        title: '让每一条乡村公路都通到群众心里',
        speaker: '卢定远',
        unit: '青岚县交通运输局',
        participants: [],
        headings: ['一、建好路，先听群众怎么说', '二、管好路，让养护有人有钱'],
        paragraphs: 4,
        turns: [],
      },
      {
        title: '把托育服务办到家门口',
        speaker: '温若岚',
        unit: '澄川市卫生健康委员会',
        participants: [],
        headings: ['一、先把标准立起来'],
        paragraphs: 3,
        turns: [],
      },
      {
        title: '小小菜篮子如何连起城乡',
        speaker: null,
        unit: null,
        participants: ['邹明川', '记者'],
        headings: [],
        paragraphs: 4,
        turns: ['记者', '邹明川', '记者', '邹明川'],
      },
    ]);
  });

  it.each(formats.slice(1))('%s reads as the plain text does', async (name) => {
    expect(await read(name)).toEqual(await read('page.txt'));
  });
});
