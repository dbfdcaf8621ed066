import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '@db/open.ts';
import { listDocuments } from '@db/queries/library.ts';
import { createAnnotation, listAnnotations } from '@core/annotations/annotation-service.ts';
import { fixtureText, rangeOf } from '@core/annotations/library.test-helper.ts';
import { getReanchorReport } from '@core/annotations/reanchor-service.ts';
import { createTag } from '@core/annotations/tag-service.ts';
import { cli } from './cli.test-helper.ts';

describe('briefing import --replace', () => {
  it('keeps the annotations of the briefing it replaces, re-anchored in the corrected text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-annotations-'));
    const db = join(dir, 'library.sqlite3');
    expect((await cli(['list', '--db', db])).code).toBe(0);

    const library = openLibrary(db).db;
    const [xian, hancheng] = listDocuments(library, 1).map((d) => d.id) as [number, number];
    const tag = createTag(library, '重点', '#cc0000');
    const kept = createAnnotation(library, { documentId: xian, kind: 'highlight', range: rangeOf(library, xian, '成立以党工委领导为组长'), note: '要点\n第二行', tagIds: [tag.id] });
    const fixed = createAnnotation(library, { documentId: hancheng, kind: 'highlight', range: rangeOf(library, hancheng, '企业劳动合同签订率达95%'), note: '数字' });
    const lost = createAnnotation(library, { documentId: hancheng, kind: 'highlight', range: rangeOf(library, hancheng, '推行工人疗养制度'), note: '疗养' });
    library.close();

    const corrected = join(dir, 'corrected.txt');
    writeFileSync(
      corrected,
      fixtureText
        .replace('近年来,在党工委管委会', '本文根据会议录音整理。\n\n近年来,在党工委管委会')
        .replace('签订率达95%', '签订率达96%')
        .replace('推行工人疗养制度,先后组织200多人次劳模先进行疗休养。', ''),
    );
    const { code, out } = await cli(['import', corrected, '--replace', 'urn:briefing:pack:1', '--db', db]);
    expect(code).toBe(0);
    expect(out).toContain('urn:briefing:pack:1');

    const after = openLibrary(db).db;
    expect(listDocuments(after, 1).map((d) => d.id).slice(0, 2)).toEqual([xian, hancheng]);
    const annotations = new Map(listAnnotations(after, {}).map((a) => [a.id, a]));
    expect(annotations.size).toBe(3);
    expect(annotations.get(kept.id)).toMatchObject({ status: 'anchored', documentId: xian, note: '要点\n第二行', tags: [{ id: tag.id, name: '重点' }], paragraph: 3 });
    expect(annotations.get(fixed.id)).toMatchObject({ status: 'anchored', quote: { exact: '企业劳动合同签订率达96%' }, note: '数字' });
    expect(annotations.get(lost.id)).toMatchObject({ status: 'orphan', range: null, quote: { exact: '推行工人疗养制度' }, note: '疗养' });
    expect(getReanchorReport(after, 1)).toMatchObject({ stayed: 0, moved: 2, orphaned: 1 });
    after.close();
  });
});
