import { effect } from '@preact/signals';
import type { Language } from '../shared/schema/language-schema';
import type { GuideModel } from '../shared/ui/guide-model';

export interface LanguageLoader {
  /** Whether the page can show `lang` now. */
  speaks(lang: Language): boolean;
  /** Loads `lang`'s texts (the popup opens with nb, nn and en only, to keep within its size budget). */
  load(lang: Language): Promise<void>;
}

/**
 * Lets the guide's language be set to any language, loaded or not: until a language's texts have arrived the
 * page keeps showing the language it shows (on a first paint Bokmål for Nynorsk, else English; the emergency
 * strip is there either way), then switches. The last language asked for wins. Returns the dispose of its
 * effect.
 */
export function gateLanguage(guide: GuideModel, { speaks, load }: LanguageLoader): () => void {
  // Nynorsk waits in Bokmål, every other language in English.
  const meanwhile = (lang: Language): Language => (lang === 'nn' ? 'nb' : 'en');
  let shown: Language = speaks(guide.lang.peek()) ? guide.lang.peek() : meanwhile(guide.lang.peek());
  let wanted: Language | undefined;
  return effect(() => {
    const lang = guide.lang.value;
    if (speaks(lang)) {
      shown = lang;
      wanted = undefined;
      return;
    }
    wanted = lang;
    guide.lang.value = shown;
    load(lang).then(
      () => {
        if (wanted === lang) guide.lang.value = lang;
      },
      (error: unknown) => console.warn(`Get help now: could not load the texts in "${lang}".`, error),
    );
  });
}
