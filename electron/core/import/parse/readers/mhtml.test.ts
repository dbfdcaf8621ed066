import { describe, expect, it } from 'vitest';
import { ImportFailure } from '../import-failure.ts';
import { mhtmlToLines } from './mhtml.ts';

const crlf = (rows: string[]): string => rows.join('\r\n');
const boundary = '----MultipartBoundary--Qz7yXw----';

/** Quoted-printable as a browser writes it: UTF-8 bytes as `=XX`, `=` itself as `=3D`, lines cut at 76 with a soft break. */
function toQuotedPrintable(text: string): string {
  const encoded = Array.from(Buffer.from(text, 'utf8'), (b) =>
    b === 0x3d || b > 0x7e ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b),
  ).join('');
  const rows: string[] = [];
  for (let i = 0; i < encoded.length; i += 72) rows.push(encoded.slice(i, i + 72));
  return rows.join('=\r\n');
}

function saved(parts: string[][], start = 'https://news.example.cn/a.html'): Uint8Array {
  return Buffer.from(
    crlf([
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${start}`,
      'Subject: =?utf-8?Q?page?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      `\tboundary="${boundary}"`,
      '',
      ...parts.flatMap((p) => [`--${boundary}`, ...p]),
      `--${boundary}--`,
      '',
    ]),
    'latin1',
  );
}

const page =
  '<html><head><meta charset="utf-8"><title>页</title></head><body><nav><a href="/">首页</a> | <a href="/n">新闻</a></nav>' +
  '<h1>把道路养护做在群众心坎上</h1><p class="c">张某某（某县县长）</p><p>我们把群众反映最多的问题列成清单，逐项落实。</p>' +
  '<footer>版权所有 某某网</footer></body></html>';

describe('mhtmlToLines', () => {
  it('reads the quoted-printable page part of a saved page, without its navigation and footer', () => {
    const lines = mhtmlToLines(
      saved([
        ['Content-Type: text/html', 'Content-ID: <frame-1@mhtml.blink>', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://news.example.cn/a.html', '', toQuotedPrintable(page)],
        ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-Location: https://news.example.cn/logo.png', '', 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='],
      ]),
    );
    expect(lines).toEqual([
      { text: '把道路养护做在群众心坎上', hint: { kind: 'title' } },
      { text: '张某某（某县县长）' },
      { text: '我们把群众反映最多的问题列成清单，逐项落实。' },
    ]);
  });

  it('takes the page the snapshot names over a frame, and a base64 part in its declared charset', () => {
    const frame = ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', 'Content-Location: https://ads.example.cn/f.html', '', toQuotedPrintable('<p>广告框里的字</p>')];
    // 正文 in GBK, between tags.
    const html = Buffer.concat([Buffer.from('<p>'), Buffer.from([0xd5, 0xfd, 0xce, 0xc4]), Buffer.from('</p>')]);
    const main = ['Content-Type: text/html; charset="gbk"', 'Content-Transfer-Encoding: base64', 'Content-Location: https://news.example.cn/b.html', '', html.toString('base64')];
    expect(mhtmlToLines(saved([frame, main], 'https://news.example.cn/b.html')).map((l) => l.text)).toEqual(['正文']);
  });

  it('refuses a message without a page in it', () => {
    const onlyImage = saved([['Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', 'iVBORw0KGgo=']]);
    expect(() => mhtmlToLines(onlyImage)).toThrow(ImportFailure);
  });
});
