import { describe, expect, it } from 'vitest';
import { messages } from './messages.ts';

describe('the Chinese catalogue', () => {
  it('gives one action one name: grouping by document is 按文件 in the export and the session alike', () => {
    const zh = messages['zh-CN'];
    expect(zh.sessionGroupByDocument).toBe(zh.exportGroupBy_document);
  });
});
