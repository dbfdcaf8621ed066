import type { z } from 'zod';
import type { Locale } from './contract.ts';

type Issue = z.core.$ZodIssue;
type Text = Record<Locale, string>;

/** Chinese names for the argument fields a person could meet in a message. */
const fieldNames: Record<string, string> = {
  title: '标题',
  preface: '导语',
  credits: '署名',
  documents: '文件列表',
  unit: '单位',
  speaker: '发言人',
  name: '名称',
  role: '职务',
  blocks: '段落',
  text: '正文',
  fileName: '文件名',
  data: '文件内容',
  skip: '跳过的行',
  query: '检索词',
  note: '笔记',
  tagIds: '标签',
  color: '颜色',
  trainee: '学员',
  className: '班级',
  date: '日期',
  place: '地点',
  reflection: '心得体会',
  annotationIds: '批注列表',
  documentIds: '文件列表',
  itemIds: '条目列表',
  offset: '位置',
  limit: '条数',
};

function field(path: readonly PropertyKey[]): Text {
  if (path.length === 0) return { 'zh-CN': '参数', en: '(argument)' };
  const en = path.map(String).join('.');
  const last = [...path].reverse().find((p) => typeof p === 'string');
  const label = last === undefined ? undefined : fieldNames[last];
  if (label === undefined) return { 'zh-CN': `${en} `, en };
  return { 'zh-CN': path.length === 1 ? label : `${label}（${en}）`, en };
}

const count = (n: number | bigint) => String(n);

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): Text {
  const max = count(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return { 'zh-CN': `最长 ${max} 字`, en: `at most ${max} characters` };
    case 'array':
    case 'set':
      return { 'zh-CN': `最多 ${max} 项`, en: `at most ${max} items` };
    default:
      return issue.inclusive === false ? { 'zh-CN': `须小于 ${max}`, en: `must be less than ${max}` } : { 'zh-CN': `不能大于 ${max}`, en: `at most ${max}` };
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): Text {
  const min = count(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) === 1 ? { 'zh-CN': '不能为空', en: 'must not be empty' } : { 'zh-CN': `至少 ${min} 字`, en: `at least ${min} characters` };
    case 'array':
    case 'set':
      return { 'zh-CN': `至少 ${min} 项`, en: `at least ${min} items` };
    default:
      return issue.inclusive === false ? { 'zh-CN': `须大于 ${min}`, en: `must be greater than ${min}` } : { 'zh-CN': `不能小于 ${min}`, en: `at least ${min}` };
  }
}

const typeNames: Record<string, Text> = {
  string: { 'zh-CN': '文字', en: 'text' },
  number: { 'zh-CN': '数字', en: 'a number' },
  int: { 'zh-CN': '整数', en: 'a whole number' },
  boolean: { 'zh-CN': '是或否', en: 'true or false' },
  object: { 'zh-CN': '对象', en: 'an object' },
  array: { 'zh-CN': '列表', en: 'a list' },
};

function problem(issue: Issue): Text {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type': {
      const expected = typeNames[issue.expected] ?? { 'zh-CN': issue.expected, en: issue.expected };
      return { 'zh-CN': `应为${expected['zh-CN']}`, en: `must be ${expected.en}` };
    }
    case 'invalid_value': {
      const values = issue.values.slice(0, 8).map((v) => JSON.stringify(v)).join(', ');
      return { 'zh-CN': `只能是 ${values} 之一`, en: `must be one of ${values}` };
    }
    case 'invalid_format':
      return { 'zh-CN': '格式不正确', en: 'has the wrong format' };
    case 'unrecognized_keys': {
      const keys = issue.keys.slice(0, 8).join(', ');
      return { 'zh-CN': `含有不认识的字段：${keys}`, en: `has unknown fields: ${keys}` };
    }
    case 'invalid_union':
      return { 'zh-CN': '取值不正确', en: 'is not one of the accepted shapes' };
    default:
      return { 'zh-CN': '取值不正确', en: 'is invalid' };
  }
}

/** Enough to fix the call; a payload with thousands of bad items does not get thousands of lines. */
const shown = 5;

/**
 * One line per problem, naming the field and, for a size limit, the limit:
 * "标题最长 2000 字" / "title: at most 2000 characters".
 */
export function describeIssues(issues: readonly Issue[]): Text[] {
  const lines = issues.slice(0, shown).map((issue) => {
    const name = field(issue.path);
    const what = problem(issue);
    return { 'zh-CN': `${name['zh-CN']}${what['zh-CN']}`, en: `${name.en}: ${what.en}` };
  });
  const more = issues.length - shown;
  return more > 0 ? [...lines, { 'zh-CN': `另有 ${more} 处问题`, en: `and ${more} more` }] : lines;
}
