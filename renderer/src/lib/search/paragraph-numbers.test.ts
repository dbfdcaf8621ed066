import { describe, expect, it, vi } from 'vitest';
import type { Block } from '@contract/contract.ts';
import { createParagraphNumbers } from './paragraph-numbers.ts';

const blocks: Block[] = [
  { id: 10, kind: 'heading', level: 1, text: '一、' },
  { id: 11, kind: 'paragraph', level: null, text: 'a' },
  { id: 12, kind: 'heading', level: 2, text: '（一）' },
  { id: 13, kind: 'paragraph', level: null, text: 'b' },
];

describe('createParagraphNumbers', () => {
  it('numbers paragraphs only, as the reader does, reading each document once', async () => {
    const getDocument = vi.fn(async () => ({ blocks }));
    const numbers = createParagraphNumbers(getDocument);
    expect(await numbers(7)).toEqual([null, 1, null, 2]);
    await numbers(7);
    expect(getDocument).toHaveBeenCalledTimes(1);
  });

  it('reads a document again after a failure', async () => {
    const getDocument = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ blocks });
    const numbers = createParagraphNumbers(getDocument);
    await expect(numbers(7)).rejects.toThrow('offline');
    expect(await numbers(7)).toEqual([null, 1, null, 2]);
  });
});
