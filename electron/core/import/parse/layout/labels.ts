import { readMarker } from '../headings.ts';
import { charLength } from '../text.ts';
import type { Participant } from '../types.ts';
import { readName, squeeze } from './names.ts';
import { splitPost } from './posts.ts';

/** A person a line names, with what it says of them. */
export type Person = Participant;

/** Whoever a turn label names: a person, or only a role (`记者`, `主持人`, `Q`), whose name is then empty. */
export interface Label {
  person: Person;
  /** How much the label alone proves: a role word or a parenthesised post is certain, a bare name is not. */
  strength: 'role' | 'post' | 'name';
  /** Length of the label, colon included, at the start of the paragraph. */
  length: number;
}

/** Interviewers and hosts, named by their role only. */
const ROLE_LABELS = new Set(['记者', '本报记者', '主持人', '主持', '问', '答', '编者']);

const COLON = /^([^：:]{1,40}?)\s*[：:]/u;
const PARENS = /^(.+?)[（(]([^（）()]{2,80})[）)]$/u;

/** `某某大学副校长` or `全国人大代表、某某大学副校长`, as a person's post. */
function personWithPost(name: string, membership: string | null, post: string | null): Person {
  if (post === null || post === '') return { name, role: membership, unit: null };
  const { unit, role } = splitPost(post);
  return { name, role: membership ? `${membership}、${role}` : role, unit };
}

/**
 * Reads `姓名：`, `姓名代表（单位职务）：`, `记  者：` at the start of a paragraph.
 * A numbered heading (`一、…：`) and a clause (`记者了解到：`) are no labels.
 */
export function readTurnLabel(text: string): Label | null {
  if (readMarker(text) !== null) return null;
  const m = COLON.exec(text);
  if (!m || m[1] === undefined) return null;
  const head = m[1].trim();
  const length = m[0].length;
  if (ROLE_LABELS.has(squeeze(head))) return { person: { name: '', role: squeeze(head), unit: null }, strength: 'role', length };
  const withPost = PARENS.exec(head);
  if (withPost?.[1] !== undefined && withPost[2] !== undefined) {
    const name = readName(withPost[1]);
    if (name) return { person: personWithPost(name.name, name.membership, withPost[2]), strength: 'post', length };
    return null;
  }
  const name = readName(head);
  if (!name) return null;
  return { person: { name: name.name, role: name.membership, unit: null }, strength: name.membership ? 'post' : 'name', length };
}

/** `——王芳委员（某某大学副校长）` under the words it signs, or `——编者`. */
export function readDashCaption(text: string): Person | null {
  const m = /^[—–]{1,2}\s*(.+)$/u.exec(text.trim());
  if (!m?.[1] || charLength(text) > 80) return null;
  const body = m[1].trim();
  if (squeeze(body) === '编者') return { name: '', role: '编者', unit: null };
  const withPost = PARENS.exec(body);
  const name = readName(withPost?.[1] ?? body);
  if (!name) return null;
  return personWithPost(name.name, name.membership, withPost?.[2] ?? null);
}

/** A kicker printed above a headline and leading into it: `代表委员热议某某报告——`, `张三委员——`. */
export function readKicker(text: string): { text: string; person: Person | null } | null {
  const trimmed = text.trim();
  if (!/[—–]{1,2}$/u.test(trimmed) || charLength(trimmed) > 40 || /[。！？]/u.test(trimmed)) return null;
  const lead = trimmed.replace(/[—–]+$/u, '').trim();
  if (lead === '') return null;
  const name = readName(lead);
  return { text: trimmed, person: name ? { name: name.name, role: name.membership, unit: null } : null };
}

/** A topic set in brackets over a headline: `【代表委员谈】`, `[两会声音]`. */
export function readTopic(text: string): string | null {
  const m = /^[【[〔]\s*([^【】[\]〔〕]{1,20}?)\s*[】\]〕]$/u.exec(text.trim());
  return m?.[1] ?? null;
}

/** `——访某某市委副书记、市长张三`: an interview's one guest, named in its subtitle. */
export function readInterviewSubtitle(text: string): Person | null {
  const m = /^[—–]{1,2}\s*(?:专)?访\s*(.+)$/u.exec(text.trim());
  if (!m?.[1]) return null;
  const posted = m[1].replace(/\s+/gu, ' ').trim();
  const spaced = /^(.*\S)\s+(\S(?:\s?\S){1,3})$/u.exec(posted);
  const candidates: Array<[string, string]> = [];
  if (spaced?.[1] !== undefined && spaced[2] !== undefined) candidates.push([spaced[1], spaced[2]]);
  const chars = Array.from(squeeze(posted));
  for (const n of [3, 2, 4]) candidates.push([chars.slice(0, -n).join(''), chars.slice(-n).join('')]);
  for (const [post, nameText] of candidates) {
    const name = readName(nameText);
    if (!name || post === '') continue;
    const { unit, role } = splitPost(post);
    if (unit !== null || /(长|书记|主任|主席|委员|代表|经理|校长|院长)$/u.test(post)) return { name: name.name, role, unit };
  }
  return null;
}

/** `对话嘉宾：`, `访谈嘉宾`, `本期嘉宾：` open a list of guests, one a line. */
export function isGuestListHead(text: string): boolean {
  return /^(?:对话|访谈|本期|参与|座谈|在线)?嘉宾\s*[：:]?$/u.test(squeeze(text));
}

const INLINE_GUESTS = /^(?:对话|访谈|本期|参与|座谈|在线)?嘉宾\s*[：:]\s*(\S.*)$/u;

/** `访谈嘉宾：张三（某县县长）、李四（某厂厂长）`: the head and its guests on one line; null unless every one reads as a guest. */
export function readInlineGuests(text: string): Person[] | null {
  const m = INLINE_GUESTS.exec(text.trim());
  if (!m?.[1]) return null;
  const guests = m[1].split(/[；;]|、(?![^（(]*[）)])/u).map((g) => readGuest(g));
  return guests.length > 0 && guests.every((g) => g !== null) ? (guests as Person[]) : null;
}

/** One line of a guest list: `张  三  某某大学副校长` or `张三（某某大学副校长）`. */
export function readGuest(text: string): Person | null {
  const trimmed = text.trim();
  if (charLength(trimmed) > 120 || /[。！？]/u.test(trimmed)) return null;
  const withPost = PARENS.exec(trimmed);
  if (withPost?.[1] !== undefined && withPost[2] !== undefined) {
    const name = readName(withPost[1]);
    return name ? personWithPost(name.name, name.membership, withPost[2]) : null;
  }
  const runs = trimmed.split(/[\s\u3000]+/u);
  const spaced = charLength(runs[0] ?? '') === 1 && charLength(runs[1] ?? '') === 1;
  const nameText = spaced ? `${runs[0]}${runs[1]}` : (runs[0] ?? '');
  const post = runs.slice(spaced ? 2 : 1).join(' ');
  const name = readName(nameText);
  if (!name || post === '') return null;
  return { name: name.name, role: post, unit: null };
}

/**
 * `PRESIDENT BIDEN:` or `MS. PSAKI:` opening a transcript paragraph; the title
 * words are the role, the rest the name (`von der Leyen`).
 */
const EN_LABEL = /^((?:[A-Z][A-Z.'’-]*\s+){0,5}[A-Z][A-Z.'’-]+)\s*:\s/u;
const EN_TITLES = [
  'PRESIDENT', 'VICE', 'PRIME', 'MINISTER', 'SECRETARY', 'GENERAL', 'CHANCELLOR', 'PREMIER', 'AMBASSADOR', 'SENATOR', 'GOVERNOR',
  'MAYOR', 'CHAIRMAN', 'CHAIR', 'SPEAKER', 'DIRECTOR', 'ADMIRAL', 'DR.', 'MR.', 'MRS.', 'MS.', 'MISS', 'KING', 'QUEEN', 'PRINCE', 'DEPUTY',
  'MODERATOR', 'HOST', 'FIRST', 'LADY', 'FOREIGN', 'STATE', 'COUNCILLOR', 'EMPEROR', 'HIS', 'HER', 'MAJESTY', 'EXCELLENCY',
  'MADAM', 'MADAME', 'SIR', 'DAME', 'LORD', 'CHIEF', 'JUSTICE', 'JUDGE', 'COMMISSIONER', 'ATTORNEY', 'REPRESENTATIVE', 'HIGH',
];
/** `THE PRESIDENT:`, `THE VICE PRESIDENT:`: an office standing for the one person who holds it. */
const OFFICE_LABEL = /^THE((?:\s+[A-Z]+)+)$/u;
const EN_ROLES = new Set(['Q', 'QUESTION', 'MODERATOR', 'HOST', 'INTERVIEWER', 'REPORTER', 'AUDIENCE MEMBER', 'PARTICIPANT']);
const PARTICLES = new Set(['VON', 'DER', 'DE', 'VAN', 'DEN', 'LA', 'LE', 'DA', 'DI', 'DU', 'BIN', 'AL']);

const titleCase = (word: string): string => (PARTICLES.has(word) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase());

export function readEnglishLabel(text: string): Label | null {
  const q = /^Q(?:\s{2,}|\s*[:.]\s*)(?=\S)/u.exec(text);
  if (q) return { person: { name: '', role: 'Q', unit: null }, strength: 'role', length: q[0].length };
  const m = EN_LABEL.exec(text);
  if (!m?.[1]) return null;
  const words = m[1].split(/\s+/u);
  const label = words.join(' ');
  if (EN_ROLES.has(label)) return { person: { name: '', role: titleCase(label), unit: null }, strength: 'role', length: m[0].length };
  const office = OFFICE_LABEL.exec(label);
  if (office?.[1] !== undefined && office[1].trim().split(/\s+/u).every((w) => EN_TITLES.includes(w))) {
    const role = office[1].trim().split(/\s+/u).map(titleCase).join(' ');
    return { person: { name: `The ${role}`, role, unit: null }, strength: 'post', length: m[0].length };
  }
  let cut = 0;
  while (cut < words.length - 1 && EN_TITLES.includes(words[cut] ?? '')) cut++;
  const name = words.slice(cut).map(titleCase).join(' ');
  const role = words.slice(0, cut).map(titleCase).join(' ');
  if (name.length < 2) return null;
  return { person: { name, role: role === '' ? null : role, unit: null }, strength: cut > 0 ? 'post' : 'name', length: m[0].length };
}

/** `(Laughter.)`, `(The President crosses his fingers.)`: what happened, said by no one. */
export function isStageDirection(text: string): boolean {
  return /^[(（][^()（）]{2,200}[)）]$/u.test(text.trim());
}
