import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx.ts';
import { manyAnnotations, sampleInput } from './fixtures.test-helper.ts';
import type { ExportTemplate } from './layout.ts';
import { buildExportModel } from './model.ts';

interface Unzipped {
  document: string;
  styles: string;
  settings: string;
  headers: string[];
  footers: string[];
}

async function unzip(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string): Promise<string> => zip.file(name)!.async('string');
  const parts = (prefix: string): Promise<string[]> =>
    Promise.all(Object.keys(zip.files).filter((n) => n.startsWith(`word/${prefix}`) && n.endsWith('.xml')).map(read));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    headers: await parts('header'),
    footers: await parts('footer'),
  };
}

const runs = (xml: string): string[] => xml.match(/<w:r>.*?<\/w:r>/gsu) ?? [];
const textRuns = (xml: string): string[] => runs(xml).filter((r) => r.includes('<w:t'));
const attr = (xml: string, element: string, name: string): string | undefined =>
  new RegExp(`<${element}\\b[^>]*\\b${name}="([^"]*)"`, 'u').exec(xml)?.[1];
const runWith = (xml: string, text: string): string => textRuns(xml).find((r) => r.includes(text)) ?? '';

const render = async (template: ExportTemplate, groupBy: 'document' | 'tag' = 'document'): Promise<Unzipped> =>
  unzip(await renderDocx(buildExportModel(sampleInput(), { groupBy }), { template }));

describe('Word, official template (GB/T 9704)', () => {
  let word: Unzipped;
  beforeAll(async () => {
    word = await render('official');
  });

  it('is A4 with margins 37/35/28/26 mm and a 22-line grid', () => {
    expect(attr(word.document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(word.document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(word.document, 'w:pgMar', 'w:top')).toBe('2098');
    expect(attr(word.document, 'w:pgMar', 'w:bottom')).toBe('1984');
    expect(attr(word.document, 'w:pgMar', 'w:left')).toBe('1587');
    expect(attr(word.document, 'w:pgMar', 'w:right')).toBe('1474');
    expect(attr(word.document, 'w:docGrid', 'w:linePitch')).toBe('579');
  });

  it('sets the East-Asian face of every run, in the header and footers too', () => {
    for (const xml of [word.document, ...word.headers, ...word.footers]) {
      const all = runs(xml);
      expect(all.length).toBeGreaterThan(0);
      for (const run of all) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/u);
    }
  });

  it('sets the title in 小标宋 二号, body in 仿宋 三号 tracked to 28 a line, headings in 黑体 and 楷体', () => {
    const title = runWith(word.document, '产业工人队伍建设改革专题培训学习笔记');
    expect(attr(title, 'w:rFonts', 'w:eastAsia')).toBe('方正小标宋简体');
    expect(attr(title, 'w:sz', 'w:val')).toBe('44');
    const note = runWith(word.document, '以评选办法和特训营带动工匠培养');
    expect(attr(note, 'w:rFonts', 'w:eastAsia')).toBe('仿宋');
    expect(attr(note, 'w:sz', 'w:val')).toBe('32');
    expect(attr(note, 'w:spacing', 'w:val')).toBe('-5');
    expect(attr(runWith(word.document, '凝心聚力 扩面提质'), 'w:rFonts', 'w:eastAsia')).toBe('黑体');
    expect(attr(runWith(word.document, '¶3'), 'w:rFonts', 'w:eastAsia')).toBe('楷体');
    expect(attr(word.styles, 'w:spacing', 'w:line')).toBe('579');
    expect(attr(word.styles, 'w:spacing', 'w:lineRule')).toBe('exact');
  });

  it('marks a highlight with a bar in its ink on its tint, an underline with a coloured underline', () => {
    const highlight = word.document.match(/<w:p>(?:(?!<\/w:p>).)*投资80万元，打造企业高质量发展特训营.*?<\/w:p>/su)?.[0] ?? '';
    expect(attr(highlight, 'w:left', 'w:color')).toBe('B7791F');
    expect(attr(highlight, 'w:shd', 'w:fill')).toBe('FDECA4');
    const underline = word.document.match(/<w:p>(?:(?!<\/w:p>).)*建设心灵驿站2个<\/w:t>.*?<\/w:p>/su)?.[0] ?? '';
    expect(attr(underline, 'w:u', 'w:color')).toBe('2F855A');
    expect(underline).not.toContain('<w:shd');
  });

  it('numbers pages — N — at the right of odd pages and the left of even ones, under a running header', () => {
    expect(word.settings).toContain('<w:evenAndOddHeaders/>');
    expect(word.footers).toHaveLength(2);
    for (const footer of word.footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/u);
      expect(footer).toContain('— ');
    }
    expect(word.footers.map((f) => attr(f, 'w:jc', 'w:val')).sort()).toEqual(['left', 'right']);
    expect(word.headers.every((h) => h.includes('产业工人队伍建设改革专题培训学习笔记'))).toBe(true);
  });

  it('keeps what the trainee typed as text', () => {
    expect(word.document).toContain('数据库字段怎么定？&lt;需要问&gt; &amp; 对照 &quot;技能等级&quot; 标准');
  });

  it('ends with the reflection', () => {
    const tail = word.document.slice(word.document.lastIndexOf('心得体会'));
    expect(tail).toContain('三是权益维护要形成机制');
  });
});

describe('Word, handout template', () => {
  it('is compact, counts pages of the total, and puts the trainee in the header', async () => {
    const word = await render('handout', 'tag');
    expect(attr(word.document, 'w:pgMar', 'w:top')).toBe(String(Math.round((20 / 25.4) * 1440)));
    expect(attr(runWith(word.document, '以评选办法和特训营带动工匠培养'), 'w:sz', 'w:val')).toBe('21');
    expect(attr(runWith(word.document, '以评选办法和特训营带动工匠培养'), 'w:rFonts', 'w:eastAsia')).toBe('楷体');
    expect(word.footers.join('')).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/u);
    expect(word.headers.join('')).toContain('李晓红');
    for (const run of runs(word.document)) expect(run).toMatch(/w:eastAsia="/u);
  });
});

describe('a long export', () => {
  const model = buildExportModel(sampleInput({ annotations: manyAnnotations(400) }), { groupBy: 'document' });

  it('reports progress up to the whole', async () => {
    const seen: [number, number][] = [];
    await renderDocx(model, { template: 'official', onProgress: (done, total) => seen.push([done, total]) });
    expect(seen.at(-1)).toEqual([401, 401]);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
  });

  it('stops when cancelled, before it has finished', async () => {
    const abort = new AbortController();
    const seen: number[] = [];
    const rendering = renderDocx(model, { template: 'official', signal: abort.signal, onProgress: (done) => seen.push(done) });
    setTimeout(() => abort.abort(), 0);
    await expect(rendering).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).not.toContain(401);
  });
});
