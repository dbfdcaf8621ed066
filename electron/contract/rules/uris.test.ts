import { describe, expect, it } from 'vitest';
import { annotationUri, briefingUri, collectionUris, documentUri, idOfUri, sessionUri, uriPattern } from './uris.ts';

describe('URIs', () => {
  it('are written for each kind and read back', () => {
    expect(documentUri(12)).toBe('urn:briefing:doc:12');
    expect(briefingUri(3)).toBe('urn:briefing:pack:3');
    expect(annotationUri(7)).toBe('urn:briefing:annotation:7');
    expect(sessionUri(5)).toBe('urn:briefing:session:5');
    expect(idOfUri('doc', documentUri(12))).toBe(12);
    expect(idOfUri('briefing', briefingUri(3))).toBe(3);
    expect(idOfUri('session', sessionUri(5))).toBe(5);
    expect(collectionUris.document(2)).toBe('urn:briefing:annotations:doc:2');
  });

  it('read only the kind asked for, whole, with an id that stays exact', () => {
    expect(idOfUri('doc', briefingUri(3))).toBeNull();
    expect(idOfUri('doc', 'urn:briefing:doc:')).toBeNull();
    expect(idOfUri('doc', 'urn:briefing:doc:1x')).toBeNull();
    expect(idOfUri('doc', ' urn:briefing:doc:1')).toBeNull();
    expect(idOfUri('doc', `urn:briefing:doc:${'9'.repeat(16)}`)).toBeNull();
    expect(uriPattern('doc').test('urn:briefing:doc:42')).toBe(true);
    expect(uriPattern('doc').test('urn:briefing:doc:42\n')).toBe(false);
  });
});
