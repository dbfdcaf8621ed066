import { describe, expect, it } from 'vitest';
import { tagNameKey } from './tag-names.ts';

describe('tagNameKey', () => {
  it('folds width, case and surrounding spaces', () => {
    expect(tagNameKey('ＰＰＴ')).toBe('ppt');
    expect(tagNameKey(' PPT\u3000')).toBe('ppt');
    expect(tagNameKey('产改')).toBe('产改');
  });

  it('keeps names apart that differ inside', () => {
    expect(tagNameKey('P PT')).not.toBe(tagNameKey('PPT'));
    expect(tagNameKey('产改一')).not.toBe(tagNameKey('产改'));
  });
});
