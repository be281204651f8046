import { effect } from '@preact/signals';
import { type ComponentType, render } from 'preact';
import * as z from 'zod/mini';
import { type Language, LANGUAGE_FACTS } from '../shared/schema/languages';
import { GUIDE_CSS } from '../shared/ui/styles';
import type { GuideModel } from '../shared/ui/guide-model';
import { adoptStyles } from '../shared/ui/adopt-styles';
import { languageFromBrowser } from './browser-language';
import { extensionSpeaks, loadExtensionLanguage } from './i18n/messages';
import { gateLanguage } from './language-gate';
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
}

/**
 * Starts an extension page in `root`: the browser's language's texts (each language but Bokmål is a chunk of
 * its own, loaded on demand: the popup's opening budget would not hold them all), styles, a model in that
 * language, the document's lang and title following the guide's language, then one render (the popup's
 * emergency strip is in the first paint) and the stored settings applied when storage answers. Another
 * language is loaded when the guide switches to it, and shown when it arrives (language-gate.ts).
 */
export async function startPage<M extends PageModel>(
  root: HTMLElement,
  { createModel, App, title }: PageSpec<M>,
): Promise<void> {
  // zod probes for eval with `new Function`; the extension's policy forbids eval and reports the probe.
  z.config({ jitless: true });
  const doc = root.ownerDocument;
  // The page's size and colours before anything else, while the texts load: the popup opens at its width.
  adoptStyles(doc, GUIDE_CSS, EXTENSION_CSS);
  const browserLanguage = languageFromBrowser(navigator.languages);
  await loadExtensionLanguage(browserLanguage);
  const model = createModel({ browserLanguage, store: createSettingsStore() });
  // Re-rendering the page when a language arrives would not reach components that read signals and get the
  // same props (@preact/signals skips them): the guide's language itself changes only once its texts are here.
  gateLanguage(model.guide, { speaks: extensionSpeaks, load: loadExtensionLanguage });
  effect(() => {
    const lang = model.guide.lang.value;
    doc.documentElement.lang = lang;
    doc.documentElement.dir = LANGUAGE_FACTS[lang].dir;
    doc.title = title(lang);
  });
  render(<App model={model} />, root);
  // The page lives until it closes, and its watch of the settings with it: nothing to unwatch.
  void model.start();
}
