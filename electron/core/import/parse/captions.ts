import type { Speaker } from './types.ts';
import { readMarker } from './headings.ts';
import { charLength, endsSentence } from './text.ts';

/**
 * Words that end a job title in a speaker caption. The name follows the last of
 * them, so longer forms (`副书记`) need not be listed beside shorter ones (`书记`).
 */
const ROLE_WORDS = [
  '书记', '主席', '主任', '局长', '处长', '科长', '厅长', '部长', '省长', '市长', '县长', '区长', '州长', '镇长',
  '乡长', '旗长', '盟长', '村长', '经理', '董事长', '总裁', '院长', '校长', '所长', '站长', '队长', '组长', '会长',
  '秘书长', '理事长', '社长', '主编', '总编', '委员', '常委', '专员', '巡视员', '调研员', '主管', '负责人', '总监',
  '厂长', '行长', '馆长', '庭长', '检察长', '主委', '总工程师', '工程师', '技师', '教授', '研究员', '干事', '代表',
];

/** Suffixes of a place, organisation or body named on its own line under a speech title. */
const UNIT_SUFFIXES = [
  '区', '市', '县', '州', '旗', '盟', '省', '局', '委', '厂', '公司', '集团', '镇', '乡', '街道', '办', '院', '校',
  '大学', '学院', '中心', '工会', '协会', '联合会', '社区', '村', '矿', '站', '厅', '部', '处', '所', '馆',
];

const HAN_RUN = /^[\p{Script=Han}]+$/u;
/** Captions list posts separated by `、`; a comma or full stop means a sentence of body text. */
const CAPTION_CHARS = /^[\p{Script=Han}、·（）()《》\s]+$/u;
const NAME_LENGTHS = [3, 2, 4];

const endsWithRoleWord = (text: string): boolean => ROLE_WORDS.some((word) => text.endsWith(word));

/** `某某大学党委书记  刘  兵`: the name set apart by a gap, perhaps spaced out itself. */
function spacedCaption(text: string): Speaker | null {
  const runs = text.split(/\s+/u);
  if (runs.length < 2) return null;
  const last = runs.at(-1) ?? '';
  // A name padded to a fixed width splits into a lone last character and the rest (`李  强`, `欧阳  晴`).
  const pair = runs.length >= 3 && charLength(last) === 1 && charLength(runs.at(-2) ?? '') <= 2;
  const name = pair ? `${runs.at(-2)}${last}` : last;
  const before = runs.slice(0, pair ? -2 : -1).join('');
  if (!HAN_RUN.test(name) || charLength(name) < 2 || charLength(name) > 4 || !endsWithRoleWord(before)) return null;
  return { name, role: before };
}

/** `张三（某县县长）`: the name first, the post in brackets after it. */
const NAME_THEN_POST = /^([\p{Script=Han}]{2,4})\s*[（(]([^（）()]{2,40})[）)]$/u;

function bracketedCaption(text: string): Speaker | null {
  const m = NAME_THEN_POST.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || !endsWithRoleWord(m[2].trim())) return null;
  return { name: m[1], role: m[2].trim() };
}

export function parseCaption(text: string): Speaker | null {
  const length = charLength(text);
  if (length < 6 || length > 60 || !CAPTION_CHARS.test(text) || readMarker(text)) return null;
  const spaced = spacedCaption(text.trim()) ?? bracketedCaption(text.trim());
  if (spaced) return spaced;
  const chars = Array.from(text.trim());
  for (const nameLength of NAME_LENGTHS) {
    const name = chars.slice(-nameLength).join('');
    const before = chars.slice(0, -nameLength).join('').trimEnd();
    if (!HAN_RUN.test(name)) continue;
    if (endsWithRoleWord(before)) {
      const role = before.replace(/^[、\s]+|[、\s]+$/gu, '');
      return { name, role: role === '' ? null : role };
    }
  }
  return null;
}

/**
 * Words that put a headline in motion (`让…`, `把…`, `…的…`) or ask (`…如何连起城乡`)
 * and never stand in an organisation's name; a headline may still end like one
 * (`…商量着办`).
 */
const HEADLINE_WORDS = /[让把使的着]|如何|怎样|怎么|为何|为什么/u;
/** `办` ends a unit only as an office of a committee or government (`市委办`, `县政府办`). */
const BARE_OFFICE = /(?<![委府])办$/u;

export function isUnitLine(text: string): boolean {
  const length = charLength(text);
  return (
    length >= 2 &&
    length <= 20 &&
    /^[\p{Script=Han}·（）()]+$/u.test(text) &&
    UNIT_SUFFIXES.some((s) => text.endsWith(s)) &&
    !HEADLINE_WORDS.test(text) &&
    !BARE_OFFICE.test(text) &&
    parseCaption(text) === null
  );
}

const CREDIT_PATTERNS = [
  // `□本版图片由本报记者鲜康摄`, `（本报记者 张三 摄）`
  /^[□■◇◆○●]?\s*[（(]?[^。；！？]{0,30}(?:图片|照片|图|记者|通讯员)[^。；！？]{0,30}摄(?:影)?[）)]?$/u,
  // `责任编辑：王五`, `美编 李四`
  /^[□■]?\s*(?:责任编辑|责编|编辑|美编|校对|审校|审核|组版|版式|制图|摄影|图片)\s*[：:／/\s]\s*[^。；！？]{1,30}$/u,
];

export function isCreditLine(text: string): boolean {
  return charLength(text) <= 50 && CREDIT_PATTERNS.some((p) => p.test(text.trim()));
}

/** Stops that a headline never carries; a comma or colon may appear in one. */
const TITLE_STOP = /[。；;！？!?]/u;

/** A headline: short, no sentence stop, not numbered and not one of the other short line kinds. */
export function isTitleLike(text: string): boolean {
  const length = charLength(text);
  return (
    length >= 2 &&
    length <= 50 &&
    !TITLE_STOP.test(text) &&
    !endsSentence(text) &&
    readMarker(text) === null &&
    !isUnitLine(text) &&
    parseCaption(text) === null &&
    !isCreditLine(text)
  );
}
