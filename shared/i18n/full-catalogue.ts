import { SERVICE_DETAILS } from '../catalogue/service-details';
import { type ServiceId, SERVICES } from '../catalogue/services';
import type { LocalizedText } from '../schema/language-schema';
import { FALLBACK_LANGUAGE, type Language, LANGUAGES } from '../schema/languages';
import type { Service } from '../schema/service-schema';
import { byLanguage } from './folders';
import { PACKS } from './all-languages';

const DESCRIPTIONS = byLanguage(
  import.meta.glob<Record<ServiceId, string>>('./*/service-descriptions.ts', {
    eager: true,
    import: 'serviceDescriptions',
  }),
  'service-descriptions.ts',
);

/** A catalogue service's name or description in every language. */
function everyLanguage(id: ServiceId, field: 'name' | 'description'): LocalizedText {
  const of = (lang: Language) => (field === 'name' ? PACKS[lang].serviceNames[id] : DESCRIPTIONS[lang][id]);
  const text: LocalizedText = { [FALLBACK_LANGUAGE]: of(FALLBACK_LANGUAGE) };
  for (const lang of LANGUAGES) text[lang] = of(lang);
  return text;
}

/** The whole catalogue, each service with its texts in every language, its sources and its verified date. */
export function fullCatalogue(): Service[] {
  return SERVICES.map((entry) => ({
    ...entry,
    name: everyLanguage(entry.id, 'name'),
    description: everyLanguage(entry.id, 'description'),
    ...SERVICE_DETAILS[entry.id],
  }));
}
