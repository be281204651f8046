import { batch, createModel, signal } from '@preact/signals';
import type { Language } from '../shared/schema/language-schema';
import { DEFAULT_SETTINGS, type Settings } from '../shared/schema/settings-schema';
import { createGuideModel } from '../shared/ui/guide-model';
import { createSearchHelpModel } from './search-help-model';
import { createSettingsForm, type SettingsForm } from './settings-form-model';
import type { SettingsStore } from './settings-store';

export interface OptionsModelInit {
  browserLanguage: Language;
  store: SettingsStore;
}

/** What the last action did, for the page's live region. */
export type OptionsStatus = 'saved' | 'cleared' | undefined;

/**
 * The options page: the settings form on the stored settings, saving, and forgetting them. Components read
 * `.value` and call the actions.
 */
export const OptionsModel = createModel(({ browserLanguage, store }: OptionsModelInit) => {
  // The page shows the emergency strip too, so it needs a guide model for its language and helpline.
  const guide = createGuideModel({ lang: browserLanguage });
  const settings = signal<Settings | undefined>(undefined);
  const form = signal<SettingsForm | undefined>(undefined);
  const status = signal<OptionsStatus>(undefined);
  /** Settings that could not be read were kept aside on this opening: say so, once. */
  const setAside = signal(false);
  const searchHelp = createSearchHelpModel();

  function show(next: Settings) {
    const language = next.language ?? browserLanguage;
    batch(() => {
      settings.value = next;
      // The page's guide shows only the strip: its language and who the help is for.
      guide.preset({ lang: language, municipality: guide.municipality.peek(), audience: next.audience });
      form.value = createSettingsForm({ settings: next, language, onLanguage: guide.setLanguage });
    });
  }

  return {
    guide,
    settings,
    form,
    status,
    setAside,
    searchHelp,
    /** Reads the settings and follows changes the popup saves; returns the unwatch. */
    async start(): Promise<() => void> {
      void searchHelp.start();
      const loaded = await store.load();
      const told = await store.takeSetAsideNotice();
      batch(() => {
        show(loaded);
        setAside.value = told;
      });
      return store.watch((next) => {
        // Our own save comes back here too; only a change made elsewhere replaces the form.
        if (JSON.stringify(next) !== JSON.stringify(settings.peek())) show(next);
      });
    },
    async save() {
      const current = settings.value;
      const draft = form.value;
      if (!current || !draft) return;
      // Settings chosen here answer the popup's first-use questions too.
      const next: Settings = { ...draft.toSettings(current), firstRunDone: true };
      batch(() => {
        settings.value = next;
        status.value = 'saved';
      });
      await store.save(next);
    },
    async clear() {
      await store.clear();
      batch(() => {
        show(DEFAULT_SETTINGS);
        setAside.value = false;
        status.value = 'cleared';
      });
    },
  };
});
export type OptionsModel = InstanceType<typeof OptionsModel>;

/** An options page model: `new OptionsModel(init)`, for callers that prefer a function. */
export const createOptionsModel = (init: OptionsModelInit): OptionsModel => new OptionsModel(init);
