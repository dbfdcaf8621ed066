import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportAnnotations } from './export.ts';
import { exportFileName } from './formats.ts';
import { sampleSource, session } from './source.test-helper.ts';

const now = (): Date => new Date(2024, 8, 1, 10, 0);

describe('exportAnnotations', () => {
  it('writes a session to Word, named after its title and date', async () => {
    const file = await exportAnnotations({ scope: { kind: 'session', sessionId: session.id }, format: 'docx' }, { source: sampleSource(), now });
    expect(file.fileName).toBe('产改专题研讨-2024-08-06.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('收获很大。');
    expect(xml).toContain('设立产业工人维权中心');
  });

  it('writes Markdown, text and JSON-LD as UTF-8 with their media types', async () => {
    const deps = { source: sampleSource(), now };
    const md = await exportAnnotations({ scope: { kind: 'all' }, format: 'markdown', cover: { trainee: '李晓红' } }, deps);
    expect(md).toMatchObject({ fileName: '学习笔记-2024-09-01.md', mimeType: 'text/markdown; charset=utf-8' });
    expect(new TextDecoder().decode(md.bytes)).toMatch(/^# 学习笔记\n\n- 学员：李晓红\n- 日期：2024年9月1日/u);
    const txt = await exportAnnotations({ scope: { kind: 'all' }, format: 'text' }, deps);
    expect([...txt.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await exportAnnotations({ scope: { kind: 'document', documentId: 101 }, format: 'jsonld' }, deps);
    expect(json.fileName.endsWith('.jsonld')).toBe(true);
    expect(JSON.parse(new TextDecoder().decode(json.bytes))).toMatchObject({ id: 'urn:briefing:annotations:doc:101', generated: now().toISOString() });
  });

  it('prints PDF with the printer it is given, in the template asked for', async () => {
    let body = '';
    const printPdf = async (html: string): Promise<Uint8Array> => {
      body = html;
      return new TextEncoder().encode('%PDF-1.7');
    };
    const file = await exportAnnotations({ scope: { kind: 'tag', tagId: 3 }, format: 'pdf', template: 'handout' }, { source: sampleSource(), printPdf, now });
    expect(file).toMatchObject({ fileName: '“职工服务”专题笔记-2024-09-01.pdf', mimeType: 'application/pdf' });
    expect(body).toContain('<body class="handout">');
    expect(body).toMatch(/<h2>一、<span class="swatch" style="color: #027a48">■<\/span> 职工服务<\/h2>/u);
  });

  it('groups as asked, over the scope’s default', async () => {
    const file = await exportAnnotations({ scope: { kind: 'all' }, format: 'markdown', groupBy: 'tag' }, { source: sampleSource(), now });
    expect(new TextDecoder().decode(file.bytes)).toContain('## 一、产改');
  });

  it('stops before reading further when cancelled', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(exportAnnotations({ scope: { kind: 'all' }, format: 'docx' }, { source: sampleSource(), now }, { signal: abort.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});

describe('exportFileName', () => {
  it('makes any title safe as a file name on every system', () => {
    expect(exportFileName('学习笔记:产改/专题?<1>：终', '2024-08-06', 'docx')).toBe('学习笔记 产改 专题 1 ：终-2024-08-06.docx');
    expect(exportFileName('...', null, 'pdf')).toBe('export.pdf');
    expect(exportFileName('CON', '8月', 'text')).toBe('_CON.txt');
    expect(exportFileName('长'.repeat(200), null, 'markdown')).toBe(`${'长'.repeat(80)}.md`);
  });
});
