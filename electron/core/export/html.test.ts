import { describe, expect, it } from 'vitest';
import { annotations, mark, sampleInput } from './fixtures.test-helper.ts';
import { escapeHtml, renderHtml } from './html.ts';
import { buildExportModel } from './model.ts';

const html = (template: 'official' | 'handout', groupBy: 'document' | 'tag' = 'document', input = sampleInput()): Promise<string> =>
  renderHtml(buildExportModel(input, { groupBy }), { template });

describe('printable HTML', () => {
  it('sets the page as the template says, in @page', async () => {
    expect(await html('official')).toContain('@page { size: 210mm 297mm; margin: 37mm 26mm 35mm 28mm; }');
    expect(await html('handout')).toContain('@page { size: 210mm 297mm; margin: 20mm 18mm 18mm 18mm; }');
  });

  it('keeps the official body on its grid: 16 pt on 28.95 pt lines, tracked to 28 a line', async () => {
    expect(await html('official')).toMatch(/body \{ margin: 0; font-family: [^;]*"仿宋_GB2312"[^;]*; font-size: 16pt; line-height: 28\.95pt; letter-spacing: -0\.25pt;/u);
  });

  it('is self-contained: no script, nothing to fetch, and a CSP that forbids both', async () => {
    const page = await html('official');
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(page).not.toMatch(/<script|<link|<img|\bsrc=|href=|url\(|@import/iu);
    expect(page.match(/@font-face \{[^}]*\}/gu)?.every((rule) => !/url\(/u.test(rule) && /local\(/u.test(rule))).toBe(true);
  });

  it('escapes everything the trainee typed', async () => {
    const input = sampleInput({
      annotations: [...annotations, mark(1, '做实民主管理', { note: '</p><script>alert(1)</script>' })],
      cover: { title: '笔记 <b>&', trainee: '"李"', className: null, date: null, place: null },
    });
    const page = await html('handout', 'document', input);
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<title>笔记 &lt;b&gt;&amp;</title>');
    expect(page).toContain('&lt;需要问&gt; &amp; 对照 &quot;技能等级&quot;');
  });

  it('paints each colour mark from the palette and only a well-formed tag colour', async () => {
    const page = await html('handout', 'tag', sampleInput({ tags: [{ id: 1, name: '产改', color: 'red; background: url(x)' }] }));
    expect(page).toContain('.mark-yellow .quote { border-left-color: #B7791F; background: #FDECA4; }');
    expect(page).toContain('class="item mark-green style-underline kind-highlight"');
    expect(page).not.toContain('url(x)');
    expect(page).toContain('<h2>一、产改</h2>');
    expect(await html('handout', 'tag')).toContain('<h2>一、<span class="swatch" style="color: #b42318">■</span> 产改</h2>');
    expect(await html('official', 'tag')).toContain('<h2>一、产改</h2>');
  });

  it('has the content of the export: cover, groups, items, reflection', async () => {
    const page = await html('official');
    expect(page).toContain('<p class="cover-line">班次：陕西省县（区）产业工人队伍建设改革推进会暨培训班</p>');
    expect(page).toContain('<h2>一、凝心聚力 扩面提质 奋力推进产业工人队伍建设改革迈向纵深</h2>');
    expect(page).toContain('<blockquote class="quote"><p>1. 组织领导健全有力。</p><p>神木市委市政府');
    expect(page).toContain('<p><span class="label">笔记：</span>以评选办法和特训营带动工匠培养，我单位可以借鉴。</p><p>下一步');
    expect(page).toMatch(/<section class="reflection"><h2>心得体会<\/h2><p>通过这次推进会/u);
  });

  it('says so when there is nothing to print', async () => {
    expect(await html('official', 'document', sampleInput({ annotations: [] }))).toContain('<p class="empty">（暂无笔记）</p>');
  });

  it('escapes the five characters HTML gives meaning', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
