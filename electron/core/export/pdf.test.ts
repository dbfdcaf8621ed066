import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from './chromium.ts';
import { ExportFailure } from './errors.ts';
import { sampleInput } from './fixtures.test-helper.ts';
import type { ExportTemplate } from './layout.ts';
import { buildExportModel } from './model.ts';
import type { PdfPrintOptions } from './pdf-options.ts';
import { chromiumPrinter, renderPdf, warmChromium, warmChromiumPrinter } from './pdf.ts';

const model = buildExportModel(sampleInput(), { groupBy: 'document' });

function locate(): string | null {
  try {
    return findChromium();
  } catch (err) {
    if (!(err instanceof ExportFailure)) throw err;
    console.warn(`PDF through Chromium not tested: no Chromium found (${err.detail}); set BRIEFING_CHROMIUM to test it.`);
    return null;
  }
}

const chromium = locate();

/** A poppler tool's output, or null (with the reason printed) where poppler-utils is missing. */
function poppler(tool: string, file: string): string | null {
  try {
    return execFileSync(tool, [file], { encoding: 'utf8' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    console.warn(`${tool} is not installed (poppler-utils); that check is skipped.`);
    return null;
  }
}

describe('renderPdf', () => {
  it('prints the printable HTML with the shared options, and reports the printing as the last step', async () => {
    let printed: { html: string; options: PdfPrintOptions } | null = null;
    const seen: [number, number][] = [];
    const bytes = await renderPdf(model, {
      template: 'handout',
      printer: async (html, options) => {
        printed = { html, options };
        return new Uint8Array([37, 80, 68, 70]);
      },
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(new TextDecoder().decode(bytes)).toBe('%PDF');
    expect(printed!.html).toContain('<body class="handout">');
    expect(printed!.options.marginMm).toEqual({ top: 20, bottom: 18, left: 18, right: 18 });
    const total = model.items.length + 2;
    expect(seen.at(-1)).toEqual([total, total]);
    expect(seen.at(-2)).toEqual([total - 1, total]);
  });
});

describe.skipIf(!chromium)('PDF through Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-export-pdf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each<ExportTemplate>(['official', 'handout'])('prints the %s template: pages, fonts embedded, Chinese text kept', async (template) => {
    const bytes = await renderPdf(model, { template, printer: chromiumPrinter(chromium!) });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const file = join(dir, `${template}.pdf`);
    writeFileSync(file, bytes);

    const info = poppler('pdfinfo', file);
    if (info) expect(Number(/^Pages:\s+(\d+)/mu.exec(info)?.[1])).toBeGreaterThan(1);

    const fonts = poppler('pdffonts', file);
    if (fonts) {
      const rows = fonts.split('\n').slice(2).filter((row) => row.trim() !== '');
      expect(rows.length).toBeGreaterThan(0);
      // Columns: name, type, encoding, emb, sub, uni. Chromium embeds a CFF-outlined face such as
      // Noto CJK as unnamed Type 3 glyph programs, a TrueType face (SimSun, FangSong) as CID TrueType.
      for (const row of rows) expect(row).toMatch(/\s(?:Type 3|CID TrueType|CID Type 0C?|TrueType|Type 1C?)\s+\S+\s+yes\s/u);
      expect(rows.some((row) => /Type 3|CJK|Song|Hei|Kai|Fang|Han|Ming|Sim/u.test(row))).toBe(true);
    }

    const text = poppler('pdftotext', file) === null ? null : execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    if (text) {
      expect(text).toContain('产业工人队伍建设改革专题培训学习笔记');
      expect(text).toContain('投资80万元，打造企业高质量发展特训营');
      expect(text).toMatch(template === 'official' ? /—\s*1\s*—/u : /第\s*1\s*页\s*\/\s*共\s*\d+\s*页/u);
    }
  }, 60_000);

  it('stops printing when cancelled', async () => {
    const abort = new AbortController();
    const printing = renderPdf(model, { template: 'official', printer: chromiumPrinter(chromium!), signal: abort.signal });
    setTimeout(() => abort.abort(), 50);
    await expect(printing).rejects.toMatchObject({ name: 'AbortError' });
  }, 60_000);

  it('a warm Chromium prints one export after another, and a cancelled print leaves it to the next', async () => {
    const warm = warmChromium({ idleMs: 60_000, executablePath: chromium! });
    const printer = warmChromiumPrinter(warm);
    const current = () => warm.use((browser) => Promise.resolve(browser));
    try {
      const first = await renderPdf(model, { template: 'handout', printer });
      const browser = await current();
      const abort = new AbortController();
      const cancelled = renderPdf(model, { template: 'official', printer, signal: abort.signal });
      setTimeout(() => abort.abort(), 50);
      await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
      const again = await renderPdf(model, { template: 'handout', printer });
      expect(new TextDecoder().decode(again.slice(0, 5))).toBe('%PDF-');
      expect(Math.abs(again.byteLength - first.byteLength)).toBeLessThan(first.byteLength / 10);
      expect(await current()).toBe(browser);
      expect(browser.isConnected()).toBe(true);
      // Every print's context is closed after it, the cancelled one's too.
      await expect.poll(() => browser.contexts().length, { timeout: 30_000 }).toBe(0);
      await warm.close();
      expect(browser.isConnected()).toBe(false);
    } finally {
      await warm.close();
    }
  }, 60_000);
});
