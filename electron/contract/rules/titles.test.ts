import { describe, expect, it } from 'vitest';
import { briefingTitle, titleFromFileName } from './titles.ts';

describe('titles from file names', () => {
  it('drops the folder and the last extension', () => {
    expect(titleFromFileName('推进会交流发言.docx')).toBe('推进会交流发言');
    expect(titleFromFileName('C:\\资料\\第2版.v2.pdf')).toBe('第2版.v2');
    expect(titleFromFileName('/home/a/讲话稿.txt')).toBe('讲话稿');
  });

  it('keeps a name without an extension, or a dot-file, whole', () => {
    expect(titleFromFileName('讲话稿')).toBe('讲话稿');
    expect(titleFromFileName('.md')).toBe('.md');
  });

  it('prefers the briefing’s own title', () => {
    expect(briefingTitle({ title: '交流发言', sourceName: 'x.pdf' })).toBe('交流发言');
    expect(briefingTitle({ title: null, sourceName: 'x.pdf' })).toBe('x');
  });
});
