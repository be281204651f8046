import { effect } from '@preact/signals';
import { render } from 'preact';
import * as z from 'zod/mini';
import { t } from './i18n/messages';
import { GUIDE_CSS } from '../shared/ui/styles';
import { adoptStyles } from './adopt-styles';
import { languageFromBrowser } from './browser-language';
import { OptionsApp } from './OptionsApp';
import { createOptionsModel } from './options-model';
import { createSettingsStore } from './settings-store';
import { EXTENSION_CSS } from './styles';

/** Renders the options page into `root`; the form appears when the stored settings are read. */
export function startOptions(root: HTMLElement): void {
  // zod probes for eval with `new Function`; the extension's policy forbids eval and reports the probe.
  z.config({ jitless: true });
  const doc = root.ownerDocument;
  adoptStyles(doc, GUIDE_CSS, EXTENSION_CSS);
  const model = createOptionsModel({
    browserLanguage: languageFromBrowser(navigator.languages),
    store: createSettingsStore(),
  });
  effect(() => {
    const lang = model.guide.lang.value;
    doc.documentElement.lang = lang;
    doc.title = t(lang, 'ext.options.title');
  });
  render(<OptionsApp model={model} />, root);
  void model.start();
}
