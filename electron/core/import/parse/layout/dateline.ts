import { splitPost } from './posts.ts';
import type { Person } from './labels.ts';

const DATELINE = /^(?:新华社|本报|中新社|人民网|央视网)[\p{Script=Han}]{0,12}?\d{1,2}月\d{1,2}日电\s*/u;
/** The post, a name, then what they did: `某某院院长张三9日上午向大会作工作报告`. */
const DELIVERER =
  /^([\p{Script=Han}、]{2,40}?(?:长|书记|主任|主席|总理|理事|委员|代表|部长))(\p{Script=Han}{2,3}?)(?=\d{1,2}日|在|向|代表|作|出席|发表|今天|日前)/u;
const DELIVERS = /作[^。]{0,40}(?:报告|讲话|发言|致辞|说明)|发表[^。]{0,20}(?:讲话|致辞)/u;

/**
 * A long report reprinted by a news agency names its speaker in the dateline's
 * sentence (`新华社北京3月9日电 某某院院长张三9日向大会作工作报告`): the person
 * who delivers the report is its speaker.
 */
export function readDatelineSpeaker(text: string): Person | null {
  const m = DATELINE.exec(text);
  if (!m) return null;
  const sentence = text.slice(m[0].length).split(/[。！？]/u)[0] ?? '';
  if (!DELIVERS.test(sentence)) return null;
  const who = DELIVERER.exec(sentence);
  if (!who?.[1] || !who[2]) return null;
  const { unit, role } = splitPost(who[1]);
  return { name: who[2], role, unit };
}
