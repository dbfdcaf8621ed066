import { describe, expect, it } from 'vitest';
import { annotations, documentNote, sampleInput } from './fixtures.test-helper.ts';
import { ANNOTATION_CONTEXT, renderJsonLd, type AnnotationCollection, type WebAnnotation } from './jsonld.ts';
import { buildExportModel } from './model.ts';

const generated = new Date('2024-08-21T08:00:00.000Z');

async function collection(groupBy: 'document' | 'tag' = 'tag'): Promise<AnnotationCollection> {
  return JSON.parse(await renderJsonLd(buildExportModel(sampleInput(), { groupBy }), { generated })) as AnnotationCollection;
}

const byId = (c: AnnotationCollection, id: number): WebAnnotation => c.first.items.find((a) => a.id === `urn:briefing:annotation:${id}`)!;

describe('W3C Web Annotation JSON-LD', () => {
  it('is one AnnotationCollection whose first page holds every annotation once', async () => {
    const c = await collection('tag');
    expect(c).toMatchObject({
      '@context': ANNOTATION_CONTEXT,
      id: 'urn:briefing:session:1',
      type: 'AnnotationCollection',
      label: '产业工人队伍建设改革专题培训学习笔记',
      creator: { type: 'Person', name: '李晓红' },
      generated: '2024-08-21T08:00:00.000Z',
      total: annotations.length,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(c.first.items).toHaveLength(annotations.length);
  });

  it('targets the document by its URN with the quote and position selectors, and carries the note and tags as bodies', async () => {
    const a = annotations[0]!;
    expect(byId(await collection(), a.id)).toEqual({
      id: a.uri,
      type: 'Annotation',
      motivation: 'highlighting',
      created: a.createdAt,
      modified: a.updatedAt,
      body: [
        { type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: '产改', purpose: 'tagging', 'schema:color': expect.stringMatching(/^#[0-9a-f]{6}$/i) as unknown },
        { type: 'TextualBody', value: '劳模精神', purpose: 'tagging', 'schema:color': expect.stringMatching(/^#[0-9a-f]{6}$/i) as unknown },
      ],
      target: {
        source: 'urn:briefing:doc:101',
        selector: [a.quote, a.position],
        styleClass: 'highlight-yellow',
      },
      stylesheet: { type: 'CssStylesheet', value: '.highlight-yellow { background-color: #FDECA4; }' },
    });
    expect(a.quote).toMatchObject({ type: 'TextQuoteSelector', exact: '投资80万元，打造企业高质量发展特训营' });
    expect(a.position).toMatchObject({ type: 'TextPositionSelector' });
  });

  it('calls a document note commenting and a bookmark bookmarking; neither has a colour', async () => {
    const c = await collection();
    const note = c.first.items.find((a) => a.motivation === 'commenting')!;
    expect(note.target).toEqual({ source: 'urn:briefing:doc:101' });
    expect(note.stylesheet).toBeUndefined();
    const bookmark = c.first.items.find((a) => a.motivation === 'bookmarking')!;
    expect(bookmark.body).toBeUndefined();
    expect(bookmark.target.styleClass).toBeUndefined();
  });

  it('keeps an orphan by its quote alone', async () => {
    const orphan = annotations.find((a) => a.status === 'orphan')!;
    expect(byId(await collection(), orphan.id).target.selector).toEqual([orphan.quote]);
  });

  it('states an underline in its ink', async () => {
    const underline = annotations.find((a) => a.style === 'underline' && a.color === 'green')!;
    expect(byId(await collection(), underline.id).stylesheet?.value).toBe('.underline-green { text-decoration: underline #2F855A; }');
  });

  it('reads back the same whatever the grouping, with no creator when the trainee is not named', async () => {
    expect((await collection('document')).first.items.map((a) => a.id).sort()).toEqual((await collection('tag')).first.items.map((a) => a.id).sort());
    const input = sampleInput({ annotations: [documentNote(2, '无')], cover: { title: 't', trainee: null, className: null, date: null, place: null } });
    const c = JSON.parse(await renderJsonLd(buildExportModel(input, { groupBy: 'document' }), { generated })) as AnnotationCollection;
    expect(c.creator).toBeUndefined();
    expect(c.total).toBe(1);
  });
});
