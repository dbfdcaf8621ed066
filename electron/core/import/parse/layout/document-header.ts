import { isUnitLine, parseCaption } from '../captions.ts';
import type { SourceLine } from '../lines.ts';
import type { Participant, Speaker } from '../types.ts';
import { isGuestListHead, readGuest, readInlineGuests, readInterviewSubtitle, readKicker, readTopic } from './labels.ts';
import { isSubtitle } from './openings.ts';
import { splitPost } from './posts.ts';

export interface Header {
  title: string;
  unit: string | null;
  speaker: Speaker | null;
  /** Guests named in the subtitle (`——访…`) or in a guest list. */
  guests: Participant[];
  kickerSpeaker: boolean;
  /** An occasion subtitle's line (`——2026年1月5日在某某会议上`): text of the piece, not of its headline. */
  occasionAt: number | null;
  bodyStart: number;
}

/** `——2026年1月5日在某某会议上`, `——在某某座谈会上的发言`: when and where the words were given. */
const OCCASION = /^[—–]{1,2}\s*(?:\d{4}年\d{1,2}月\d{1,2}日)?\s*在[^。！？]{2,60}上(?:的[\p{Script=Han}]{0,6})?$/u;

/**
 * Reads a document's opening lines: `[kicker—— | 【topic】 | caption] title [——subtitle] [unit] [caption]`.
 * A kicker naming a person (`张三委员——`) names the speaker; any other kicker
 * leads into the headline and is printed with it.
 */
export function readHeader(lines: SourceLine[], start: number, titleAt: number, fallbackTitle: string | null): Header {
  const kicker = titleAt > start ? readKicker(lines[start]?.text ?? '') : null;
  const topic = titleAt > start && !kicker ? readTopic(lines[start]?.text ?? '') : null;
  const captionFirst = titleAt > start && !kicker && topic === null ? parseCaption(lines[start]?.text ?? '') : null;
  let title = fallbackTitle ?? lines[titleAt]?.text ?? '';
  let at = fallbackTitle === null ? titleAt + 1 : titleAt;
  const guests: Participant[] = [];
  let speaker: Speaker | null = kicker?.person ? { name: kicker.person.name, role: kicker.person.role } : captionFirst;
  if (kicker && !kicker.person) title = `${kicker.text}${title}`;
  if (topic !== null) title = `【${topic}】${title}`;
  const subtitle = lines[at];
  let occasionAt: number | null = null;
  if (fallbackTitle === null && subtitle && isSubtitle(subtitle) && OCCASION.test(subtitle.text.trim())) {
    occasionAt = at;
    at++;
  } else if (fallbackTitle === null && subtitle && isSubtitle(subtitle)) {
    title = `${title}${subtitle.text}`;
    const guest = readInterviewSubtitle(subtitle.text);
    if (guest) guests.push(guest);
    at++;
  }
  const unitLine = lines[at];
  let unit = unitLine && unitLine.hint === undefined && isUnitLine(unitLine.text) ? unitLine.text : null;
  if (unit !== null) at++;
  const captionLine = lines[at];
  const caption = captionFirst ?? (captionLine && captionLine.hint === undefined ? parseCaption(captionLine.text) : null);
  if (caption) {
    if (!captionFirst) at++;
    speaker = caption;
    // Without a unit line of its own, a caption's post carries the unit in front of the job.
    if (unit === null && caption.role !== null) {
      const post = splitPost(caption.role);
      unit = post.unit;
      speaker = { name: caption.name, role: post.role };
    }
  }
  return { title, unit, speaker, guests, kickerSpeaker: kicker?.person != null, occasionAt, bodyStart: at };
}

/** `对话嘉宾：` and the guests listed under it, one a line or all on its own line, leave the body for the participants. */
export function takeGuestList(body: SourceLine[]): { body: SourceLine[]; guests: Participant[] } {
  const inline = body.findIndex((l) => l.hint === undefined && readInlineGuests(l.text) !== null);
  if (inline >= 0) return { body: [...body.slice(0, inline), ...body.slice(inline + 1)], guests: readInlineGuests(body[inline]!.text)! };
  const head = body.findIndex((l) => l.hint === undefined && isGuestListHead(l.text));
  if (head < 0) return { body, guests: [] };
  const guests: Participant[] = [];
  let at = head + 1;
  for (; at < body.length; at++) {
    const guest = readGuest(body[at]!.text);
    if (!guest) break;
    guests.push(guest);
  }
  if (guests.length === 0) return { body, guests };
  return { body: [...body.slice(0, head), ...body.slice(at)], guests };
}
