import { describe, expect, it } from 'vitest';
import { openLibrary, type Database } from '@db/open.ts';
import { listDocuments } from '@db/queries/library.ts';
import { insertBriefing } from '@db/queries/store-briefing.ts';
import type { Annotation } from '@contract/contract.ts';
import { ApiError } from '@contract/errors.ts';
import type { AnnotationCollection } from '../export/index.ts';
import { createAnnotation, listAnnotations } from './annotation-service.ts';
import { exportAnnotationsJsonLd, importAnnotationsJsonLd, parseAnnotationFile } from './interchange.ts';
import { briefingOf, documentText, fixtureText, rangeOf, textAt } from './library.test-helper.ts';
import { createTag, listTags } from './tag-service.ts';

/** The sample briefing with a character outside the BMP before the annotated passages. */
const astralText = fixtureText.replace('近年来,在党工委管委会', '近年来,𠀀在党工委管委会');

function library(): { db: Database; docs: number[] } {
  const { db } = openLibrary(':memory:');
  const briefingId = insertBriefing(db, briefingOf(astralText));
  return { db, docs: listDocuments(db, briefingId).map((d) => d.id) };
}

/** What makes two annotations the same to the user (ids aside). */
const meaning = (a: Annotation) => ({
  documentId: a.documentId,
  kind: a.kind,
  style: a.style,
  color: a.color,
  range: a.range,
  quote: a.quote,
  position: a.position,
  note: a.note,
  tags: a.tags.map((t) => ({ name: t.name, color: t.color })),
  status: a.status,
  paragraph: a.paragraph,
  headingPath: a.headingPath,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

describe('W3C JSON-LD interchange', () => {
  it('round-trips every annotation into a fresh library with the same briefing, positions in code points', async () => {
    const { db, docs } = library();
    const [xian, hancheng] = docs as [number, number];
    const key = createTag(db, '重点', '#cc0000');
    const idea = createTag(db, '心得', '#336699');
    createAnnotation(db, { documentId: xian, kind: 'highlight', range: rangeOf(db, xian, '成立以党工委领导为组长'), note: '要点\n第二行', tagIds: [key.id, idea.id], color: 'pink' });
    createAnnotation(db, { documentId: xian, kind: 'highlight', style: 'underline', color: 'green', range: rangeOf(db, xian, '𠀀在党工委管委会') });
    createAnnotation(db, { documentId: xian, kind: 'bookmark', range: rangeOf(db, xian, '联合宣传文旅局') });
    createAnnotation(db, { documentId: xian, kind: 'note', note: '整篇的体会', tagIds: [idea.id] });
    createAnnotation(db, { documentId: hancheng, kind: 'highlight', color: 'blue', range: rangeOf(db, hancheng, '推行工人疗养制度'), note: '疗养' });
    const before = listAnnotations(db, {});
    expect(before).toHaveLength(5);

    const json = await exportAnnotationsJsonLd(db);
    const collection = JSON.parse(json) as AnnotationCollection;
    expect(collection.total).toBe(5);
    const passage = '成立以党工委领导为组长';
    const text = documentText(db, xian).text;
    const exported = collection.first.items.find((a) => a.target.selector?.some((s) => s.type === 'TextQuoteSelector' && s.exact === passage))!;
    const position = exported.target.selector?.find((s) => s.type === 'TextPositionSelector');
    // One character before the passage lies outside the BMP: one code point, two UTF-16 units.
    expect(position).toEqual({ type: 'TextPositionSelector', start: text.indexOf(passage) - 1, end: text.indexOf(passage) - 1 + passage.length });
    expect(exported.body).toContainEqual({ type: 'TextualBody', value: '重点', purpose: 'tagging', 'schema:color': '#cc0000' });

    const fresh = library();
    expect(importAnnotationsJsonLd(fresh.db, JSON.parse(json))).toEqual({ imported: 5, orphaned: 0, skipped: [] });
    expect(listAnnotations(fresh.db, {}).map(meaning)).toEqual(before.map(meaning));
    expect(listTags(fresh.db).map((t) => [t.name, t.color])).toEqual(listTags(db).map((t) => [t.name, t.color]));
    // And out again the same, but for the annotations' own ids.
    const again = JSON.parse(await exportAnnotationsJsonLd(fresh.db)) as AnnotationCollection;
    const strip = (c: AnnotationCollection) => c.first.items.map(({ id: _id, ...rest }) => rest);
    expect(strip(again)).toEqual(strip(collection));
  });

  it('anchors a hand-written file of quote selectors, fuzzily where the quote differs, and keeps what it cannot place', () => {
    const { db, docs } = library();
    const [xian] = docs as [number];
    const text = documentText(db, xian).text;
    const passage = '大力组织区内企业参加全国、省、市劳模';
    const at = text.indexOf(passage);
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          body: { type: 'TextualBody', value: '原文', purpose: 'commenting' },
          target: { source: `urn:briefing:doc:${xian}`, selector: { type: 'TextQuoteSelector', exact: '成立以党工委领导为组长' } },
        },
        {
          type: 'Annotation',
          motivation: 'highlighting',
          body: [{ type: 'TextualBody', value: '另一工具所记', purpose: 'commenting' }, { type: 'TextualBody', value: '外来', purpose: 'tagging' }],
          target: {
            source: `urn:briefing:doc:${xian}`,
            selector: [{ type: 'TextQuoteSelector', exact: passage.replace('区内', '区里'), prefix: text.slice(at - 12, at), suffix: text.slice(at + passage.length, at + passage.length + 12) }],
          },
        },
        { type: 'Annotation', bodyValue: '找不到的段落', target: { source: `urn:briefing:doc:${xian}`, selector: [{ type: 'TextQuoteSelector', exact: '这段文字在简报里根本不存在，也不相近' }] } },
        { id: 'x:1', type: 'Annotation', target: { source: 'https://example.org/page', selector: { type: 'TextQuoteSelector', exact: '示例' } } },
        { id: 'x:2', type: 'Annotation', target: 'urn:briefing:doc:999' },
      ],
    };
    expect(importAnnotationsJsonLd(db, file)).toEqual({
      imported: 3,
      orphaned: 1,
      skipped: [
        { annotation: 'x:1', source: 'https://example.org/page', reason: 'foreign-source' },
        { annotation: 'x:2', source: 'urn:briefing:doc:999', reason: 'missing-document' },
      ],
    });
    const [exact, fuzzy, orphan] = listAnnotations(db, { documentId: xian }).sort((a, b) => a.id - b.id) as [Annotation, Annotation, Annotation];
    expect(exact).toMatchObject({ kind: 'highlight', style: 'highlight', color: 'yellow', status: 'anchored', note: '原文' });
    expect(textAt(db, xian, exact.range)).toBe('成立以党工委领导为组长');
    expect(fuzzy).toMatchObject({ status: 'anchored', note: '另一工具所记', tags: [{ name: '外来', color: '#888888' }] });
    expect(textAt(db, xian, fuzzy.range)).toBe(passage);
    expect(orphan).toMatchObject({ status: 'orphan', range: null, note: '找不到的段落', quote: { exact: '这段文字在简报里根本不存在，也不相近' } });
  });

  it('refuses what is not W3C annotations with a clear error, leaving the library unchanged', () => {
    const { db, docs } = library();
    const good = { type: 'Annotation', target: { source: `urn:briefing:doc:${docs[0]!}`, selector: { type: 'TextQuoteSelector', exact: '成立以党工委领导为组长' } } };
    const refused = (run: () => unknown): string => {
      try {
        run();
      } catch (err) {
        expect(err).toBeInstanceOf(ApiError);
        return (err as ApiError).payload.message.en;
      }
      throw new Error('not refused');
    };
    expect(refused(() => parseAnnotationFile('{ not json'))).toContain('not valid JSON');
    expect(refused(() => importAnnotationsJsonLd(db, 42))).toContain('not a W3C Web Annotation');
    expect(refused(() => importAnnotationsJsonLd(db, { type: 'AnnotationCollection', first: { items: [good, { type: 'Annotation' }] } }))).toContain('annotation 2: target');
    // A failure half-way (a tag name no library can hold) undoes the annotations before it.
    const badTag = { ...good, body: { type: 'TextualBody', purpose: 'tagging', value: '字'.repeat(41) } };
    expect(refused(() => importAnnotationsJsonLd(db, [good, badTag]))).toContain('tag name');
    expect(listAnnotations(db, {})).toEqual([]);
    expect(listTags(db)).toEqual([]);
  });
});
