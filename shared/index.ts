/**
 * The public API of the core: typed service data and routing. Pure TypeScript, no DOM.
 * The faces (widget, popup, search card) render it through shared/ui/.
 */

export type { ServiceView } from './catalogue/local-services';
export {
  allMunicipalities,
  findMunicipalitiesByName,
  findMunicipalityByNumber,
  type Municipality,
  type WrittenForm,
} from './catalogue/municipalities';
export { searchMunicipalities } from './catalogue/municipality-search';
export { findMunicipalityByPostalCode } from './catalogue/postal-codes';
export { SERVICE_DETAILS } from './catalogue/service-details';
export { CATALOGUE, getService, type CatalogueEntry, type ServiceId } from './catalogue/services';
export { PACKS } from './i18n/all-languages';
export { fullCatalogue } from './i18n/full-catalogue';
export { type MessageKey, serviceName, t } from './i18n/messages';
export { isNorwegianPublicHoliday, norwegianPublicHolidays } from './routing/holidays';
export { isOpenNow, type OpenState, openState } from './routing/opening-hours';
export {
  parseSituation,
  type Recommendation,
  type RecommendOptions,
  recommend,
  SituationError,
  type Step,
  TIERS,
  type Tier,
} from './routing/recommend';
export type { Contact } from './schema/contact-schema';
export { telHref } from './schema/phone-number';
export { LANGUAGES, type Language } from './schema/language-schema';
export { type LocalService, LocalServicesSchema } from './schema/local-service-schema';
export type { Service } from './schema/service-schema';
export { CONCERNS } from './schema/concerns';
export { type Concern, type Situation, SituationSchema } from './schema/situation-schema';
