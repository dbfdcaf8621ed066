import { describe, expect, it } from 'vitest';
import type { ReanchorReport } from '@contract/contract.ts';
import { isUnseen, markSeen } from './reanchor-seen.ts';

const report = (at: string, moved = 1): ReanchorReport => ({ briefingId: 3, at, stayed: 2, moved, orphaned: 0, items: [] });

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('re-import reports', () => {
  it('are shown until seen, and again only when a newer one comes', () => {
    const storage = memoryStorage();
    const first = report('2025-03-01T10:00:00.000Z');
    expect(isUnseen(first, storage)).toBe(true);
    markSeen(first, storage);
    expect(isUnseen(first, storage)).toBe(false);
    expect(isUnseen(report('2025-03-02T09:00:00.000Z'), storage)).toBe(true);
  });

  it('are not shown when there is none, or when every annotation stayed put', () => {
    expect(isUnseen(null, memoryStorage())).toBe(false);
    expect(isUnseen(report('2025-03-01T10:00:00.000Z', 0), memoryStorage())).toBe(false);
  });
});
