import { effect } from '@preact/signals';
import { render } from 'preact';
import * as z from 'zod/mini';
import { GUIDE_CSS } from '../../shared/ui/styles';
import { adoptStyles } from '../../shared/ui/adopt-styles';
import { languageFromBrowser } from '../browser-language';
import { FIRST_PAINT } from '../i18n/my-plan-first-paint';
import { LANGUAGE_FACTS } from '../../shared/schema/languages';
import { loadTexts } from '../i18n/my-plan-messages';
import { createPlanModel } from './plan-model';
import { readPlanSettings } from './plan-settings';
import { createPlanStore } from './plan-store';
import { SafetyPlanApp } from './SafetyPlanApp';
import { INPUT_CSS } from '../styles';
import { PLAN_CSS } from './styles';

/**
 * Starts My plan in `root`: the emergency numbers in the first paint, in the browser's language; then the
 * language and municipality from the settings, the texts of that one language (a chunk of the extension's own
 * package), and the plan when storage answers.
 */
export async function startSafetyPlan(root: HTMLElement): Promise<void> {
  // zod probes for eval with `new Function`; the extension's policy forbids eval and reports the probe.
  z.config({ jitless: true });
  const doc = root.ownerDocument;
  adoptStyles(doc, GUIDE_CSS, INPUT_CSS, PLAN_CSS);
  const browserLanguage = languageFromBrowser(navigator.languages);
  const model = createPlanModel({ lang: browserLanguage, store: createPlanStore() });
  effect(() => {
    const lang = model.lang.value;
    doc.documentElement.lang = lang;
    doc.documentElement.dir = LANGUAGE_FACTS[lang].dir;
    // Discreet on purpose: the tab says "My plan", whoever looks at the screen.
    doc.title = FIRST_PAINT[lang].title;
  });
  render(<SafetyPlanApp model={model} />, root);
  const settings = await readPlanSettings();
  await loadTexts(settings.lang ?? browserLanguage);
  await model.start(settings);
}
