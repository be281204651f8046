import type { Language } from '../schema/language-schema';
import { en } from './en';
import { type MessageKey, type Messages, nb } from './nb';
import { nn } from './nn';

export type { MessageKey, Messages };

export const MESSAGES: Record<Language, Messages> = { nb, nn, en };

/** The message for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export function t(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = MESSAGES[lang][key];
  return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
}
