import { docxWith, wordXml } from './hostile-inputs.test-helper.ts';

/**
 * Classic XSS payloads in each format the importer reads. Every one that could run sets
 * `window.__pwned` or calls alert(); the reader must show none of the markup and run none
 * of it. The ones written as text (escaped) are the user's words and must stay visible.
 */
export const xssHtml = `<!doctype html><html><head><script>window.__pwned=1;alert(1)</script><title>t</title>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="javascript:alert(1)//"></head>
<body onload="window.__pwned=1">
<h1>安全测试简报</h1>
<p>正文第一段<script>window.__pwned=1</script>结束。</p>
<p><img src=x onerror="window.__pwned=1;alert(1)">图片之后的文字。</p>
<p><a href="javascript:window.__pwned=1;alert(1)">链接文字</a>与<a href="&#106;avascript:alert(1)">编码的链接</a>。</p>
<svg onload="window.__pwned=1"><script>alert(1)</script></svg>
<iframe src="javascript:alert(1)" srcdoc="<script>parent.__pwned=1</script>"></iframe>
<p onmouseover="window.__pwned=1" style="background:url(javascript:alert(1))">属性被丢弃的段落。</p>
<p>&lt;img src=x onerror=alert(1)&gt;是文字，不是标记。</p>
<p>&#60;script&#62;window.__pwned=1&#60;/script&#62;也是文字。</p>
<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">
<math><mtext><script>alert(1)</script></mtext></math><scr<script>ipt>alert(1)</script>
<details open ontoggle="window.__pwned=1">详情段落。</details>
</body></html>`;

export const xssMarkdown = `# 安全测试笔记

正文<script>window.__pwned=1</script>段落。

[链接文字](javascript:window.__pwned=1) 和 ![图](javascript:alert(1))

<img src=x onerror="window.__pwned=1;alert(1)">图片后文字。

<svg/onload=alert(1)>矢量图后文字。
`;

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** Word text that reads like markup, and hyperlinks whose targets are scripts. */
export function xssDocx(): Uint8Array {
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
  const xml = wordXml([
    run('安全测试文件'),
    run('<img src=x onerror="window.__pwned=1;alert(1)">是正文里的文字。'),
    run('<script>window.__pwned=1</script>也是文字。'),
    `${run('请看')}<w:hyperlink r:id="rIdXss1">${run('脚本链接')}</w:hyperlink>${run('和')}<w:hyperlink r:id="rIdXss2">${run('矢量图链接')}</w:hyperlink>${run('。')}`,
  ]);
  const relationships = [
    `<Relationship Id="rIdXss1" Type="${HYPERLINK}" Target="javascript:window.__pwned=1;alert(1)" TargetMode="External"/>`,
    `<Relationship Id="rIdXss2" Type="${HYPERLINK}" Target="data:image/svg+xml,&lt;svg onload=alert(1)&gt;" TargetMode="External"/>`,
  ].join('');
  return docxWith(xml, relationships);
}

/** Payload text that must reach the reader as text, escaped in the source (per format). */
export const visiblePayloads = {
  html: ['<img src=x onerror=alert(1)>是文字，不是标记。', '<script>window.__pwned=1</script>也是文字。'],
  docx: ['<img src=x onerror="window.__pwned=1;alert(1)">是正文里的文字。', '<script>window.__pwned=1</script>也是文字。'],
} as const;
