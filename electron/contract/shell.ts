/**
 * The desktop shell's pushes to the renderer: menu commands and files opened from the
 * system. Requests still go renderer → core through `window.briefing`; this is the one
 * channel the other way, exposed by the preload as `window.briefingShell` and absent in
 * the browser host.
 */
export type ShellCommand =
  /** A file the user opened (File → Open, recent list, file association). `bytes` is null past the import limit. */
  | { type: 'import'; name: string; size: number; bytes: Uint8Array | null }
  | { type: 'find' }
  | { type: 'search' }
  | { type: 'export' }
  | { type: 'go'; to: ShellDestination };

export type ShellDestination = 'library' | 'notes' | 'sessions';

export interface BriefingShell {
  /** Calls `listener` for each command; the returned function stops it. */
  onCommand(listener: (command: ShellCommand) => void): () => void;
}

const destinations: readonly string[] = ['library', 'notes', 'sessions'] satisfies ShellDestination[];

/** Checked in the preload: only a well-formed command ever reaches the page. */
export function isShellCommand(value: unknown): value is ShellCommand {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  switch (c.type) {
    case 'find':
    case 'search':
    case 'export':
      return Object.keys(c).length === 1;
    case 'go':
      return Object.keys(c).length === 2 && typeof c.to === 'string' && destinations.includes(c.to);
    case 'import':
      return (
        typeof c.name === 'string' &&
        c.name.length > 0 &&
        c.name.length <= 255 &&
        Number.isSafeInteger(c.size) &&
        (c.size as number) >= 0 &&
        (c.bytes === null || (c.bytes instanceof Uint8Array && c.bytes.length === c.size))
      );
    default:
      return false;
  }
}
