import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maxImportBytes as MAX_INPUT_BYTES } from '@contract/rules/limits.ts';
import { ImportFailure, parseFile } from './index.ts';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

async function reasonOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof ImportFailure ? error.reason : `other: ${String(error)}`;
  }
}

describe('parseFile', () => {
  it('picks the reader by extension, whatever its case', async () => {
    const text = '关于学习的体会\n\n学习很重要。';
    for (const name of ['a.TXT', 'a.Md', 'a.markdown', 'dir/a.txt', 'C:\\dir\\a.txt']) {
      expect((await parseFile(utf8(text), name)).documents[0]?.title).toBe('关于学习的体会');
    }
    const html = await parseFile(utf8('<h1>讲话</h1><p>正文。</p>'), 'page.HTM');
    expect(html.documents[0]).toMatchObject({ title: '讲话', blocks: [{ kind: 'paragraph', text: '正文。' }] });
  });

  it('reads Markdown headings: # opens a document, or is the masthead above speeches', async () => {
    const two = await parseFile(utf8('# 讲话A\n\n正文一。\n\n# 讲话B\n\n正文二。\n'), 'a.md');
    expect(two.title).toBeNull();
    expect(two.documents.map((d) => [d.title, d.blocks.map((b) => b.text)])).toEqual([
      ['讲话A', ['正文一。']],
      ['讲话B', ['正文二。']],
    ]);
    const md = '# 产改专刊\n\n编者按。\n\n## 讲话A\n\n某某县\n\n某某县总工会主席王明\n\n## 一、部分\n\n**正文**。';
    const briefing = await parseFile(utf8(md), 'a.md');
    expect(briefing).toMatchObject({ title: '产改专刊', preface: '编者按。' });
    expect(briefing.documents).toMatchObject([
      {
        title: '讲话A',
        unit: '某某县',
        speaker: { name: '王明', role: '某某县总工会主席' },
        blocks: [
          { kind: 'heading', level: 1, text: '一、部分' },
          { kind: 'paragraph', text: '正文。' },
        ],
        notices: [],
      },
    ]);
  });

  it('titles an untitled text by its file name', async () => {
    const b = await parseFile(utf8('学习很重要。\n实践更重要。'), '学习心得.txt');
    expect(b.documents[0]?.title).toBe('学习心得');
  });

  it('reads the small BOM fixtures', async () => {
    for (const name of ['utf8-bom.txt', 'utf16le-bom.txt']) {
      const b = await parseFile(fixture(name), name);
      expect(b.documents[0]?.title).toBe('标题一行');
      expect(b.documents[0]?.blocks).toEqual([
        { kind: 'heading', level: 1, text: '一、第一部分' },
        { kind: 'paragraph', text: '正文第一段，含有标点。' },
      ]);
    }
  });

  it('refuses empty files and files of whitespace', async () => {
    expect(await reasonOf(parseFile(new Uint8Array(), 'a.txt'))).toBe('empty');
    expect(await reasonOf(parseFile(utf8(' \r\n\t\n'), 'a.txt'))).toBe('empty');
    expect(await reasonOf(parseFile(utf8('<p> </p><script>x</script>'), 'a.html'))).toBe('no-text');
  });

  it('refuses binary data as text', async () => {
    expect(await reasonOf(parseFile(fixture('sample-briefing.docx'), 'a.txt'))).toBe('binary');
    expect(await reasonOf(parseFile(fixture('sample-briefing.pdf'), 'a.md'))).toBe('binary');
  });

  it('refuses unknown extensions and oversized input before reading it', async () => {
    expect(await reasonOf(parseFile(utf8('x'), 'a.rtf'))).toBe('unsupported-format');
    expect(await reasonOf(parseFile(utf8('x'), 'README'))).toBe('unsupported-format');
    expect(await reasonOf(parseFile(new Uint8Array(MAX_INPUT_BYTES + 1), 'a.txt'))).toBe('too-large');
  });

  it('refuses a .docx that is not a Word file, a broken one and an encrypted one', async () => {
    expect(await reasonOf(parseFile(utf8('just text'), 'a.docx'))).toBe('unsupported-format');
    const docx = fixture('sample-briefing.docx');
    expect(await reasonOf(parseFile(docx.subarray(0, docx.byteLength / 2), 'a.docx'))).toBe('corrupt');
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reasonOf(parseFile(ole, 'legacy.docx'))).toBe('unsupported-format');
    ole.set(new Uint8Array(Buffer.from('EncryptionInfo', 'utf16le')), 512);
    expect(await reasonOf(parseFile(ole, 'locked.docx'))).toBe('encrypted');
  });

  it('refuses a .pdf without a PDF header, a truncated PDF and an encrypted PDF', async () => {
    expect(await reasonOf(parseFile(utf8('not a pdf at all'), 'a.pdf'))).toBe('unsupported-format');
    const pdf = fixture('sample-briefing.pdf');
    expect(await reasonOf(parseFile(pdf.subarray(0, 2000), 'a.pdf'))).toBe('corrupt');
    expect(await reasonOf(parseFile(fixture('encrypted-password-secret.pdf'), 'a.pdf'))).toBe('encrypted');
  });

  it('leaves the caller’s bytes intact', async () => {
    const pdf = fixture('sample-briefing.pdf');
    const copy = pdf.slice();
    await parseFile(pdf, 'a.pdf');
    expect(pdf).toEqual(copy);
  });
});
