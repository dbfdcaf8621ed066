import { charLength, endsSentence } from '../text.ts';
import type { Author, PrintSource } from '../types.ts';
import { readNameList, squeeze } from './names.ts';

/** A line that describes the page or the piece rather than being part of its text. */
export type Furniture =
  | { kind: 'source'; source: PrintSource; authors: Author[] }
  | { kind: 'byline'; authors: Author[] }
  | { kind: 'credit'; authors: Author[]; text: string }
  | { kind: 'author-note'; post: string | null; authors: Author[]; text: string }
  | { kind: 'photo'; text: string }
  | { kind: 'box'; text: string };

const REPORTER = '(?:本报|新华社|人民网|央视网|中新社|光明日报|经济日报|《[^》]{1,12}》)?(?:特约)?(?:记者|通讯员|实习生|特派记者)';
const SOURCE = /^(.*?)《([^》]{1,30})》\s*[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:第\s*(\d+)\s*版)?\s*[）)]$/u;
const BYLINE = new RegExp(`^(${REPORTER})\\s*(.+)$`, 'u');
const DEEDS = '(?:参与采写|参与采访|采访整理|摄影报道|整理|采写|执笔|撰文|报道|摄)';
/** `本版由…整理`, `本文图片由…摄`: a credit may first say what it covers. */
const SCOPE = '(?:(?:本版|本文|本栏|以上)(?:图片|文字|稿件)?由)?';
const CREDIT = new RegExp(`^[（(]?\\s*${SCOPE}\\s*((?:${REPORTER})?)\\s*([^（）()]{2,80}?)\\s*(${DEEDS})\\s*[）)]?$`, 'u');
const AUTHOR_NOTE = /^[（(]\s*作者(?:为|系|是)([^（）()]{2,160})[）)]$/u;
const PHOTO = /^[（(]?\s*(?:图为|上图|下图|左图|右图|图[：:])/u;
const BOX = /^(?:数据来源|资料来源|信息来源|来源|关键词|相关链接|链接)\s*[：:]/u;

const pad = (n: string): string => n.padStart(2, '0');

/** `本报记者 张三 李  四` → the two reporters; `张  三` (no role) → a writer named alone. */
export function readAuthors(text: string): Author[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const byline = BYLINE.exec(trimmed);
  const role = byline?.[1] ?? null;
  const names = readNameList(byline?.[2] ?? trimmed);
  if (names === null) return null;
  return names.map((name) => ({ name, role }));
}

function readSource(text: string): Furniture | null {
  const m = SOURCE.exec(text.trim());
  if (!m || m[2] === undefined || m[3] === undefined || m[4] === undefined || m[5] === undefined) return null;
  const authors = readAuthors(m[1] ?? '');
  if (authors === null) return null;
  const source = { publication: m[2], date: `${m[3]}-${pad(m[4])}-${pad(m[5])}`, page: m[6] === undefined ? null : Number(m[6]) };
  return { kind: 'source', source, authors };
}

function readCredit(text: string): Furniture | null {
  if (charLength(text) > 100) return null;
  const m = CREDIT.exec(text.trim());
  if (!m || m[2] === undefined || m[3] === undefined) return null;
  const names = readNameList(m[2]);
  if (names === null) return null;
  const role = m[1] === '' || m[1] === undefined ? m[3] : `${squeeze(m[1])}${m[3]}`;
  return { kind: 'credit', authors: names.map((name) => ({ name, role })), text: text.trim() };
}

/** `（作者为某某大学教授，本报记者张三采访整理）`: the writer's post, and whoever helped. */
function readAuthorNote(text: string): Furniture | null {
  const m = AUTHOR_NOTE.exec(text.trim());
  if (!m?.[1]) return null;
  const [post, ...rest] = m[1].split(/[，,；;]/u).map((p) => p.trim());
  const authors = rest.flatMap((part) => {
    const credit = readCredit(part);
    return credit?.kind === 'credit' ? credit.authors : [];
  });
  return { kind: 'author-note', post: post && post !== '' ? post : null, authors, text: text.trim() };
}

export function readFurniture(text: string): Furniture | null {
  const trimmed = text.trim();
  if (charLength(trimmed) > 200) return null;
  const source = readSource(trimmed);
  if (source) return source;
  const note = readAuthorNote(trimmed);
  if (note) return note;
  if (BOX.test(trimmed) && charLength(trimmed) <= 60) return { kind: 'box', text: trimmed };
  if (PHOTO.test(trimmed) && charLength(trimmed) <= 120) return { kind: 'photo', text: trimmed };
  const byline = BYLINE.exec(trimmed);
  if (byline?.[2] !== undefined && charLength(trimmed) <= 60) {
    const authors = readAuthors(trimmed);
    if (authors !== null && authors.length > 0) return { kind: 'byline', authors };
  }
  return readCredit(trimmed);
}

/** A box's figure or slogan printed under its label: short and without a closing stop. */
export function canBeBoxText(text: string): boolean {
  return charLength(text) <= 40 && !endsSentence(text) && !/[。！？]$/u.test(text.trim());
}
