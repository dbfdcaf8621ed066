import { describe, expect, it } from 'vitest';
import type { Annotation, Session } from '@contract/contract.ts';
import { sessionMarkdown } from './pandoc.ts';

const annotation = (id: number, documentId: number, exact: string, note: string) =>
  ({ id, kind: 'annotation', annotation: { documentId, quote: { type: 'TextQuoteSelector', exact }, note } as Annotation }) as const;

describe('sessionMarkdown', () => {
  it('writes the session as pandoc reads it: a heading per document, each passage quoted with its note, markup escaped', () => {
    const session = {
      title: '研读 #1',
      trainee: '学员',
      className: '培训班',
      items: [annotation(1, 7, '队伍*建设*', '第一行\n第二行'), annotation(2, 7, '改革', ''), annotation(3, 8, '推进', '好')],
    } as unknown as Session;
    expect(sessionMarkdown(session, new Map([[7, '讲话一'], [8, '讲话二']])).split('\n')).toEqual([
      '# 研读 \\#1', '', '学员 · 培训班', '',
      '## 讲话一', '', '> 队伍\\*建设\\*', '', '第一行  ', '第二行  ', '', '> 改革', '',
      '## 讲话二', '', '> 推进', '', '好  ', '',
    ]);
  });
});
