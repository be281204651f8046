import { batch, computed, signal } from '@preact/signals';
import { findMunicipalityByNumber } from '../catalogue/municipalities';
import type { Audience } from '../schema/choices';
import type { Language } from '../schema/language-schema';
import type { LocalService } from '../schema/local-service-schema';
import type { Concern, Situation } from '../schema/situation-schema';
import type * as GuideResultsModule from './guide-results';

/** The guide's questions, in the order it asks them. Each may be skipped. */
export const QUESTIONS = ['danger', 'forWhom', 'age', 'concerns', 'urgency', 'severity'] as const;
export type Question = (typeof QUESTIONS)[number];

/**
 * Age bands a frightened person can tap, each routed as one age inside it. The edges sit on the catalogue's
 * main age limits (13, 16, 18, 62). The adult band routes as 20, not 18: the youth health service reaches 19,
 * and it must not be offered to everyone from 18 to 61.
 */
export const AGE_BAND_NAMES = ['child', 'young-teen', 'older-teen', 'adult', 'older'] as const;
export type AgeBand = (typeof AGE_BAND_NAMES)[number];
export const AGE_BANDS: Record<AgeBand, number> = {
  child: 12,
  'young-teen': 13,
  'older-teen': 16,
  adult: 20,
  older: 62,
};

/** The part of the guide its results need, loaded on first use (see guide-results.ts). */
export type GuideResults = typeof GuideResultsModule;

/** How a host or the extension presets the guide. */

export interface GuideModelInit {
  lang: Language;
  municipality?: string | undefined;
  audience?: Audience | undefined;
  localServices?: readonly LocalService[] | undefined;
  /** The clock, passed in so that tests and demos can fix the time. */
  now?: () => Date;
}

/**
 * The guide's state, kept in signals outside any component (STYLE.md §7): components read `.value` and call
 * the actions. One model per rendered guide.
 */
export function createGuideModel(init: GuideModelInit) {
  const now = init.now ?? (() => new Date());
  const lang = signal<Language>(init.lang);
  const municipality = signal<string | undefined>(init.municipality);
  const localServices = signal<readonly LocalService[]>(init.localServices ?? []);
  const audience = signal<Audience | undefined>(init.audience);
  const answers = signal<Situation>({});
  const ageBand = signal<AgeBand | undefined>(undefined);
  /** Index into QUESTIONS; QUESTIONS.length means the results are showing. */
  const position = signal(0);

  const situation = computed<Situation>(() => {
    const s: Situation = { ...answers.value };
    const preset = audience.value;
    if (s.forWhom === undefined && (preset === 'self' || preset === 'someone-else')) s.forWhom = preset;
    if (ageBand.value !== undefined) s.age = AGE_BANDS[ageBand.value];
    else if (preset === 'young') s.age = AGE_BANDS['young-teen'];
    if (municipality.value !== undefined) s.municipality = municipality.value;
    return s;
  });
  const results = signal<GuideResults | undefined>(undefined);
  let resultsLoaded: Promise<void> | undefined;
  /** Loads what the results need; the first answer starts it, so it is there before anyone asks for help. */
  function loadResults(): Promise<void> {
    resultsLoaded ??= import('./guide-results').then(
      (module) => {
        results.value = module;
      },
      () => {
        // A chunk of the face's own files that does not load: allow a later answer to try again. The
        // emergency strip needs none of it.
        resultsLoaded = undefined;
      },
    );
    return resultsLoaded;
  }
  /** recommend()'s answer, once the results' code is loaded. */
  const recommendation = computed(() =>
    results.value?.recommend(situation.value, { now: now(), localServices: localServices.value }),
  );
  const question = computed<Question | undefined>(() => QUESTIONS[position.value]);
  const showingResults = computed(() => position.value >= QUESTIONS.length);
  const municipalityInfo = computed(() =>
    municipality.value ? findMunicipalityByNumber(municipality.value) : undefined,
  );
  /** The 24/7 line the emergency strip shows: the children's line for the young, else Mental Helse. */
  const stripHelpline = computed(() =>
    situation.value.age !== undefined && situation.value.age < 18 ? 'alarmtelefonen-116111' : 'mental-helse-116123',
  );

  function answer<K extends keyof Situation>(field: K, value: Situation[K] | undefined) {
    void loadResults();
    const next = { ...answers.value };
    if (value === undefined) delete next[field];
    else next[field] = value;
    answers.value = next;
  }

  return {
    lang,
    municipality,
    localServices,
    audience,
    answers,
    ageBand,
    position,
    situation,
    results,
    recommendation,
    loadResults,
    question,
    showingResults,
    municipalityInfo,
    stripHelpline,
    now,
    answer,
    toggleConcern(concern: Concern) {
      const current = answers.value.concerns ?? [];
      const next = current.includes(concern) ? current.filter((c) => c !== concern) : [...current, concern];
      answer('concerns', next.length ? next : undefined);
    },
    setAgeBand(band: AgeBand | undefined) {
      void loadResults();
      ageBand.value = band;
    },
    /** On to the next question; a life in danger goes straight to the help. */
    next() {
      void loadResults();
      position.value =
        answers.value.danger === true ? QUESTIONS.length : Math.min(position.value + 1, QUESTIONS.length);
    },
    back() {
      position.value = Math.max(0, position.value - 1);
    },
    showResults() {
      void loadResults();
      position.value = QUESTIONS.length;
    },
    /** What a host or the extension sets: the language, the municipality and who the help is for. */
    preset(values: Pick<GuideModelInit, 'lang' | 'municipality' | 'audience'>) {
      batch(() => {
        lang.value = values.lang;
        municipality.value = values.municipality;
        audience.value = values.audience;
      });
    },
    /** The host's services; equal data (a repeated mutation or reload) is no change worth a re-render. */
    setLocalServices(services: readonly LocalService[]) {
      if (JSON.stringify(services) !== JSON.stringify(localServices.value)) localServices.value = services;
    },
    restart() {
      batch(() => {
        answers.value = {};
        ageBand.value = undefined;
        position.value = 0;
      });
    },
  };
}
export type GuideModel = ReturnType<typeof createGuideModel>;
