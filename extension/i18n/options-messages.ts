import { byLanguage } from '../../shared/i18n/folders';
import { translator } from '../../shared/i18n/messages';
import { type Language, LANGUAGES } from '../../shared/schema/language-schema';
import type { ExtensionMessages } from './nb/popup';
import { POPUP_MESSAGES, withGuideMessages } from './messages';
import type { OptionsMessages } from './nb/options';

const OPTIONS_MESSAGES = byLanguage(
  import.meta.glob<OptionsMessages>('./*/options.ts', { eager: true, import: 'messages' }),
  'options.ts',
);

/** The popup's texts and the options page's own, which the popup does not ship. */
const OWN = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { ...POPUP_MESSAGES[lang], ...OPTIONS_MESSAGES[lang] }]),
) as Record<Language, ExtensionMessages & OptionsMessages>;

/** `t` for the options page: every key of the popup, plus the options page's own. */
export const t = translator(withGuideMessages(OWN));
