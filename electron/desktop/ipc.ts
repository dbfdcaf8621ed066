import type { IpcMain } from 'electron';
import type { Dispatch } from '@contract/dispatcher.ts';
import { errorPayload } from '@contract/errors.ts';
import { apiChannel } from './ipc-channel.ts';
import { isTrustedSender } from './security.ts';

/** Answers API calls from the app's own frame only; anything else gets `forbidden`. */
export function registerApi(ipcMain: IpcMain, dispatch: Dispatch): void {
  ipcMain.handle(apiChannel, (event, method: unknown, arg: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: errorPayload('forbidden', { why: 'sender' }) };
    }
    return dispatch(method, arg);
  });
}
