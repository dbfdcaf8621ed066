import { describe, expect, it } from 'vitest';
import { isShellCommand } from './shell.ts';

describe('shell commands', () => {
  it('accepts each well-formed command', () => {
    for (const command of [
      { type: 'find' },
      { type: 'search' },
      { type: 'export' },
      { type: 'go', to: 'library' },
      { type: 'go', to: 'sessions' },
      { type: 'import', name: '简报.txt', size: 3, bytes: new Uint8Array([1, 2, 3]) },
      { type: 'import', name: 'huge.pdf', size: 70_000_000, bytes: null },
    ]) {
      expect(isShellCommand(command), JSON.stringify(command)).toBe(true);
    }
  });

  it('refuses anything else', () => {
    for (const command of [
      null,
      'find',
      { type: 'eval', code: '1' },
      { type: 'find', extra: 1 },
      { type: 'go', to: 'https://evil.example/' },
      { type: 'go', to: 'library', then: 'x' },
      { type: 'import', name: '', size: 0, bytes: new Uint8Array() },
      { type: 'import', name: 'a.txt', size: 5, bytes: new Uint8Array(3) },
      { type: 'import', name: 'a.txt', size: -1, bytes: null },
      { type: 'import', name: 'a.txt', size: 3, bytes: [1, 2, 3] },
      { type: 'import', name: 'x'.repeat(256), size: 0, bytes: null },
    ]) {
      expect(isShellCommand(command), JSON.stringify(command)).toBe(false);
    }
  });
});
