import { batch, computed, createModel, signal } from '@preact/signals';
import type { Language } from '../shared/schema/language-schema';
import type { Settings } from '../shared/schema/settings-schema';
import { createGuideModel } from '../shared/ui/guide-model';
import type { SearchHelpOffer } from './SearchHelpOffer';
import { createSettingsForm, type SettingsForm } from './settings-form-model';
import type { SettingsStore } from './settings-store';

/** starting: storage has not answered (only the strip shows); first-run and settings: the settings form. */
export type PopupView = 'starting' | 'first-run' | 'settings' | 'guide';

export interface PopupModelInit {
  /** From languageFromBrowser(navigator.languages): the first paint's language, before storage answers. */
  browserLanguage: Language;
  store: SettingsStore;
  now?: () => Date;
}

/**
 * The popup's state: the guide's model, the stored settings once storage answers, and the settings form
 * while it is open. The guide renders at once with the browser's language; stored settings are applied to
 * the guide through its actions when they arrive, so the emergency strip never waits for storage. Components
 * read `.value` and call the actions (each one batched, as createModel makes them).
 */
export const PopupModel = createModel(({ browserLanguage, store, now }: PopupModelInit) => {
  const guide = createGuideModel({ lang: browserLanguage, ...(now ? { now } : {}) });
  const settings = signal<Settings | undefined>(undefined);
  const form = signal<SettingsForm | undefined>(undefined);
  /** Whether the person moved between views, so the new view should take focus (not on opening the popup). */
  const moved = signal(false);
  /** Settings that could not be read were kept aside on this opening: say so, once. */
  const setAside = signal(false);
  /**
   * The first-use screen's one sentence that switches search help on: its code is loaded when that screen
   * shows, as the popup's opening budget has no room for it, and the switch shows once it can answer a click.
   */
  const offer = signal<typeof SearchHelpOffer | undefined>(undefined);

  const view = computed<PopupView>(() => {
    const current = settings.value;
    if (current === undefined) return 'starting';
    if (form.value) return current.firstRunDone ? 'settings' : 'first-run';
    return 'guide';
  });

  const languageOf = (s: Settings | undefined) => s?.language ?? browserLanguage;

  function apply(next: Settings) {
    batch(() => {
      settings.value = next;
      guide.preset({
        // While the form is open its language shows; the stored one returns when it closes.
        lang: form.peek() ? guide.lang.peek() : languageOf(next),
        municipality: next.municipality,
        audience: next.audience,
      });
    });
  }

  function openForm(current: Settings) {
    form.value = createSettingsForm({
      settings: current,
      language: languageOf(current),
      onLanguage: guide.setLanguage,
    });
  }

  async function persist(next: Settings) {
    batch(() => {
      form.value = undefined;
      moved.value = true;
      apply(next);
    });
    try {
      await store.save(next);
    } catch (error) {
      // The choice still applies while the popup is open; it is just not remembered.
      console.warn('Get help now: could not save the settings.', error);
    }
  }

  return {
    guide,
    settings,
    form,
    view,
    moved,
    setAside,
    offer,
    /** Reads the settings and follows changes made on the options page; returns the unwatch. */
    async start(): Promise<() => void> {
      const loaded = await store.load();
      if (!loaded.firstRunDone) void import('./SearchHelpOffer').then((m) => (offer.value = m.SearchHelpOffer));
      const told = await store.takeSetAsideNotice();
      batch(() => {
        if (!loaded.firstRunDone) openForm(loaded);
        apply(loaded);
        setAside.value = told;
      });
      return store.watch(apply);
    },
    openSettings() {
      const current = settings.value;
      if (!current) return;
      moved.value = true;
      openForm(current);
    },
    /** Saves the form; the first-use questions are then done. */
    save() {
      const current = settings.value;
      const draft = form.value;
      if (!current || !draft) return Promise.resolve();
      return persist({ ...draft.toSettings(current), firstRunDone: true });
    },
    /** Closes the first-use questions without keeping their answers, and does not ask again. */
    skip() {
      const current = settings.value;
      if (!current) return Promise.resolve();
      return persist({ ...current, firstRunDone: true });
    },
    /** The guide's language menu: shows the guide in `language` and keeps the choice in the settings. */
    async chooseLanguage(language: Language) {
      guide.setLanguage(language);
      const current = settings.peek();
      if (!current) return;
      const next: Settings = { ...current, language };
      settings.value = next;
      try {
        await store.save(next);
      } catch (error) {
        console.warn('Get help now: could not save the settings.', error);
      }
    },
    /** Closes the settings without saving. */
    cancel() {
      form.value = undefined;
      moved.value = true;
      guide.setLanguage(languageOf(settings.value));
    },
  };
});
export type PopupModel = InstanceType<typeof PopupModel>;

/** A popup model: `new PopupModel(init)`, for callers that prefer a function. */
export const createPopupModel = (init: PopupModelInit): PopupModel => new PopupModel(init);
