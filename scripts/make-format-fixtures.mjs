// Writes one page in every format the importer reads, for the test that they agree
// (electron/core/import/parse/formats-agree.test.ts):
//   page.txt, page.md           — written here
//   page-libreoffice.docx       — LibreOffice's conversion of page.txt (no heading styles)
//   page-word-styles.docx       — the `docx` package: Heading 1 titles, Heading 2 sections, bold turn labels
//   page-two-column.pdf         — Chromium's print of the page set in two CSS columns
// Run: node scripts/make-format-fixtures.mjs (needs soffice and chromium on PATH).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { page } from './format-fixture-source.mjs';

const out = join(import.meta.dirname, '..', 'electron', 'core', 'import', 'parse', 'fixtures', 'formats');
const lead = (doc) => doc.caption ?? doc.guests;
const turnText = (b) => (b.turn ? `${b.turn}：${b.p}` : b.p);

function asText() {
  return page
    .map((doc) => [doc.title, lead(doc), '', ...doc.blocks.map((b) => b.h ?? turnText(b))].join('\n'))
    .join('\n\n\n')
    .concat('\n');
}

function asMarkdown() {
  const block = (b) => (b.h ? `## ${b.h}` : b.turn ? `**${b.turn}：**${b.p}` : b.p);
  return page.map((doc) => [`# ${doc.title}`, lead(doc), ...doc.blocks.map(block)].join('\n\n')).join('\n\n').concat('\n');
}

const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function asColumnsHtml() {
  const block = (b) => (b.h ? `<h2>${escape(b.h)}</h2>` : b.turn ? `<p><b>${escape(b.turn)}：</b>${escape(b.p)}</p>` : `<p>${escape(b.p)}</p>`);
  const docs = page.map((doc) => [`<h1>${escape(doc.title)}</h1>`, `<p class="lead">${escape(lead(doc))}</p>`, ...doc.blocks.map(block)].join('\n'));
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 18mm 16mm; }
body { font-family: 'Noto Serif CJK SC', serif; font-size: 10.5pt; line-height: 1.6; columns: 2; column-gap: 10mm; column-rule: 0.5pt solid #999; }
h1 { font-size: 15pt; margin: 0 0 4pt; }
h2 { font-size: 11pt; margin: 6pt 0 2pt; }
p { margin: 0 0 4pt; text-indent: 2em; text-align: justify; }
p.lead { text-indent: 0; text-align: center; }
</style></head><body>
${docs.join('\n')}
</body></html>`;
}

async function asStyledDocx() {
  const children = page.flatMap((doc) => [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(doc.title)] }),
    new Paragraph({ children: [new TextRun(lead(doc))] }),
    ...doc.blocks.map((b) =>
      b.h
        ? new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(b.h)] })
        : new Paragraph({ children: [...(b.turn ? [new TextRun({ text: `${b.turn}：`, bold: true })] : []), new TextRun(b.p)] }),
    ),
  ]);
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

const work = mkdtempSync(join(tmpdir(), 'format-fixtures-'));
try {
  writeFileSync(join(out, 'page.txt'), asText());
  writeFileSync(join(out, 'page.md'), asMarkdown());
  writeFileSync(join(out, 'page-word-styles.docx'), await asStyledDocx());

  execFileSync('soffice', ['--headless', '--infilter=Text (encoded):UTF8,,,', '--convert-to', 'docx', '--outdir', work, join(out, 'page.txt')], {
    stdio: 'inherit',
    env: { ...process.env, HOME: work },
  });
  renameSync(join(work, 'page.docx'), join(out, 'page-libreoffice.docx'));

  const html = join(work, 'columns.html');
  writeFileSync(html, asColumnsHtml());
  const pdf = join(work, 'columns.pdf');
  execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(work, 'profile')}`, `--print-to-pdf=${pdf}`, `file://${html}`], { stdio: 'inherit' });
  renameSync(pdf, join(out, 'page-two-column.pdf'));
  console.log(readdirSync(out).join('\n'));
} finally {
  rmSync(work, { recursive: true, force: true });
}
