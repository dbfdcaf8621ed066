/**
 * Person names as briefings print them: two to four Han characters, often spaced
 * out to a fixed width (`李  强`, `金  李`), sometimes followed by the speaker's
 * membership (`王芳委员`, `江帆代表`), which is a role and not part of the name.
 */

const GAPS = /[\s\u3000\u00a0]+/gu;
const NAME = /^\p{Script=Han}{2,4}$/u;
/** Minority and foreign names join their parts with a middle dot: `琼达·卓嘎`. */
const DOTTED_NAME = /^\p{Script=Han}{1,6}[·•]\p{Script=Han}{1,8}$/u;
const MEMBERSHIP = /(代表|委员)$/u;

/** Words that make a short Han string a post, a place or a phrase rather than a person. */
const NOT_NAME =
  /记者|编者|编辑|主持|嘉宾|本报|网友|观点|连线|链接|关键词|我们|他们|大家|同志|群众|这是|一是|二是|三是|首先|其次|最后|总之|目前|当前|近年|今年|去年|同时|此外|另外|因此|所以|但是|如何|为何|怎样|什么|了解|认为|表示|指出|介绍|强调|建议|提出|说/u;

export function squeeze(text: string): string {
  return text.replace(GAPS, '');
}

export function isPersonName(text: string): boolean {
  const name = squeeze(text);
  return (NAME.test(name) || DOTTED_NAME.test(name)) && !NOT_NAME.test(name);
}

export interface NameReading {
  name: string;
  /** `代表` or `委员` when the name carried it. */
  membership: string | null;
}

/** `王芳委员` → 王芳 + 委员; `李  强` → 李强; anything else is not a name. */
export function readName(text: string): NameReading | null {
  const squeezed = squeeze(text);
  const member = MEMBERSHIP.exec(squeezed);
  if (member) {
    const bare = squeezed.slice(0, -member[0].length);
    if (isPersonName(bare)) return { name: bare, membership: member[0] };
  }
  return isPersonName(squeezed) ? { name: squeezed, membership: null } : null;
}

/**
 * A list of names as bylines print them: `王浩骅  周  欢` (wide gaps between
 * names, narrow ones inside a spaced two-character name) or `陈隽逸、李林蔚`.
 */
export function readNameList(text: string): string[] | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const parts = /[、，,]/u.test(trimmed) ? trimmed.split(/[、，,]/u).map((p) => squeeze(p)) : spacedNames(trimmed);
  if (parts === null || parts.length === 0) return null;
  return parts.every((p) => isPersonName(p)) ? parts : null;
}

/** Single characters between gaps belong together (`周  欢`); longer runs are names of their own. */
function spacedNames(text: string): string[] | null {
  const runs = text.split(GAPS).filter((r) => r !== '');
  const names: string[] = [];
  let pending = '';
  for (const run of runs) {
    if (Array.from(run).length === 1) {
      pending += run;
      if (Array.from(pending).length === 2) {
        names.push(pending);
        pending = '';
      }
      continue;
    }
    if (pending !== '') return null;
    names.push(run);
  }
  return pending === '' ? names : null;
}
