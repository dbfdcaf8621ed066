import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { ApiErrorPayload, Envelope } from './contract.ts';
import { createDispatcher } from './dispatcher.ts';
import { apiMethods } from './methods.ts';
import { argSchemas } from './schemas.ts';

type JsonSchema = { [key: string]: unknown };

/**
 * Every place in a JSON Schema where a caller could send an unbounded amount: a
 * string without maxLength, an array without maxItems, a map without maxProperties,
 * an object that keeps unknown keys, a number without a maximum.
 */
function unbounded(node: JsonSchema, path = ''): string[] {
  const found: string[] = [];
  const fixed = 'enum' in node || 'const' in node;
  // A nullable primitive may come out as `type: ['string', 'null']`.
  const types = [node.type].flat();
  const is = (t: string) => types.includes(t);
  if (is('string') && !fixed && typeof node.maxLength !== 'number') found.push(`${path}: string without a maximum length`);
  if (is('array') && typeof node.maxItems !== 'number') found.push(`${path}: array without a maximum size`);
  if ((is('number') || is('integer')) && !fixed && node.maximum === undefined && node.exclusiveMaximum === undefined) {
    found.push(`${path}: number without a maximum`);
  }
  if (is('object')) {
    const extra = node.additionalProperties;
    if (typeof extra === 'object' && extra !== null) {
      if (typeof node.maxProperties !== 'number') found.push(`${path}: map without a maximum size`);
      found.push(...unbounded(extra as JsonSchema, `${path}[key]`));
    } else if (extra !== false) found.push(`${path}: object that keeps unknown keys`);
  }
  for (const [key, child] of Object.entries((node.properties ?? {}) as Record<string, JsonSchema>)) {
    found.push(...unbounded(child, path ? `${path}.${key}` : key));
  }
  const items = node.items;
  if (Array.isArray(items)) items.forEach((item: JsonSchema, i) => found.push(...unbounded(item, `${path}[${i}]`)));
  else if (typeof items === 'object' && items !== null) found.push(...unbounded(items as JsonSchema, `${path}[]`));
  for (const key of ['prefixItems', 'anyOf', 'oneOf', 'allOf'] as const) {
    for (const [i, child] of ((node[key] ?? []) as JsonSchema[]).entries()) found.push(...unbounded(child, `${path}<${key} ${i}>`));
  }
  return found;
}

const limitsOf = (schema: z.ZodType) => unbounded(z.toJSONSchema(schema, { io: 'input' }) as JsonSchema);

describe('input limits', () => {
  it('bound every string, list, map and number of every API method', () => {
    const methods = Object.entries(argSchemas);
    expect(methods.map(([method]) => method).sort()).toEqual([...apiMethods].sort());
    const found = methods.flatMap(([method, schema]) => limitsOf(schema).map((problem) => `${method} ${problem}`));
    expect(found).toEqual([]);
  });

  it('are checked by a walker that does see an unbounded field', () => {
    const loose = z.object({
      text: z.string().regex(/x/),
      title: z.string().nullable(),
      list: z.array(z.number().max(1)).max(1).optional(),
      tags: z.array(z.string().max(1)),
      map: z.record(z.string().max(9), z.number().max(1)),
      n: z.number().nullable(),
      either: z.discriminatedUnion('kind', [z.object({ kind: z.literal('a'), note: z.string() }).strict()]),
      inner: z.object({}),
    });
    expect(limitsOf(loose.strict())).toEqual([
      'text: string without a maximum length',
      'title: string without a maximum length',
      'tags: array without a maximum size',
      'map: map without a maximum size',
      'n: number without a maximum',
      'either<oneOf 0>.note: string without a maximum length',
      'inner: object that keeps unknown keys',
    ]);
    expect(limitsOf(loose)).toContain(': object that keeps unknown keys');
  });
});

const dispatch = createDispatcher({} as never);

async function refusal(method: string, arg: unknown): Promise<ApiErrorPayload> {
  const envelope: Envelope = await dispatch(method, arg);
  if (envelope.ok) throw new Error(`${method} accepted ${JSON.stringify(arg).slice(0, 80)}`);
  return envelope.error;
}

describe('a call over a limit', () => {
  it.each([
    ['createSession', { title: '题'.repeat(201) }, '标题最长 200 字', 'title: at most 200 characters'],
    ['createSession', { reflection: '字'.repeat(100_001) }, '心得体会最长 100000 字', 'reflection: at most 100000 characters'],
    ['startImport', { fileName: 'a'.repeat(256), data: '' }, '文件名最长 255 字', 'fileName: at most 255 characters'],
    ['createTag', { name: '标'.repeat(41), color: '#000000' }, '名称最长 40 字', 'name: at most 40 characters'],
    ['searchLibrary', { query: '检'.repeat(201) }, '检索词最长 200 字', 'query: at most 200 characters'],
    ['searchLibrary', { query: '', limit: 201 }, '条数不能大于 200', 'limit: at most 200'],
    [
      'addToSession',
      { sessionId: 1, documentIds: Array.from({ length: 10_001 }, (_, i) => i + 1) },
      '文件列表最多 10000 项',
      'documentIds: at most 10000 items',
    ],
    [
      'createAnnotation',
      { documentId: 1, kind: 'note', tagIds: Array.from({ length: 101 }, (_, i) => i + 1) },
      '标签最多 100 项',
      'tagIds: at most 100 items',
    ],
    [
      'commitImport',
      { id: 'job-1', draft: { title: null, preface: null, credits: [], documents: [{ title: '题'.repeat(2_001), unit: null, speaker: null, blocks: [] }] } },
      '标题（draft.documents.0.title）最长 2000 字',
      'draft.documents.0.title: at most 2000 characters',
    ],
  ] as const)('%s %# is refused as invalid_argument naming the field and the limit', async (method, arg, zh, en) => {
    const error = await refusal(method, arg);
    expect(error.code).toBe('invalid_argument');
    expect(error.message['zh-CN']).toBe(`请求的参数不正确：${zh}`);
    expect(error.message.en).toBe(`The request had invalid arguments: ${en}`);
    expect(error.details).toEqual([en]);
  });

  it('reports other mistakes in both languages too, and at most a few lines of them', async () => {
    const error = await refusal('createSession', { groupBy: 'colour', owner: 'x' });
    expect(error.message['zh-CN']).toBe('请求的参数不正确：groupBy 只能是 "document", "tag" 之一；参数含有不认识的字段：owner');
    expect(error.message.en).toBe('The request had invalid arguments: groupBy: must be one of "document", "tag"; (argument): has unknown fields: owner');

    const many = await refusal('reorderSession', { sessionId: 1, itemIds: Array.from({ length: 50 }, () => 'x') });
    expect(many.details).toHaveLength(6);
    expect(many.message['zh-CN']).toContain('条目列表（itemIds.0）应为数字');
    expect(many.message['zh-CN']).toContain('另有 45 处问题');
    expect(many.message.en).toContain('and 45 more');
  });
});
