import { describe, expect, it } from 'vitest';
import { ImportQueue } from './import-queue.ts';

describe('ImportQueue', () => {
  it('hands files out in the order they came, each once', () => {
    const q = new ImportQueue<{ name: string }>();
    q.add([{ name: 'a.txt' }, { name: 'b.docx' }]);
    q.add([{ name: 'a.txt' }, { name: 'c.pdf' }]);
    expect(q.names).toEqual(['a.txt', 'b.docx', 'c.pdf']);
    expect(q.take()?.name).toBe('a.txt');
    expect(q.names).toEqual(['b.docx', 'c.pdf']);
    q.take();
    q.take();
    expect(q.take()).toBeUndefined();
  });
});
