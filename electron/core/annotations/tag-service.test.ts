import { describe, expect, it } from 'vitest';
import type { ApiError } from '@contract/errors.ts';
import { createAnnotation, deleteAnnotation, listAnnotations } from './annotation-service.ts';
import { codeOf, sampleLibrary } from './library.test-helper.ts';
import { createTag, deleteTag, listTags, mergeTags, updateTag } from './tag-service.ts';

function tagged() {
  const lib = sampleLibrary();
  const documentId = lib.docs[0]!.id;
  const a = createTag(lib.db, '重点', '#FF0000');
  const b = createTag(lib.db, '要点', '#00ff00');
  const note = (tagIds: number[]) => createAnnotation(lib.db, { documentId, kind: 'note', note: 'n', tagIds });
  return { ...lib, a, b, onlyA: note([a.id]), onlyB: note([b.id]), both: note([a.id, b.id]) };
}

describe('tags', () => {
  it('are created trimmed, with a lower-case colour, and listed by name with their counts', () => {
    const { db, a, b } = tagged();
    expect(a).toMatchObject({ name: '重点', color: '#ff0000', count: 0 });
    expect(listTags(db)).toEqual([
      { id: b.id, name: '要点', color: '#00ff00', count: 2 },
      { id: a.id, name: '重点', color: '#ff0000', count: 2 },
    ]);
    expect(createTag(db, '  Exam  ', '#000000').name).toBe('Exam');
  });

  it('have unique names, whatever the case or width', () => {
    const { db } = tagged();
    createTag(db, 'PPT', '#000000');
    for (const name of ['ppt', 'ＰＰＴ', ' PPT ', '重点']) {
      const err = (() => {
        try {
          createTag(db, name, '#000000');
        } catch (e) {
          return e as ApiError;
        }
      })();
      expect(err?.code, name).toBe('tag_exists');
      expect(err?.payload.message['zh-CN']).toContain('已有名为');
    }
    expect(codeOf(() => createTag(db, '', '#000000'))).toBe('invalid_argument');
    expect(codeOf(() => createTag(db, '甲\n乙', '#000000'))).toBe('invalid_argument');
    expect(codeOf(() => createTag(db, '字'.repeat(41), '#000000'))).toBe('invalid_argument');
    expect(codeOf(() => createTag(db, '新', 'red'))).toBe('invalid_argument');
  });

  it('are renamed and recoloured; a name may change case but not take another tag’s', () => {
    const { db, a, b } = tagged();
    expect(updateTag(db, a.id, { name: '核心' })).toMatchObject({ name: '核心', color: '#ff0000', count: 2 });
    expect(updateTag(db, a.id, { color: '#0000AA' })).toMatchObject({ name: '核心', color: '#0000aa' });
    createTag(db, 'word', '#000000');
    const word = listTags(db).find((t) => t.name === 'word')!;
    expect(updateTag(db, word.id, { name: 'Word' }).name).toBe('Word');
    expect(codeOf(() => updateTag(db, a.id, { name: '要点' }))).toBe('tag_exists');
    expect(codeOf(() => updateTag(db, 999, { color: '#000000' }))).toBe('not_found');
    expect(listTags(db).find((t) => t.id === b.id)?.name).toBe('要点');
  });

  it('merge: the source’s annotations get the target once, the source is gone', () => {
    const { db, a, b, onlyA, onlyB, both } = tagged();
    deleteAnnotation(db, onlyA.id);
    expect(mergeTags(db, a.id, b.id)).toMatchObject({ id: b.id, name: '要点', count: 2 });
    expect(listTags(db).map((t) => t.id)).toEqual([b.id]);
    const tagsOf = (id: number) => listAnnotations(db, { deleted: id === onlyA.id }).find((x) => x.id === id)?.tags.map((t) => t.id);
    expect(tagsOf(onlyA.id)).toEqual([b.id]);
    expect(tagsOf(onlyB.id)).toEqual([b.id]);
    expect(tagsOf(both.id)).toEqual([b.id]);
    expect(db.prepare('SELECT count(*) FROM annotation_tags').pluck().get()).toBe(3);
    expect(codeOf(() => mergeTags(db, b.id, b.id))).toBe('invalid_argument');
    expect(codeOf(() => mergeTags(db, a.id, b.id))).toBe('not_found');
  });

  it('delete: the annotations stay, without the tag', () => {
    const { db, a, b, onlyA, both } = tagged();
    expect(deleteTag(db, a.id)).toEqual({ deleted: true });
    expect(deleteTag(db, a.id)).toEqual({ deleted: false });
    const annotations = listAnnotations(db, {});
    expect(annotations).toHaveLength(3);
    expect(annotations.find((x) => x.id === onlyA.id)?.tags).toEqual([]);
    expect(annotations.find((x) => x.id === both.id)?.tags.map((t) => t.id)).toEqual([b.id]);
  });
});
