import { byLanguage } from '../../shared/i18n/folders';
import { translator } from '../../shared/i18n/messages';
import type { Language } from '../../shared/schema/language-schema';
import type { ExtensionMessages } from './nb/popup';
import { popupMessagesOf, withGuideMessages } from './messages';
import type { OptionsMessages } from './nb/options';

const OPTIONS_MESSAGES = byLanguage(
  import.meta.glob<OptionsMessages>('./*/options.ts', { eager: true, import: 'messages' }),
  'options.ts',
);

const merged = new Map<Language, { popup: ExtensionMessages; all: ExtensionMessages & OptionsMessages }>();

/** The popup's texts and the options page's own, which the popup does not ship. */
function ownOf(lang: Language): ExtensionMessages & OptionsMessages {
  const popup = popupMessagesOf(lang);
  let entry = merged.get(lang);
  if (entry?.popup !== popup) {
    entry = { popup, all: { ...popup, ...OPTIONS_MESSAGES[lang] } };
    merged.set(lang, entry);
  }
  return entry.all;
}

/** `t` for the options page: every key of the popup, plus the options page's own. */
export const t = translator(withGuideMessages(ownOf));
