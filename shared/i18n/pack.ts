import type { ServiceId } from '../catalogue/services';
import type { Messages } from './nb/guide';

export type ServiceNames = Record<ServiceId, string>;

/**
 * Every text of one language that a face shows: what each folder shared/i18n/<code>/ exports from its index.ts
 * as `pack`. (Its service-descriptions.ts documents the catalogue and is in no bundle.)
 */
export interface LanguagePack {
  /** The guide's messages, typed against Bokmål's keys. */
  messages: Messages;
  /** The catalogue's service names. */
  serviceNames: ServiceNames;
}
