import { getContext } from 'svelte';
import type { BriefingApi } from '@contract/contract.ts';

const key = Symbol('briefing-api');

/** What `mount` is given so every component below can reach the API with {@link useApi}. */
export const apiContext = (api: BriefingApi): Map<symbol, BriefingApi> => new Map([[key, api]]);

/** The API (`window.briefing` or the browser host's), from the context the app was mounted with. */
export function useApi(): BriefingApi {
  const api = getContext<BriefingApi | undefined>(key);
  if (!api) throw new Error('useApi() outside a component mounted with apiContext()');
  return api;
}
