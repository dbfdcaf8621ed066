import { describe, expect, it, vi } from 'vitest';
import type { BriefingShell, ShellCommand } from '@contract/shell.ts';
import { connectShell, onShellCommand } from './shell-commands.ts';

function fakeShell() {
  let push: ((c: ShellCommand) => void) | null = null;
  const stop = vi.fn(() => (push = null));
  const shell: BriefingShell = {
    onCommand(listener) {
      push = listener;
      return stop;
    },
  };
  return { shell, stop, push: (c: ShellCommand) => push?.(c) };
}

describe('shell commands in the page', () => {
  it('reach every view that listens, until it stops', () => {
    const { shell, push, stop } = fakeShell();
    const disconnect = connectShell(shell);
    const reader = vi.fn();
    const notes = vi.fn();
    const stopReader = onShellCommand(reader);
    const stopNotes = onShellCommand(notes);
    push({ type: 'find' });
    stopReader();
    push({ type: 'export' });
    expect(reader.mock.calls).toEqual([[{ type: 'find' }]]);
    expect(notes.mock.calls).toEqual([[{ type: 'find' }], [{ type: 'export' }]]);
    stopNotes();
    disconnect();
    expect(stop).toHaveBeenCalledOnce();
  });

  it('are simply absent without the desktop shell', () => {
    expect(() => connectShell(undefined)()).not.toThrow();
  });
});
