import { describe, expect, it } from 'vitest';
import { documentFormatNames, extensionOf, importAccept, importExtensions, importFormatOf } from './file-types.ts';

describe('import file types', () => {
  it('reads each format by its extensions, in any case, from a name or a path', () => {
    expect(importFormatOf('讲话.TXT')).toBe('text');
    expect(importFormatOf('notes.md')).toBe('markdown');
    expect(importFormatOf('C:\\资料\\notes.markdown')).toBe('markdown');
    expect(importFormatOf('/tmp/page.htm')).toBe('html');
    expect(importFormatOf('a.docx')).toBe('docx');
    expect(importFormatOf('a.pdf')).toBe('pdf');
    expect(importFormatOf('班级.briefing')).toBe('pack');
    expect(importFormatOf('a.doc')).toBeNull();
    expect(importFormatOf('markdown')).toBeNull();
  });

  it('finds no extension in a name without a dot, or a dot-file', () => {
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.md')).toBe('');
    expect(extensionOf('a.tar.gz')).toBe('gz');
  });

  it('offers every extension it reads, .markdown included, to pickers and dialogs', () => {
    expect(importAccept).toBe('.txt,.md,.markdown,.html,.htm,.mhtml,.mht,.docx,.pdf,.briefing');
    expect(importExtensions).toContain('markdown');
    expect(documentFormatNames).toEqual(['txt', 'md', 'html', 'mhtml', 'docx', 'pdf']);
  });
});
