import { describe, expect, it } from 'vitest';
import { sampleInput } from './fixtures.test-helper.ts';
import { buildExportModel } from './model.ts';
import { pdfPrintOptions, toElectronPrintToPdfOptions, toPlaywrightPdfOptions } from './pdf-options.ts';

const model = buildExportModel(sampleInput({ cover: { title: '学习<笔记>', trainee: '李晓红', className: null, date: null, place: null } }), {
  groupBy: 'document',
});

describe('PDF print options, shared by Playwright and Electron', () => {
  const official = pdfPrintOptions(model, 'official');

  it('gives both printers the same A4 page and margins', () => {
    expect(toPlaywrightPdfOptions(official)).toMatchObject({
      width: '210mm',
      height: '297mm',
      margin: { top: '37mm', bottom: '35mm', left: '28mm', right: '26mm' },
      printBackground: true,
      displayHeaderFooter: true,
    });
    const electron = toElectronPrintToPdfOptions(official);
    expect(electron.pageSize.width).toBeCloseTo(8.2677, 4);
    expect(electron.pageSize.height).toBeCloseTo(11.6929, 4);
    expect(electron.margins.top).toBeCloseTo(37 / 25.4, 6);
    expect(electron.margins.right).toBeCloseTo(26 / 25.4, 6);
    expect(electron.headerTemplate).toBe(official.headerTemplate);
  });

  it('runs the escaped title as header and — N — as footer on the official page', () => {
    expect(official.headerTemplate).toContain('>学习&lt;笔记&gt;</div>');
    expect(official.footerTemplate).toContain('— <span class="pageNumber"></span> —');
    expect(official.headerTemplate).toMatch(/style="[^"]*font-family: &quot;Times New Roman&quot;, &quot;仿宋_GB2312&quot;/u);
  });

  it('counts 第 N 页 / 共 M 页 and names the trainee on the handout', () => {
    const handout = pdfPrintOptions(model, 'handout');
    expect(handout.footerTemplate).toContain('第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页');
    expect(handout.headerTemplate).toContain('李晓红');
  });
});
