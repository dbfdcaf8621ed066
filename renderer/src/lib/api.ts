import { createClient } from '@contract/client.ts';
import type { BriefingApi } from '@contract/contract.ts';
import { httpCall } from './http-transport.ts';

declare global {
  interface Window {
    briefing?: BriefingApi;
  }
}

/**
 * `window.briefing` is the renderer's only way to the core. The desktop preload
 * provides it over IPC; in a plain browser it is installed here over HTTP.
 */
export function connectApi(): BriefingApi {
  window.briefing ??= createClient(httpCall);
  return window.briefing;
}
