import { describe, expect, it } from 'vitest';
import { markdownToLines } from './markdown.ts';

describe('markdownToLines', () => {
  it('reads ATX and setext headings as hints and joins paragraph lines', () => {
    const md = '# 讲话标题\n\n## 一、第一部分\n\n正文第一行\n接着第二行。\n\n### 小节\n\n子标题\n---\n\nEnglish words\nwrap here.';
    expect(markdownToLines(md)).toEqual([
      { text: '讲话标题', hint: { kind: 'title' } },
      { text: '一、第一部分', hint: { kind: 'heading', level: 1 } },
      { text: '正文第一行接着第二行。' },
      { text: '小节', hint: { kind: 'heading', level: 2 } },
      { text: '子标题', hint: { kind: 'heading', level: 1 } },
      { text: 'English words wrap here.' },
    ]);
  });

  it('strips inline markup and keeps the words', () => {
    const md = '**加粗**、中文*斜体*、`代码`、~~删除~~、[链接](https://x.cn)和![图](a.png)和<span onclick="x()">标签</span>，snake_case_name 保留';
    expect(markdownToLines(md).map((l) => l.text)).toEqual(['加粗、中文斜体、代码、删除、链接和和标签，snake_case_name 保留']);
  });

  it('gives list items and Chinese-numbered lines their own lines', () => {
    const md = '- 第一项\n- 第二项\n一、标题\n正文。\n（一）小标题';
    expect(markdownToLines(md).map((l) => l.text)).toEqual(['第一项', '第二项', '一、标题', '正文。', '（一）小标题']);
  });

  it('drops raw scripts, front matter and link definitions', () => {
    const md = '---\ntitle: x\n---\n正文。\n\n<script>\nalert(1)\n</script>\n\n[ref]: https://x.cn\n> 引用。';
    expect(markdownToLines(md).map((l) => l.text)).toEqual(['正文。', '引用。']);
  });

  it('reads CommonMark where patterns misread it: code spans, escapes, entities, references, tables, ordered items', () => {
    const md = [
      '代码 `a**b**c` 保留星号，\\*不是强调\\*，A&amp;B，[参考链接][r] 在后面定义。',
      '',
      '| 姓名 | 职务 |',
      '| --- | --- |',
      '| 张三 | 县长 |',
      '',
      '1. 第一条',
      '2. 第二条',
      '',
      '[r]: https://example.cn "标题"',
    ].join('\n');
    expect(markdownToLines(md).map((l) => l.text)).toEqual([
      '代码 a**b**c 保留星号，*不是强调*，A&B，参考链接 在后面定义。',
      '姓名 职务',
      '张三 县长',
      '1. 第一条',
      '2. 第二条',
    ]);
  });

  it('takes a bolded run-in label, punctuation inside the bold and a letter after it, for emphasis', () => {
    expect(markdownToLines('**记者：**城里人买菜方便吗？\n\n**一、总体情况。**今年以来').map((l) => l.text)).toEqual([
      '记者：城里人买菜方便吗？',
      '一、总体情况。今年以来',
    ]);
  });

  it('drops the words of an inline script and of a tag CommonMark leaves as text, keeping an escaped one', () => {
    const md = '前<script>window.x=1</script>后，<img/src=x/onerror=alert(1)>图后，&lt;b&gt;是文字。';
    expect(markdownToLines(md).map((l) => l.text)).toEqual(['前后，图后，<b>是文字。']);
  });
});
