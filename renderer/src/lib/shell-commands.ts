import type { BriefingShell, ShellCommand } from '@contract/shell.ts';

declare global {
  interface Window {
    /** The desktop shell's menu commands and opened files; absent in a plain browser. */
    briefingShell?: BriefingShell;
  }
}

type Listener = (command: ShellCommand) => void;

const listeners = new Set<Listener>();

/**
 * Views that act on a shell command (the reader's find, a page's export) listen while
 * they are shown; returns the function that stops listening, for an `$effect`.
 */
export function onShellCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Passes each of the shell's commands to whichever views listen; a no-op in the browser. */
export function connectShell(shell: BriefingShell | undefined): () => void {
  return shell?.onCommand((command) => [...listeners].forEach((l) => l(command))) ?? (() => {});
}
