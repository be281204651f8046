import type { ServiceId } from '../catalogue/services';
import type { Language, LocalizedText } from '../schema/language-schema';
import { SERVICE_NAMES } from './messages';

/** A text with the language it is actually in, which a face puts in `lang` when it differs from the page's. */
export interface TextIn {
  text: string;
  lang: Language;
}

/** The text in `lang`, or in Bokmål, the fallback, where `lang` is not given (a host's local service). */
export function localize(text: LocalizedText, lang: Language): TextIn {
  const own = text[lang];
  return own === undefined ? { text: text.nb, lang: 'nb' } : { text: own, lang };
}

/**
 * A service's name in `lang`: from the language's folder for the catalogue's services (shared/i18n/<lang>/),
 * else from the service itself (the catalogue's nb, nn and en, or the host's names, with nb as the fallback).
 */
export function serviceName(service: { id: string; name: LocalizedText }, lang: Language): TextIn {
  const fromFolder = SERVICE_NAMES[lang]?.[service.id as ServiceId];
  return fromFolder === undefined ? localize(service.name, lang) : { text: fromFolder, lang };
}
