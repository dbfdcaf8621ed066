import { describe, expect, it } from 'vitest';
import { savedPageToLines } from './web-article.ts';

const texts = (html: string): string[] => savedPageToLines(html).map((l) => l.text);

const paragraph = (n: number): string =>
  `<p>第${n}段：我们在县里推进乡村道路养护，把群众反映最多的问题列成清单，逐项落实到具体部门和具体时间，每月公开进展，接受群众评议，做到件件有回音、事事有着落。</p>`;

const related = [
  '<div class="related-links"><h3>相关阅读</h3><ul>',
  ...[1, 2, 3, 4, 5, 6].map((n) => `<li><a href="/news/${n}.html">另一条新闻标题第${n}条</a></li>`),
  '</ul></div>',
].join('');

describe('savedPageToLines', () => {
  it('drops navigation, the site footer and a related-links box, and keeps the title', () => {
    const html = [
      '<html><head><title>县长谈道路养护 - 某某网</title></head><body>',
      '<nav><a href="/">首页</a> | <a href="/news">新闻</a> | <a href="/about">关于我们</a></nav>',
      '<div id="content"><h1>把道路养护做在群众心坎上</h1>',
      '<p class="caption">张某某（某县县长）</p>',
      ...[1, 2, 3, 4, 5, 6].map(paragraph),
      '</div>',
      related,
      '<footer>版权所有 某某网 备案号 00000000</footer>',
      '</body></html>',
    ].join('');
    const out = texts(html);
    expect(out[0]).toBe('把道路养护做在群众心坎上');
    expect(out).toContain('张某某（某县县长）');
    expect(out.filter((t) => t.startsWith('第'))).toHaveLength(6);
    expect(out.join('\n')).not.toMatch(/首页|版权所有|相关阅读|另一条新闻/u);
    expect(savedPageToLines(html)[0]?.hint).toEqual({ kind: 'title' });
  });

  it('keeps every article of a compilation page where Readability would keep one', () => {
    const article = (n: number): string =>
      `<div class="item"><h2>第${n}篇讲话的标题</h2><p>讲话人${n}（某县县长）</p>${paragraph(n)}</div>`;
    const html = `<body><nav>首页 | 新闻</nav><div class="a">${article(1)}</div><div class="b">${article(2)}</div><div class="c">${article(3)}</div><footer>版权所有</footer></body>`;
    const out = texts(html);
    expect(out.filter((t) => t.endsWith('讲话的标题'))).toHaveLength(3);
    expect(out).not.toContain('首页 | 新闻');
    expect(out).not.toContain('版权所有');
  });

  it('reads a page without site furniture whole, footers of an article included', () => {
    const html = `<article><h1>标题</h1>${paragraph(1)}<footer>（作者为某大学教授）</footer></article><div>短句。</div>`;
    expect(texts(html)).toEqual(['标题', expect.stringMatching(/^第1段/u), '（作者为某大学教授）', '短句。']);
  });

  it('reads a tree too deep for Readability without it', () => {
    const html = `<nav>首页</nav>${'<div>'.repeat(5_000)}正文。`;
    expect(texts(html)).toEqual(['正文。']);
  });
});
