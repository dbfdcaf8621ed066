import { describe, expect, it } from 'vitest';
import { htmlToLines } from './html.ts';

const texts = (html: string): string[] => htmlToLines(html).map((l) => l.text);

describe('htmlToLines', () => {
  it('turns block elements into lines and headings into hints', () => {
    expect(htmlToLines('<h1>总标题</h1><h2>一、部分</h2><p>正文<b>加粗</b>内容。</p><div>第二<br>行</div>')).toEqual([
      { text: '总标题', hint: { kind: 'title' } },
      { text: '一、部分', hint: { kind: 'heading', level: 1 } },
      { text: '正文加粗内容。' },
      { text: '第二' },
      { text: '行' },
    ]);
  });

  it('decodes entities and collapses whitespace', () => {
    expect(texts('<p>A&amp;B &lt;tag&gt; &#20013;&#x6587; &ldquo;引&rdquo;&nbsp; &unknown; \n x</p>')).toEqual([
      'A&B <tag> 中文 “引” &unknown; x',
    ]);
  });

  it('drops scripts, styles, comments and every attribute', () => {
    const html = [
      '<script>alert(1)</script>',
      '<style>p{color:red}</style>',
      '<!-- <p>hidden</p> -->',
      '<p>前<img src=x onerror="alert(1)">后</p>',
      '<p><a href="javascript:alert(1)" onclick="alert(2)">链接</a></p>',
      '<p title="a>b" onmouseover=\'alert(3)\'>属性</p>',
      '<svg><script>alert(4)</script></svg>',
      '<iframe src="javascript:alert(5)"></iframe>',
      '<SCRIPT type="text/javascript">alert(6)</SCRIPT >',
    ].join('');
    const out = texts(html);
    expect(out).toEqual(['前后', '链接', '属性']);
    expect(out.join('')).not.toMatch(/alert|javascript|onerror|<|>/u);
  });

  it('keeps escaped markup as inert text', () => {
    expect(texts('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')).toEqual(['<script>alert(1)</script>']);
  });

  it('survives broken markup', () => {
    expect(texts('<p>未闭合<b>粗体')).toEqual(['未闭合粗体']);
    expect(texts('1 < 2 and 3 > 2')).toEqual(['1 < 2 and 3 > 2']);
    expect(texts('<p>正文</p><script>never closed')).toEqual(['正文']);
    expect(texts('<p>前<a href="x')).toEqual(['前']);
  });

  it('keeps line breaks inside <pre>', () => {
    expect(texts('<pre>第一行\n第二行</pre>')).toEqual(['第一行', '第二行']);
  });
});
