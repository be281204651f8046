import { effect } from '@preact/signals';
import { render } from 'preact';
import * as z from 'zod/mini';
import { GUIDE_CSS } from '../../shared/ui/styles';
import { adoptStyles } from '../adopt-styles';
import { languageFromBrowser } from '../browser-language';
import { loadTexts, t } from '../i18n/safety-plan/messages';
import { createPlanModel } from './plan-model';
import { readPlanSettings } from './plan-settings';
import { createPlanStore } from './plan-store';
import { SafetyPlanApp } from './SafetyPlanApp';
import { PLAN_CSS } from './styles';

/**
 * Starts My plan in `root`: the language and municipality from the settings (the browser's language when none
 * is set), the emergency numbers in the first paint (after the texts of the browser's language, a chunk of the
 * extension's own package), then the plan when storage answers.
 */
export async function startSafetyPlan(root: HTMLElement): Promise<void> {
  // zod probes for eval with `new Function`; the extension's policy forbids eval and reports the probe.
  z.config({ jitless: true });
  const doc = root.ownerDocument;
  adoptStyles(doc, GUIDE_CSS, PLAN_CSS);
  const browserLanguage = languageFromBrowser(navigator.languages);
  await loadTexts(browserLanguage);
  const model = createPlanModel({ lang: browserLanguage, store: createPlanStore() });
  effect(() => {
    const lang = model.lang.value;
    doc.documentElement.lang = lang;
    // Discreet on purpose: the tab says "My plan", whoever looks at the screen.
    doc.title = t(lang, 'plan.title');
  });
  render(<SafetyPlanApp model={model} />, root);
  const settings = await readPlanSettings();
  if (settings.lang) await loadTexts(settings.lang);
  await model.start(settings);
}
