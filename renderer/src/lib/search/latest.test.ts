import { describe, expect, it } from 'vitest';
import { createLatest } from './latest.ts';

describe('createLatest', () => {
  it('keeps only the newest search current, whatever order the answers come in', () => {
    const latest = createLatest();
    const first = latest.begin();
    const second = latest.begin();
    expect(second()).toBe(true);
    expect(first()).toBe(false);
  });

  it('lets a further page through until the next search begins', () => {
    const latest = createLatest();
    latest.begin();
    const more = latest.continue();
    expect(more()).toBe(true);
    latest.begin();
    expect(more()).toBe(false);
  });

  it('does not let a further page make the search it continues stale', () => {
    const latest = createLatest();
    const search = latest.begin();
    latest.continue();
    expect(search()).toBe(true);
  });
});
