import { describe, expect, it } from 'vitest';
import type { Annotation, DocumentSummary, SessionItem, TagRef } from '@contract/contract.ts';
import { groupItems, itemLabel, moveGroup, moveItemTo, swapItems } from './session-items.ts';

const tag = (id: number, name: string): TagRef => ({ id, name, color: '#000000' });

function note(id: number, documentId: number, tags: TagRef[], text = `笔记${id}`): SessionItem {
  const annotation = { id, documentId, tags, note: text, quote: null } as unknown as Annotation;
  return { id: id * 10, kind: 'annotation', annotation };
}

function whole(id: number, title: string): SessionItem {
  return { id: id * 100, kind: 'document', document: { id, title } as DocumentSummary };
}

describe('session items', () => {
  const key = tag(1, '重点');
  const exam = tag(2, '考试');
  const items = [note(1, 5, [key]), whole(6, '讲话'), note(2, 6, []), note(3, 5, [exam, key])];

  it('group by document in the order each first appears, whole documents with their annotations', () => {
    expect(groupItems(items, 'document').map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['d5', [10, 30]],
      ['d6', [600, 20]],
    ]);
  });

  it('move a whole group past its neighbour, its items together and in their order', () => {
    const groups = groupItems(items, 'document');
    expect(moveGroup(groups, 1, -1)).toEqual([600, 20, 10, 30]);
    expect(moveGroup(groups, 0, 1)).toEqual([600, 20, 10, 30]);
    expect(moveGroup(groups, 0, -1)).toEqual([10, 30, 600, 20]);
  });

  it('group by an annotation’s first tag, with the untagged and whole documents apart', () => {
    expect(groupItems(items, 'tag').map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ['t1', [10]],
      ['documents', [600]],
      ['untagged', [20]],
      ['t2', [30]],
    ]);
  });

  it('move an item before the target when moving up and after it when moving down', () => {
    expect(moveItemTo([1, 2, 3, 4], 4, 2)).toEqual([1, 4, 2, 3]);
    expect(moveItemTo([1, 2, 3, 4], 1, 3)).toEqual([2, 3, 1, 4]);
    expect(moveItemTo([1, 2, 3], 2, 2)).toEqual([1, 2, 3]);
    expect(moveItemTo([1, 2, 3], 9, 2)).toEqual([1, 2, 3]);
    expect(swapItems([1, 2, 3, 4], 4, 2)).toEqual([1, 4, 3, 2]);
  });

  it('name an item by its passage, note or document, cut short', () => {
    expect(itemLabel(note(1, 5, [], '  一段\n很长很长很长很长很长很长很长很长很长很长很长的笔记 '), () => '')).toBe('一段 很长很长很长很长很长很长很长很长很长很长很…');
    expect(itemLabel(whole(6, '讲话'), () => '')).toBe('讲话');
    expect(itemLabel(note(1, 5, [], ''), () => '某文档')).toBe('某文档');
  });
});
