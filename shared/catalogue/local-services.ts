import type { LocalizedText } from '../schema/language-schema';
import type { LocalService } from '../schema/local-service-schema';
import { type CatalogueEntry, getService } from './services';

/** What the UI and routing need of a door, whether it comes from our catalogue or from the host. */
export type ServiceView = CatalogueEntry & {
  /** A host's name for its local service; a catalogue service's is a text of each language (serviceName()). */
  name?: LocalizedText;
  /** A host's own words about its local service. */
  description?: LocalizedText;
  /** Set when the host supplied this entry; its facts are the host's, not ours. */
  local?: { standsFor: LocalService['standsFor']; municipality?: string };
};

/** A text given once for every language is the Bokmål, which every language falls back to. */
function localized(text: string | LocalizedText): LocalizedText {
  return typeof text === 'string' ? { nb: text } : text;
}

/**
 * Turns the host's validated local services into doors routing can offer. A local entry takes its kind, cost
 * and access from the catalogue service it stands for, so "free, no referral" stays true to the source documents.
 */
export function localServiceViews(local: readonly LocalService[]): ServiceView[] {
  return local.map((entry, i) => {
    const base = entry.standsFor === 'other' ? undefined : getService(entry.standsFor);
    const audience = { ...base?.audience };
    if (entry.minAge !== undefined) audience.minAge = entry.minAge;
    if (entry.maxAge !== undefined) audience.maxAge = entry.maxAge;
    return {
      id: `local-${i + 1}-${entry.standsFor}`,
      kind: base?.kind ?? 'municipal',
      name: localized(entry.name),
      ...(entry.description ? { description: localized(entry.description) } : {}),
      contacts: entry.contacts,
      audience,
      cost: base?.cost ?? 'unknown',
      access: base?.access ?? 'no-referral',
      area: entry.municipality
        ? { type: 'municipalities', numbers: [entry.municipality] }
        : { type: 'every-municipality' },
      local: entry.municipality
        ? { standsFor: entry.standsFor, municipality: entry.municipality }
        : { standsFor: entry.standsFor },
    };
  });
}
