/**
 * The benchmark's library: briefings written the way the sample is (preface, then
 * speeches of title, unit, speaker, headings and paragraphs), recombined from the
 * sample's own titles, units, speakers, headings and sentences. Seeded, so one seed
 * always writes the same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBriefingText } from '@core/import/parse/index.ts';
import { Prng } from '@core/reliability/prng.test-helper.ts';

export const samplePath = new URL('../build/sample/产业工人队伍建设改革推进会交流发言.txt', import.meta.url);

/** Deterministic pseudo-random numbers in [0, 1), replayable from the seed. */
export function random(seed: number): () => number {
  const prng = new Prng(seed);
  return () => prng.next();
}

export interface Rng {
  next: () => number;
  pick: <T>(list: readonly T[]) => T;
  between: (lo: number, hi: number) => number;
}

export function rng(seed: number): Rng {
  const next = random(seed);
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    between: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
  };
}

/** What the generator recombines, read once from the sample. */
export interface SamplePieces {
  titles: string[];
  /** The titles' space-separated phrases (凝心聚力, 扩面提质, …), for new titles. */
  titlePhrases: string[];
  units: string[];
  speakers: string[];
  headings: string[];
  sentences: string[];
  /** The sample's text, to tell a query that occurs from one that does not. */
  text: string;
}

export function samplePieces(): SamplePieces {
  const sample = parseBriefingText(readFileSync(samplePath, 'utf8'));
  const docs = sample.documents;
  const unique = (list: (string | null | undefined)[]) => [...new Set(list.filter((s): s is string => !!s))];
  const titles = unique(docs.map((d) => d.title));
  return {
    titles,
    titlePhrases: unique(titles.flatMap((t) => t.split(/[\s，]+/u))),
    units: unique(docs.map((d) => d.unit)),
    speakers: unique(docs.map((d) => (d.speaker ? `${d.speaker.role ?? ''}${d.speaker.name}` : null))),
    headings: unique(docs.flatMap((d) => d.blocks.filter((b) => b.kind === 'heading').map((b) => b.text))),
    sentences: docs.flatMap((d) =>
      d.blocks.filter((b) => b.kind === 'paragraph').flatMap((b) => b.text.match(/[^。！？；]+[。！？；]?/gu) ?? []),
    ),
    text: docs.flatMap((d) => [d.title, ...d.blocks.map((b) => b.text)]).join('\n'),
  };
}

/** One speech of about `chars` characters: title, unit, speaker, then headings and paragraphs. */
function speech(r: Rng, p: SamplePieces, chars: number): string {
  const lines = [r.next() < 0.5 ? r.pick(p.titles) : `${r.pick(p.titlePhrases)} ${r.pick(p.titlePhrases)}`, r.pick(p.units), r.pick(p.speakers)];
  let size = 0;
  while (size < chars) {
    const text = r.next() < 0.1 ? r.pick(p.headings) : Array.from({ length: r.between(2, 6) }, () => r.pick(p.sentences)).join('');
    lines.push(text);
    size += text.length;
  }
  return lines.join('\n\n');
}

/** A briefing file's text: a preface and `speeches` speeches of about `chars` characters each. */
export function briefingText(r: Rng, p: SamplePieces, speeches: number, chars: number): string {
  const preface = Array.from({ length: 3 }, () => r.pick(p.sentences)).join('');
  return [preface, ...Array.from({ length: speeches }, () => speech(r, p, chars))].join('\n\n\n\n') + '\n';
}

export interface CorpusFile {
  name: string;
  text: string;
}

export interface CorpusOptions {
  seed: number;
  /** Characters of text across the library (a Chinese character is 3 bytes of UTF-8). */
  bytes: number;
  documents: number;
  documentsPerFile: number;
}

/** The library, file by file: `documents` speeches sharing `bytes` of UTF-8 text. */
export function* corpusFiles(p: SamplePieces, options: CorpusOptions): Generator<CorpusFile> {
  const r = rng(options.seed);
  const charsPerDocument = options.bytes / 3 / options.documents;
  for (let made = 0, n = 1; made < options.documents; made += options.documentsPerFile, n++) {
    const count = Math.min(options.documentsPerFile, options.documents - made);
    yield { name: `合成资料-${String(n).padStart(4, '0')}.txt`, text: briefingText(r, p, count, charsPerDocument) };
  }
}

/**
 * The library written to `dir` before anything is timed, so generating never counts and
 * a 1 GB library need not be held in memory. Returns the files' paths and total bytes.
 */
export function writeCorpus(dir: string, p: SamplePieces, options: CorpusOptions): { paths: string[]; bytes: number } {
  mkdirSync(dir, { recursive: true });
  const paths: string[] = [];
  let bytes = 0;
  for (const file of corpusFiles(p, options)) {
    const path = join(dir, file.name);
    writeFileSync(path, file.text);
    paths.push(path);
    bytes += Buffer.byteLength(file.text);
  }
  return { paths, bytes };
}

/** The long document the reader opens: one speech of `chars` characters, in a briefing of its own. */
export function largeDocument(p: SamplePieces, seed: number, chars: number): CorpusFile {
  return { name: '长篇讲话.txt', text: briefingText(rng(seed + 1_000_003), p, 1, chars) };
}

export interface Query {
  kind: string;
  query: string;
}

const han = /^\p{Script=Han}+$/u;

/** 200 queries: 1–4 Chinese characters from the text, and mixed ones (Latin and digits, quotes, two terms, absent). */
export function searchQueries(p: SamplePieces, seed: number): Query[] {
  const r = rng(seed + 7);
  const cjk = (length: number): string => {
    for (;;) {
      const chars = Array.from(r.pick(p.sentences));
      const start = r.between(0, Math.max(0, chars.length - length));
      const s = chars.slice(start, start + length).join('');
      if (Array.from(s).length === length && han.test(s)) return s;
    }
  };
  const alphabet = [...new Set(Array.from(p.text).filter((c) => han.test(c)))];
  const absent = (length: number): string => {
    for (;;) {
      const s = Array.from({ length }, () => r.pick(alphabet)).join('');
      if (!p.text.includes(s)) return s;
    }
  };
  const mixedInText = [...new Set(p.text.match(/[\dA-Za-z.%]+\p{Script=Han}{1,2}|“[^”]{2,8}”/gu) ?? [])];
  const queries: Query[] = [];
  for (let length = 1; length <= 4; length++) for (let i = 0; i < 35; i++) queries.push({ kind: `${length} char`, query: cjk(length) });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'mixed', query: r.pick(mixedInText) });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'two terms', query: `${cjk(r.between(1, 3))} ${cjk(r.between(2, 4))}` });
  for (let i = 0; i < 20; i++) queries.push({ kind: 'absent', query: absent(r.between(2, 4)) });
  return queries;
}
