import { loadLanguage } from '../../shared/i18n/load-language';
import { isLanguageLoaded, type MessageKey, messagesOf, translator } from '../../shared/i18n/messages';
import type { Language } from '../../shared/schema/language-schema';
import { type ExtensionMessages, messages as nb } from './nb/popup';

/**
 * The extension's own texts for its popup and options pages, one file in each language's folder here
 * (extension/i18n/<code>/popup.ts), found by name like the guide's (shared/i18n/<code>/). Bokmål's open with
 * the popup; every other language's is a chunk loaded with that language's guide texts, so the popup's opening
 * budget holds however many languages there are.
 */
const folders = import.meta.glob<ExtensionMessages>(['./*/popup.ts', '!./nb/popup.ts'], { import: 'messages' });
const loaded: Partial<Record<Language, ExtensionMessages>> = { nb };

/** Whether the extension's pages have every text of `lang`: the guide's and their own. */
export const extensionSpeaks = (lang: Language): boolean => isLanguageLoaded(lang) && loaded[lang] !== undefined;

/** The popup's own texts in `lang`, or Bokmål's until they are loaded. */
export const popupMessagesOf = (lang: Language): ExtensionMessages => loaded[lang] ?? nb;

/**
 * Loads `lang`'s popup texts, then its guide texts, whose arrival re-renders the page (start-page.tsx). A chunk
 * that fails leaves Bokmål, and a later call tries again.
 */
export async function loadExtensionLanguage(lang: Language): Promise<void> {
  const load = folders[`./${lang}/popup.ts`];
  if (load && !loaded[lang]) {
    try {
      loaded[lang] = await load();
    } catch {
      // Bokmål stands in; the guide's texts below still load if they can.
    }
  }
  await loadLanguage(lang);
}

export type ExtensionKey = MessageKey | keyof ExtensionMessages;

/**
 * `lang`'s guide messages with its own over them, merged once per language and again only when either changes
 * (a language loaded after first use).
 */
export function withGuideMessages<K extends string>(ownOf: (lang: Language) => Record<K, string>) {
  const merged = new Map<Language, { base: object; own: object; all: Record<MessageKey | K, string> }>();
  return (lang: Language): Record<MessageKey | K, string> => {
    const base = messagesOf(lang);
    const own = ownOf(lang);
    let entry = merged.get(lang);
    if (entry?.base !== base || entry.own !== own) {
      entry = { base, own, all: { ...base, ...own } };
      merged.set(lang, entry);
    }
    return entry.all;
  };
}

/** `t` for the extension: every key of the guide, plus the extension's own; `t.marked` keeps the marks. */
export const t = translator(withGuideMessages(popupMessagesOf));
