import type { HighlightColor, Locale, Speaker } from '@contract/contract.ts';

/**
 * The words an export prints around the trainee's own text. The vocabulary is the
 * reader's (黄色, 高亮, 划线, 笔记, 文档笔记, 书签) so a printout reads like the app.
 */
export interface Labels {
  defaultTitle: string;
  documentTitle(title: string): string;
  tagTitle(name: string): string;
  trainee: string;
  className: string;
  date: string;
  place: string;
  note: string;
  source: string;
  tags: string;
  reflection: string;
  untagged: string;
  noNotes: string;
  documentNote: string;
  bookmark: string;
  orphan: string;
  color: Record<HighlightColor, string>;
  mark(style: 'highlight' | 'underline', color: HighlightColor): string;
  groupNumber(n: number): string;
  /** Separates tag names in a list. */
  tagSeparator: string;
  /** After a label: `出处：`. */
  colon: string;
  byline(unit: string | null, speaker: Speaker | null): string;
  formatDate(value: string): string;
  /** Footer of the handout: page n of total. */
  pageOf(page: string, total: string): string;
}

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];

/** 1 → 一, 10 → 十, 12 → 十二, 105 → 一百零五; outside 1…9999, Arabic digits. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const digits = String(n);
  let out = '';
  let pendingZero = false;
  for (const [i, ch] of [...digits].entries()) {
    const d = Number(ch);
    if (d === 0) {
      pendingZero = true;
      continue;
    }
    if (pendingZero && out !== '') out += '零';
    pendingZero = false;
    out += `${DIGITS[d]}${UNITS[digits.length - 1 - i]}`;
  }
  return n >= 10 && n < 20 ? out.slice(1) : out;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

const zh: Labels = {
  defaultTitle: '学习笔记',
  documentTitle: (title) => `《${title}》学习笔记`,
  tagTitle: (name) => `“${name}”专题笔记`,
  trainee: '学员',
  className: '班次',
  date: '日期',
  place: '地点',
  note: '笔记',
  source: '出处',
  tags: '标签',
  reflection: '心得体会',
  untagged: '未加标签',
  noNotes: '（暂无笔记）',
  documentNote: '文档笔记',
  bookmark: '书签',
  orphan: '原文已改动，此处引文暂未能定位',
  color: { yellow: '黄色', green: '绿色', blue: '蓝色', pink: '粉色', purple: '紫色' },
  mark: (style, color) => `${zh.color[color]}${style === 'underline' ? '划线' : '高亮'}`,
  groupNumber: (n) => `${chineseNumeral(n)}、`,
  tagSeparator: '　',
  colon: '：',
  byline: (unit, speaker) => {
    const who = speaker ? `${speaker.name}${speaker.role ? `（${speaker.role}）` : ''}` : '';
    return [unit, who].filter((part) => part).join('　');
  },
  // GB/T 9704 writes dates with Arabic numerals and no leading zeros: 2024年8月6日.
  formatDate: (value) => {
    const m = ISO_DATE.exec(value);
    return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : value;
  },
  pageOf: (page, total) => `第 ${page} 页 / 共 ${total} 页`,
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const en: Labels = {
  defaultTitle: 'Study notes',
  documentTitle: (title) => `Notes on “${title}”`,
  tagTitle: (name) => `Notes tagged “${name}”`,
  trainee: 'Trainee',
  className: 'Class',
  date: 'Date',
  place: 'Place',
  note: 'Note',
  source: 'Source',
  tags: 'Tags',
  reflection: 'Reflection',
  untagged: 'Untagged',
  noNotes: '(No notes yet)',
  documentNote: 'Document note',
  bookmark: 'Bookmark',
  orphan: 'The text changed; this passage has not been placed again yet',
  color: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
  mark: (style, color) => `${en.color[color]} ${style === 'underline' ? 'underline' : 'highlight'}`,
  groupNumber: (n) => `${n}. `,
  tagSeparator: ', ',
  colon: ': ',
  byline: (unit, speaker) => {
    const who = speaker ? `${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}` : '';
    return [who, unit].filter((part) => part).join(', ');
  },
  formatDate: (value) => {
    const m = ISO_DATE.exec(value);
    return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}` : value;
  },
  pageOf: (page, total) => `Page ${page} of ${total}`,
};

export const labelsFor = (locale: Locale): Labels => (locale === 'en' ? en : zh);
