import { describe, expect, it } from 'vitest';
import { formatMessage } from './format-message.ts';

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones as written', () => {
    expect(formatMessage('《{title}》，¶{n}', { title: '标题', n: 3 }, 'zh-CN')).toBe('《标题》，¶3');
    expect(formatMessage('{missing}', {}, 'en')).toBe('{missing}');
  });

  it('says 1 document but 0, 2 and 1,000 documents in English', () => {
    const message = '{count} {count|document|documents}';
    expect(formatMessage(message, { count: 1 }, 'en')).toBe('1 document');
    expect(formatMessage(message, { count: 0 }, 'en')).toBe('0 documents');
    expect(formatMessage(message, { count: 2 }, 'en')).toBe('2 documents');
    expect(formatMessage(message, { count: '1,000' }, 'en')).toBe('1,000 documents');
    expect(formatMessage(message, { count: '1,000+' }, 'en')).toBe('1,000+ documents');
  });

  it('picks by the number each form names, when a message counts two things', () => {
    expect(formatMessage('{b} {b|briefing|briefings} and {c} {c|annotation|annotations}', { b: 1, c: 3 }, 'en')).toBe('1 briefing and 3 annotations');
  });
});
