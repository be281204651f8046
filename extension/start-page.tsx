import { effect } from '@preact/signals';
import { type ComponentType, render } from 'preact';
import * as z from 'zod/mini';
import type { Language } from '../shared/schema/language-schema';
import { GUIDE_CSS } from '../shared/ui/styles';
import type { GuideModel } from '../shared/ui/guide-model';
import { adoptStyles } from './adopt-styles';
import { languageFromBrowser } from './browser-language';
import { gateLanguage, type LanguageLoader } from './language-gate';
import { direction } from '../shared/i18n/language-names';
import { createSettingsStore, type SettingsStore } from './settings-store';
import { EXTENSION_CSS } from './styles';

interface PageModel {
  guide: GuideModel;
  start(): Promise<unknown>;
}

interface PageSpec<M extends PageModel> {
  createModel(init: { browserLanguage: Language; store: SettingsStore }): M;
  App: ComponentType<{ model: M }>;
  /** The document's title in the page's language. */
  title(lang: Language): string;
  /** The page's texts in the languages loaded on demand. */
  languages: LanguageLoader;
}

/**
 * Starts an extension page in `root`: styles, a model in the browser's language, the document's lang and title
 * following the guide's language, then a synchronous render (the popup's emergency strip is in the first
 * paint) and the stored settings applied when storage answers.
 */
export function startPage<M extends PageModel>(
  root: HTMLElement,
  { createModel, App, title, languages }: PageSpec<M>,
): void {
  // zod probes for eval with `new Function`; the extension's policy forbids eval and reports the probe.
  z.config({ jitless: true });
  const doc = root.ownerDocument;
  adoptStyles(doc, GUIDE_CSS, EXTENSION_CSS);
  const model = createModel({
    browserLanguage: languageFromBrowser(navigator.languages),
    store: createSettingsStore(),
  });
  gateLanguage(model.guide, languages);
  effect(() => {
    const lang = model.guide.lang.value;
    doc.documentElement.lang = lang;
    doc.documentElement.dir = direction(lang);
    doc.title = title(lang);
  });
  render(<App model={model} />, root);
  // The page lives until it closes, and its watch of the settings with it: nothing to unwatch.
  void model.start();
}
