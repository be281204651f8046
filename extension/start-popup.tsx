import { effect } from '@preact/signals';
import { render } from 'preact';
import * as z from 'zod/mini';
import { t } from './i18n/messages';
import { GUIDE_CSS } from '../shared/ui/styles';
import { adoptStyles } from './adopt-styles';
import { languageFromBrowser } from './browser-language';
import { PopupApp } from './PopupApp';
import { createPopupModel } from './popup-model';
import { createSettingsStore } from './settings-store';
import { EXTENSION_CSS } from './styles';

/**
 * Renders the popup into `root` synchronously, in the browser's language, so the emergency strip is in the
 * first paint; the stored settings are applied when storage answers.
 */
export function startPopup(root: HTMLElement): void {
  // zod probes for eval with `new Function`; the extension's policy forbids eval and reports the probe.
  z.config({ jitless: true });
  const doc = root.ownerDocument;
  adoptStyles(doc, GUIDE_CSS, EXTENSION_CSS);
  const model = createPopupModel({
    browserLanguage: languageFromBrowser(navigator.languages),
    store: createSettingsStore(),
  });
  effect(() => {
    const lang = model.guide.lang.value;
    doc.documentElement.lang = lang;
    doc.title = t(lang, 'app.title');
  });
  render(<PopupApp model={model} />, root);
  // The popup lives until it closes, and its watch with it: nothing to unwatch.
  void model.start();
}
