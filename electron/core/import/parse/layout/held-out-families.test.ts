import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../index.ts';

/**
 * Pages written for this project, two or more per layout family, none of them seen
 * while the rules were written: each says what a careful reader finds in it.
 */
const dir = join(import.meta.dirname, 'fixtures', 'families');

interface Want {
  name: string;
  match?: 'surname';
  unit?: string;
  role?: string;
  title?: string;
  says?: string[];
  turns?: number;
}
interface Expectation {
  documents: [number, number];
  speakers: Want[];
  notSpeakers?: string[];
  notInBody?: string[];
  headings?: string[];
}
type Parsed = Awaited<ReturnType<typeof parseFile>>;
type Doc = Parsed['documents'][number];
type Block = Doc['blocks'][number];

const turnOf = (b: Block | undefined): string | null => (b?.kind === 'paragraph' ? (b.speaker?.name ?? null) : null);

const flat = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/[\s*#>]/gu, '').toLowerCase();
const isWanted = (want: Want, name: string | null | undefined): boolean =>
  want.match === 'surname' ? flat(name).endsWith(flat(want.name)) : flat(name) === flat(want.name);

/** Every person the reading names, with the unit and role it gives them and the document they are in. */
function named(doc: Doc): Array<{ name: string; info: string; ownsTitle: boolean }> {
  const people = [
    ...(doc.speaker ? [{ name: doc.speaker.name, info: `${doc.unit ?? ''}${doc.speaker.role ?? ''}`, ownsTitle: true }] : []),
    ...(doc.participants ?? []).map((p) => ({ name: p.name, info: `${p.unit ?? ''}${p.role ?? ''}`, ownsTitle: false })),
    ...doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.speaker ? [{ name: b.speaker.name, info: b.speaker.role ?? '', ownsTitle: false }] : [])),
  ];
  return people.filter((p) => p.name !== '');
}

/** What the reading gets wrong about a page, one line per fault. */
function faults(parsed: Parsed, want: Expectation): string[] {
  const out: string[] = [];
  const docs = parsed.documents;
  if (docs.length < want.documents[0] || docs.length > want.documents[1]) out.push(`${docs.length} documents`);
  const blocks = docs.flatMap((doc) => doc.blocks.map((block) => ({ block, doc })));
  for (const person of want.speakers) {
    const mine = docs.flatMap((doc) => named(doc).filter((p) => isWanted(person, p.name)).map((p) => ({ ...p, doc })));
    if (mine.length === 0) {
      out.push(`${person.name} not found`);
      continue;
    }
    const info = flat(mine.map((p) => p.info).join(''));
    if (person.unit && !info.includes(flat(person.unit))) out.push(`${person.name}: unit`);
    if (person.role && !info.includes(flat(person.role))) out.push(`${person.name}: role`);
    if (person.title && !mine.some((p) => p.ownsTitle && flat(p.doc.title) === flat(person.title))) out.push(`${person.name}: title`);
    for (const words of person.says ?? []) {
      const holder = blocks.find((b) => flat(b.block.text).includes(flat(words)));
      if (!isWanted(person, turnOf(holder?.block) ?? holder?.doc.speaker?.name)) out.push(`${person.name}: "${words}"`);
    }
    if (person.turns !== undefined) {
      const runs = docs.reduce((n, doc) => {
        let previous: string | null = null;
        for (const b of doc.blocks) {
          const who = turnOf(b);
          if (who !== null && isWanted(person, who) && !isWanted(person, previous)) n++;
          previous = who ?? previous;
        }
        return n;
      }, 0);
      if (runs !== person.turns) out.push(`${person.name}: ${runs} turns`);
    }
  }
  for (const name of want.notSpeakers ?? []) if (docs.some((doc) => named(doc).some((p) => flat(p.name) === flat(name)))) out.push(`${name} named as a speaker`);
  for (const text of want.notInBody ?? []) if (blocks.some((b) => flat(b.block.text).includes(flat(text)))) out.push(`"${text}" left in the body`);
  const headings = blocks.filter((b) => b.block.kind === 'heading').map((b) => flat(b.block.text));
  for (const h of want.headings ?? []) if (!headings.some((t) => t.includes(flat(h)))) out.push(`no heading "${h}"`);
  return out;
}

const pages = readdirSync(join(dir, 'pages')).sort();

describe('held-out pages of every layout family', () => {
  it('has at least two pages per family', () => {
    const families = new Map<string, number>();
    for (const page of pages) families.set(page.slice(0, 3), (families.get(page.slice(0, 3)) ?? 0) + 1);
    expect(families.size).toBe(12);
    expect([...families.values()].every((n) => n >= 2)).toBe(true);
  });

  it.each(pages)('%s reads as a careful reader would', async (page) => {
    const want = JSON.parse(readFileSync(join(dir, 'expect', `${basename(page, extname(page))}.json`), 'utf8')) as Expectation;
    const parsed = await parseFile(new Uint8Array(readFileSync(join(dir, 'pages', page))), page);
    expect(faults(parsed, want)).toEqual([]);
  });

  it('finds the faults it is meant to find', async () => {
    const page = pages.find((p) => p.startsWith('f11b'))!;
    const parsed = await parseFile(new Uint8Array(readFileSync(join(dir, 'pages', page))), page);
    expect(faults(parsed, { documents: [2, 2], speakers: [{ name: '詹小满' }], notInBody: ['九零后姑娘詹小满'] })).toEqual([
      '1 documents',
      '詹小满 not found',
      '"九零后姑娘詹小满" left in the body',
    ]);
  });
});
