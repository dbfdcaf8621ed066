import type { z } from 'zod';
import { say, type Localized } from './messages/index.ts';
import { fieldNames } from './messages/zh-CN.ts';

type Issue = z.core.$ZodIssue;
type Text = Localized;

function field(path: readonly PropertyKey[]): Text {
  if (path.length === 0) return say('validation', 'argument');
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
      return say('validation', 'maxChars', { max });
    case 'array':
    case 'set':
      return say('validation', 'maxItems', { max });
    default:
      return say('validation', issue.inclusive === false ? 'lessThan' : 'atMost', { max });
  }
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): Text {
  const min = count(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) === 1 ? say('validation', 'notEmpty') : say('validation', 'minChars', { min });
    case 'array':
    case 'set':
      return say('validation', 'minItems', { min });
    default:
      return say('validation', issue.inclusive === false ? 'greaterThan' : 'atLeast', { min });
  }
}

const typeNames = ['string', 'number', 'int', 'boolean', 'object', 'array'] as const;
const typeName = (expected: string): Text =>
  (typeNames as readonly string[]).includes(expected)
    ? say('validation', `type_${expected as (typeof typeNames)[number]}`)
    : { 'zh-CN': expected, en: expected };

function problem(issue: Issue): Text {
  switch (issue.code) {
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_type':
      return say('validation', 'mustBe', { type: typeName(issue.expected) });
    case 'invalid_value':
      return say('validation', 'oneOf', { values: issue.values.slice(0, 8).map((v) => JSON.stringify(v)).join(', ') });
    case 'invalid_format':
      return say('validation', 'wrongFormat');
    case 'unrecognized_keys':
      return say('validation', 'unknownFields', { keys: issue.keys.slice(0, 8).join(', ') });
    case 'invalid_union':
      return say('validation', 'notAShape');
    default:
      return say('validation', 'invalid');
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
    return say('validation', 'line', { field: field(issue.path), problem: problem(issue) });
  });
  const more = issues.length - shown;
  return more > 0 ? [...lines, say('validation', 'more', { more })] : lines;
}
