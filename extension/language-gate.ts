import { effect } from '@preact/signals';
import type { Language } from '../shared/schema/language-schema';
import type { GuideModel } from '../shared/ui/guide-model';

export interface LanguageLoader {
  /** Whether the page has every text of `lang` now. */
  speaks(lang: Language): boolean;
  /** Loads `lang`'s texts; resolves whether or not they could be loaded. */
  load(lang: Language): Promise<void>;
}

/**
 * Lets the guide's language be set to any language, loaded or not: until a language's texts have arrived the
 * page keeps showing the language it shows, then switches, so every component re-renders in it (a re-render
 * from the top would skip those that read signals and get the same props). The last language asked for wins;
 * one that cannot be loaded leaves the page as it is, with a warning. Returns the dispose of its effect.
 */
export function gateLanguage(guide: GuideModel, { speaks, load }: LanguageLoader): () => void {
  let shown: Language = speaks(guide.lang.peek()) ? guide.lang.peek() : 'nb';
  let wanted: Language | undefined;
  /** Set while the effect puts the shown language back, so that its own re-run keeps `wanted`. */
  let reverting = false;
  return effect(() => {
    const lang = guide.lang.value;
    if (reverting) {
      reverting = false;
      return;
    }
    if (speaks(lang)) {
      shown = lang;
      wanted = undefined;
      return;
    }
    wanted = lang;
    reverting = true;
    guide.lang.value = shown;
    void load(lang).then(() => {
      if (wanted !== lang) return;
      if (speaks(lang)) guide.lang.value = lang;
      else console.warn(`Get help now: could not load the texts in "${lang}".`);
    });
  });
}
