import { describe, expect, it } from 'vitest';
import { argSchemas } from './schemas.ts';

describe('session argument schemas', () => {
  it.each([
    ['createSession', { title: '题'.repeat(201) }],
    ['createSession', { groupBy: 'colour' }],
    ['createSession', { reflection: '字'.repeat(100_001) }],
    ['createSession', { owner: 'x' }],
    ['updateSession', { title: 'x' }],
    ['updateSession', { id: 1, date: '1'.repeat(41) }],
    ['addToSession', { sessionId: 1, annotationIds: [0] }],
    ['addToSession', { sessionId: 1, documentIds: Array.from({ length: 10_001 }, (_, i) => i + 1) }],
    ['removeFromSession', { sessionId: 1 }],
    ['reorderSession', { sessionId: -1, itemIds: [] }],
    ['reorderSession', { sessionId: 1, itemIds: [1.5] }],
  ] as const)('%s refuses %j', (method, arg) => {
    expect(argSchemas[method].safeParse(arg).success).toBe(false);
  });

  it.each([
    ['createSession', {}],
    ['createSession', { title: '题'.repeat(200), reflection: '字'.repeat(100_000), groupBy: 'tag' }],
    ['updateSession', { id: 1, trainee: '' }],
    ['addToSession', { sessionId: 1, annotationIds: [1, 2], documentIds: [3] }],
    ['reorderSession', { sessionId: 1, itemIds: [3, 1, 2] }],
  ] as const)('%s accepts %j', (method, arg) => {
    expect(argSchemas[method].safeParse(arg).success).toBe(true);
  });
});
