import type { ServiceId } from '../catalogue/services';
import type { Language } from '../schema/language-schema';
import { en } from './en';
import { plainText } from './marked-text';
import { type MessageKey, type Messages, nb } from './nb';

export type { MessageKey, Messages };

/**
 * What a language's folder brings (shared/i18n/<lang>/): its messages, typed against nb's keys, and the
 * catalogue's service names, typed against the catalogue's ids, so a missing one fails the type check.
 */
export interface LanguagePack {
  messages: Messages;
  serviceNames: Record<ServiceId, string>;
}

/**
 * The messages of every language loaded so far. nb and en are always here (en is the fallback while another
 * loads); the widget adds the others when it loads (all-languages.ts), the extension when a person's browser
 * or choice asks for one (extension/i18n/messages.ts).
 */
export const MESSAGES: Partial<Record<Language, Messages>> = { nb, en };

/** The catalogue's names in the languages loaded so far, by service (nb, nn and en also have them inline). */
export const SERVICE_NAMES: Partial<Record<Language, Record<ServiceId, string>>> = {};

/** Makes a language's texts available to `t` and to the catalogue's names. */
export function addLanguage(lang: Language, pack: LanguagePack): void {
  MESSAGES[lang] = pack.messages;
  SERVICE_NAMES[lang] = pack.serviceNames;
}

/**
 * A `t(lang, key, vars)` over dictionaries in the loaded languages, with `{name}` placeholders filled from
 * `vars`. The text keeps the `[[…]]` marks around Norwegian names (marked-text.ts); a language not loaded
 * falls back to English, which is always there.
 */
export function translator<K extends string>(dictionaries: Partial<Record<Language, Record<K, string>>>) {
  return (lang: Language, key: K, vars?: Record<string, string | number>): string => {
    const text = (dictionaries[lang] ?? (dictionaries.en as Record<K, string>))[key];
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

/** The message for `key` in `lang`, marks kept, for MarkedText to render with lang="nb" on Norwegian names. */
export const tMarked = translator<MessageKey>(MESSAGES);

/** The message for `key` in `lang` as plain text, with `{name}` placeholders filled from `vars`. */
export function t(lang: Language, key: MessageKey, vars?: Record<string, string | number>): string {
  return plainText(tMarked(lang, key, vars));
}
