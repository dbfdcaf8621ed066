import type { Call } from '@contract/client.ts';
import type { Envelope } from '@contract/contract.ts';

/**
 * The browser host's transport. The launch token lives in an HttpOnly cookie the
 * host set, so it never touches script; the JSON content type forces a CORS
 * preflight, which the host refuses for any other origin.
 */
export const httpCall: Call = async (method, arg) => {
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(arg ?? {}),
  });
  return (await response.json()) as Envelope;
};
