import { batch, computed, createModel, signal } from '@preact/signals';
import { findMunicipalityByNumber } from '../catalogue/municipalities';
import type { recommend } from '../routing/recommend';
import type { Audience } from '../schema/choices';
import { lazy } from './lazy';
import type { Language } from '../schema/language-schema';
import type { LocalService } from '../schema/local-service-schema';
import type { Concern, Situation } from '../schema/situation-schema';

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
 * The guide's state, kept in signals outside any component (the house style): components read `.value` and call
 * the actions. One model per rendered guide.
 */
export const GuideModel = createModel((init: GuideModelInit) => {
  const now = init.now ?? (() => new Date());
  /**
   * The routing (recommend() and the opening hours and holidays it reads), loaded with the first answer: a face
   * that splits its code (the extension's popup) opens without it.
   */
  const routing = lazy<typeof recommend>(() => import('../routing/recommend').then((m) => m.recommend));
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
  /** recommend()'s answer for the situation so far, once the routing is loaded. */
  const recommendation = computed(() =>
    routing.value.value?.(situation.value, { now: now(), localServices: localServices.value }),
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
    void routing.load();
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
    recommendation,
    /** Loads the routing; the first answer starts it, so it is there before anyone asks for help. */
    loadRouting: routing.load,
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
      void routing.load();
      ageBand.value = band;
    },
    /** On to the next question; a life in danger goes straight to the help. */
    next() {
      void routing.load();
      position.value =
        answers.value.danger === true ? QUESTIONS.length : Math.min(position.value + 1, QUESTIONS.length);
    },
    back() {
      position.value = Math.max(0, position.value - 1);
    },
    showResults() {
      void routing.load();
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
    /** The language menu's choice (and the extension's settings): the guide in `next`. */
    setLanguage(next: Language) {
      lang.value = next;
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
});
export type GuideModel = InstanceType<typeof GuideModel>;

/** A guide model: `new GuideModel(init)`, for callers that prefer a function. */
export const createGuideModel = (init: GuideModelInit): GuideModel => new GuideModel(init);
