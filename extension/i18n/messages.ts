import { byLanguage } from '../../shared/i18n/folders';
import { type MessageKey, messagesOf, translator } from '../../shared/i18n/messages';
import type { Language } from '../../shared/schema/language-schema';
import type { ExtensionMessages } from './nb/popup';

/**
 * The extension's own texts for its popup and options pages, one file in each language's folder here
 * (extension/i18n/<code>/popup.ts), found by name like the guide's (shared/i18n/<code>/).
 */
export const POPUP_MESSAGES = byLanguage(
  import.meta.glob<ExtensionMessages>('./*/popup.ts', { eager: true, import: 'messages' }),
  'popup.ts',
);

export type ExtensionKey = MessageKey | keyof ExtensionMessages;

/**
 * `lang`'s guide messages with `own` over them, merged once per language and again only when the guide's
 * messages change (a language loaded after first use).
 */
export function withGuideMessages<K extends string>(own: Record<Language, Record<K, string>>) {
  const merged = new Map<Language, { base: object; all: Record<MessageKey | K, string> }>();
  return (lang: Language): Record<MessageKey | K, string> => {
    const base = messagesOf(lang);
    let entry = merged.get(lang);
    if (entry?.base !== base) {
      entry = { base, all: { ...base, ...own[lang] } };
      merged.set(lang, entry);
    }
    return entry.all;
  };
}

/** `t` for the extension: every key of the guide, plus the extension's own. */
export const t = translator(withGuideMessages(POPUP_MESSAGES));
