import type { IpcMain } from 'electron';
import type { ShellCommand } from '@contract/shell.ts';
import { shellChannel, shellReadyChannel } from './ipc-channel.ts';
import { isTrustedSender } from './security.ts';

/** What the channel needs of the window's WebContents. */
export interface PageContents {
  send(channel: string, ...args: unknown[]): void;
  on(event: 'did-start-loading', listener: () => void): unknown;
}

export interface ShellChannel {
  /** Sends now if the page listens, else holds the command until it does. */
  send(command: ShellCommand): void;
  /** The window whose page receives commands; a reload makes it listen anew. */
  attach(contents: PageContents): void;
}

/**
 * Commands can come before the page listens: a file double-clicked to start the app,
 * or a macOS open-file while the window loads. They wait, in order, for the page.
 */
export function createShellChannel(ipcMain: Pick<IpcMain, 'on'>): ShellChannel {
  let contents: PageContents | null = null;
  let listening = false;
  const waiting: ShellCommand[] = [];

  ipcMain.on(shellReadyChannel, (event) => {
    if (!contents || !isTrustedSender(event.senderFrame)) return;
    listening = true;
    for (const command of waiting.splice(0)) contents.send(shellChannel, command);
  });

  return {
    send(command) {
      if (contents && listening) contents.send(shellChannel, command);
      else waiting.push(command);
    },
    attach(target) {
      contents = target;
      listening = false;
      target.on('did-start-loading', () => (listening = false));
    },
  };
}
