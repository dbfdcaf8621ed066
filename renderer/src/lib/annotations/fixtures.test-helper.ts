import { annotationFixture } from '@contract/annotation-fixture.test-helper.ts';
import type { Block, BlockRange } from '@contract/contract.ts';

export const blocks: Block[] = [
  { id: 10, kind: 'heading', level: 1, text: '一、标题' },
  { id: 11, kind: 'paragraph', level: null, text: '第一段的文字。' },
  { id: 12, kind: 'paragraph', level: null, text: '第二段，😀在这里。' },
  { id: 13, kind: 'heading', level: 2, text: '（一）小标题' },
  { id: 14, kind: 'paragraph', level: null, text: '第三段。' },
];

export const range = (b1: number, o1: number, b2: number, o2: number): BlockRange => ({
  start: { blockId: b1, offset: o1 },
  end: { blockId: b2, offset: o2 },
});

export const annotation = annotationFixture;
