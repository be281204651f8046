import { computed, createModel, signal } from '@preact/signals';
import {
  findMunicipalityByNumber,
  type Municipality,
  type PostalCodeLookup,
  searchMunicipalitiesWith,
} from '../shared/catalogue/municipalities';
import type { Language } from '../shared/schema/language-schema';
import type { Audience } from '../shared/schema/choices';
import type { Settings } from '../shared/schema/settings-schema';
import { lazy } from '../shared/ui/lazy';

/** How many matches the list shows; the count announced is the full one. A popup is short. */
export const SHOWN_MATCHES = 6;

// Every municipality, so the count a screen reader hears is the true one, not the list's length.
const ALL = 400;

// The 5,000 postal codes are a chunk of their own, read when a settings form opens, not when the popup does:
// most openings never show the form. Until it arrives, four digits find a municipality by its number.
// A chunk that does not load leaves the search finding names and numbers, and the next form tries again.
const postalCodes = lazy<PostalCodeLookup>(() =>
  import('../shared/catalogue/postal-codes').then((m) => m.findMunicipalityByPostalCode),
);

export interface SettingsFormInit {
  settings: Settings;
  /** The language the form starts on: the stored one, else the browser's. */
  language: Language;
  /** Called when a language is picked, so the page can switch at once (the choice is saved with the form). */
  onLanguage?: (language: Language) => void;
}

/**
 * A settings form's draft, in signals outside the components (STYLE.md §7): components read `.value` and call
 * the actions. Nothing is stored until saved.
 */
const SettingsFormModel = createModel(({ settings, language: initialLanguage, onLanguage }: SettingsFormInit) => {
  const query = signal('');
  const municipality = signal<string | undefined>(settings.municipality);
  const language = signal<Language>(initialLanguage);
  const audience = signal<Audience | undefined>(settings.audience);
  const matches = computed(() => searchMunicipalitiesWith(postalCodes.value.value, query.value, ALL));
  const shown = computed(() => matches.value.slice(0, SHOWN_MATCHES));
  const chosen = computed(() => (municipality.value ? findMunicipalityByNumber(municipality.value) : undefined));

  return {
    query,
    municipality,
    language,
    audience,
    matches,
    shown,
    chosen,
    choose(found: Municipality) {
      municipality.value = found.number;
      query.value = '';
    },
    clearMunicipality() {
      municipality.value = undefined;
    },
    /** What the person has typed into the municipality search. */
    search(text: string) {
      query.value = text;
    },
    chooseAudience(next: Audience | undefined) {
      audience.value = next;
    },
    chooseLanguage(next: Language) {
      language.value = next;
      onLanguage?.(next);
    },
    /** The draft as settings, on top of `base` (fields the form does not show are kept). */
    toSettings(base: Settings): Settings {
      const { municipality: _m, language: _l, audience: _a, ...rest } = base;
      return {
        ...rest,
        ...(municipality.value ? { municipality: municipality.value } : {}),
        language: language.value,
        ...(audience.value ? { audience: audience.value } : {}),
      };
    },
  };
});
export type SettingsForm = InstanceType<typeof SettingsFormModel> & {
  /** Resolves when postal codes can be searched too (a promise, so it sits beside the model's signals). */
  readonly postalCodesReady: Promise<void>;
};

/** A settings form, starting to load the postal codes. */
export const createSettingsForm = (init: SettingsFormInit): SettingsForm =>
  Object.assign(new SettingsFormModel(init), { postalCodesReady: postalCodes.load() });
