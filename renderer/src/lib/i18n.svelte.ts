import type { Locale } from '@contract/contract.ts';
import { toApiError } from '@contract/client.ts';
import { formatMessage } from './format-message.ts';
import { messages, type MessageKey } from './messages.ts';

export const i18n = $state<{ locale: Locale }>({ locale: 'zh-CN' });

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(messages[i18n.locale][key], params, i18n.locale);
}

/** The user-facing sentence for any failed API call, in the current language. */
export function describeError(err: unknown): string {
  return toApiError(err).payload.message[i18n.locale];
}
