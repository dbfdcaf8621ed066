import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { importFile } from '../import/import-service.ts';
import { parseFile } from '../import/parse/index.ts';
import { visiblePayloads, xssDocx, xssHtml, xssMarkdown } from './xss-payloads.test-helper.ts';

const files = {
  'xss.html': { bytes: new TextEncoder().encode(xssHtml), visible: visiblePayloads.html },
  'xss.md': { bytes: new TextEncoder().encode(xssMarkdown), visible: [] as readonly string[] },
  'xss.docx': { bytes: xssDocx(), visible: visiblePayloads.docx },
};

describe('imported HTML, Markdown and Word never carry script', () => {
  it.each(Object.entries(files))('%s: markup is reduced to text and structure; escaped payloads stay as the words they are', async (name, file) => {
    const { db } = openLibrary(':memory:');
    const { briefingId } = await importFile(db, (bytes, fileName) => parseFile(bytes, fileName), file.bytes, name, { locale: 'zh-CN' });
    const texts = db
      .prepare(
        `SELECT title FROM documents WHERE briefing_id = @id
         UNION ALL SELECT b.text FROM blocks b JOIN documents d ON d.id = b.document_id WHERE d.briefing_id = @id`,
      )
      .pluck()
      .all({ id: briefingId }) as string[];
    expect(texts.length).toBeGreaterThan(2);
    for (const visible of file.visible) expect(texts).toContain(visible);
    // Outside the words the author escaped, nothing of the markup is left: no tag, no
    // handler, no script URL, no script body. (`<scr<script>ipt>alert(1)` leaves the
    // words `ipt>alert(1)`, as it does in a browser's text: words, not markup.)
    const rest = texts.map((t) => file.visible.reduce((left, v) => left.replace(v, ''), t));
    for (const text of rest) expect(text).not.toMatch(/<[a-z!/?]|\bon[a-z]+\s*=|javascript:|__pwned/iu);
  });

  it('the renderer shows text as text: no {@html} and no innerHTML anywhere in it', () => {
    const root = join(import.meta.dirname, '..', '..', '..', 'renderer', 'src');
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(svelte|ts)$/u.test(f) && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/\{@html|innerHTML|outerHTML|insertAdjacentHTML/u);
  });
});
