import type { Language } from '../schema/language-schema';
import { en } from './en';
import { type MessageKey, type Messages, nb } from './nb';
import { nn } from './nn';

export type { MessageKey, Messages };

export const MESSAGES: Record<Language, Messages> = { nb, nn, en };

/** A `t(lang, key, vars)` over dictionaries in every language, with `{name}` placeholders filled from `vars`. */
export function translator<K extends string>(dictionaries: Record<Language, Record<K, string>>) {
  return (lang: Language, key: K, vars?: Record<string, string | number>): string => {
    const text = dictionaries[lang][key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

/** The message for `key` in `lang`, with `{name}` placeholders filled from `vars`. */
export const t = translator<MessageKey>(MESSAGES);
