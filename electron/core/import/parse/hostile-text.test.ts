import { describe, expect, it } from 'vitest';
import { docxWith, wordXml } from '../../reliability/hostile-inputs.test-helper.ts';
import { parseFile } from './index.ts';
import { htmlToLines } from './readers/html.ts';
import { markdownToLines } from './readers/markdown.ts';
import { pagesToLines } from './readers/pdf-layout.ts';
import { cleanLine } from './text.ts';

// Regressions found by the import fuzz test (electron/core/reliability/import-fuzz.test.ts):
// damaged files put NULs, control characters and lone surrogates into stored text, a file
// of titles became documents with nothing to read, and a line of asterisks overflowed the stack.
describe('text from damaged files', () => {
  it('is cleaned of NULs, controls and lone surrogates wherever a reader produces it', () => {
    expect(cleanLine('甲\u0000乙\u001b丙\u0085丁\u009f戊\ud800己\udfff庚😀')).toBe('甲乙丙 丁戊\ufffd己\ufffd庚😀');
    expect(htmlToLines('<p>甲&#1;乙&#x7f;丙&#x1b;丁</p>').map((l) => l.text)).toEqual(['甲乙丙丁']);
    // pdfjs hands out whatever a broken font maps a glyph to.
    const items = [{ str: '理\u0001\u0002\u0003团\u0000', x: 50, y: 700, width: 60, size: 10 }];
    expect(pagesToLines([{ items }]).map((l) => l.text)).toEqual(['理团']);
  });

  it('keeps none of them from a Word file’s character references', async () => {
    const xml = wordXml(['<w:r><w:t>甲&#x1b;乙&#xD800;丙&#xDFFF;丁</w:t></w:r>', '<w:r><w:t>第二段。</w:t></w:r>']);
    const parsed = await parseFile(docxWith(xml), '文件.docx');
    const texts = parsed.documents.flatMap((d) => [d.title, ...d.blocks.map((b) => b.text)]);
    expect(texts.join('\n')).toContain('甲乙\ufffd丙\ufffd丁');
    for (const text of texts) expect(/\p{Cc}/u.test(text) || /[\ud800-\udfff]/u.test(text)).toBe(false);
  });

  it('reads a file whose every line would be a title or header as one document’s text, under the file’s name', async () => {
    const read = async (text: string) => {
      const parsed = await parseFile(new TextEncoder().encode(text), '便条.html');
      return parsed.documents.map((d) => [d.title, d.blocks.map((b) => b.text)]);
    };
    expect(await read('<div><div>深层正文</div></div>')).toEqual([['便条', ['深层正文']]]);
    expect(await read('<h1>只有标题</h1><h1>又一个标题</h1>')).toEqual([['便条', ['只有标题', '又一个标题']]]);
  });

  it('takes a Markdown line of a million asterisks for a rule, without overflowing the stack', () => {
    expect(markdownToLines(`标题\n\n${'*'.repeat(4_000_000)}\n\n正文。`).map((l) => l.text)).toEqual(['标题', '正文。']);
    expect(markdownToLines('甲\n * * *\n乙\n\n_ _ _\n丙').map((l) => l.text)).toEqual(['甲', '乙', '丙']);
  });
});
