import { FALLBACK_LANGUAGE, type Language, localizeIn, type TextIn, type Texts } from '../schema/languages';
import { plainText } from './marked-text';
import { pack as fallback } from './nb';
import type { LanguagePack } from './pack';
import type { MessageKey, Messages } from './nb/guide';

export type { MessageKey, Messages };

/**
 * The languages whose texts are loaded. Bokmål always is, as the fallback; a face adds the others, all at once
 * (all-languages.ts: the widget, the tests) or one when it is needed (load-language.ts: the extension).
 */
const packs: Partial<Record<Language, LanguagePack>> = { [FALLBACK_LANGUAGE]: fallback };

const listeners = new Set<(lang: Language) => void>();

export function addLanguagePack(lang: Language, pack: LanguagePack): void {
  packs[lang] = pack;
  for (const listener of listeners) listener(lang);
}

/** Calls `listener` with each language whose texts are added from now on (a face re-renders in it). */
export function onLanguageAdded(listener: (lang: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isLanguageLoaded(lang: Language): boolean {
  return packs[lang] !== undefined;
}

/** The texts of `lang`, or Bokmål's until it is loaded. */
function packOf(lang: Language): LanguagePack {
  return packs[lang] ?? fallback;
}

const fill = (text: string, vars?: Record<string, string | number>) =>
  vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;

/**
 * A `t(lang, key, vars)` over dictionaries of `lang`'s own, with `{name}` placeholders filled from `vars`, as
 * plain text: the `[[…]]` marks around Norwegian names (marked-text.ts) are dropped. `marked` keeps them, for
 * MarkedText to render with lang="nb".
 */
export function translator<K extends string>(dictionary: (lang: Language) => Record<K, string>) {
  const marked = (lang: Language, key: K, vars?: Record<string, string | number>): string =>
    fill(dictionary(lang)[key], vars);
  return Object.assign(
    (lang: Language, key: K, vars?: Record<string, string | number>) => plainText(marked(lang, key, vars)),
    {
      marked,
    },
  );
}

/** The guide's messages in `lang`. */
export const messagesOf = (lang: Language): Messages => packOf(lang).messages;

/** The message for `key` in `lang`, with `{name}` placeholders filled from `vars`; `t.marked` keeps the marks. */
export const t = translator<MessageKey>(messagesOf);

/** A catalogue service's name in `lang`; undefined for an id not in the catalogue. */
function catalogueName(lang: Language, id: string): string | undefined {
  return (packOf(lang).serviceNames as Partial<Record<string, string>>)[id];
}

/**
 * A service's name in `lang`, marks kept, with the language it is in: the host's for a local service (Bokmål
 * where it gave none in `lang`), else the catalogue's (Bokmål until `lang` is loaded).
 */
export function markedServiceName(lang: Language, service: { id: string; name?: Texts | undefined }): TextIn {
  if (service.name) return localizeIn(service.name, lang);
  const loaded = isLanguageLoaded(lang) ? lang : FALLBACK_LANGUAGE;
  return { text: catalogueName(loaded, service.id) ?? service.id, lang: loaded };
}

/** A service's name in `lang` as plain text: the host's for a local service, else the catalogue's. */
export function serviceName(lang: Language, service: { id: string; name?: Texts | undefined }): string {
  return plainText(markedServiceName(lang, service).text);
}
