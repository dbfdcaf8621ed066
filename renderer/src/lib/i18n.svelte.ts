import type { Locale } from '@contract/contract.ts';
import { toApiError } from '@contract/client.ts';
import { messages, type MessageKey } from './messages.ts';

export const i18n = $state<{ locale: Locale }>({ locale: 'zh-CN' });

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[i18n.locale][key].replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}

/** The user-facing sentence for any failed API call, in the current language. */
export function describeError(err: unknown): string {
  return toApiError(err).payload.message[i18n.locale];
}
