import { t } from './i18n/options-messages';
import { OptionsApp } from './OptionsApp';
import { createOptionsModel } from './options-model';
import { startPage } from './start-page';

/** Renders the options page; the form appears when the stored settings are read. */
export function startOptions(root: HTMLElement): Promise<void> {
  return startPage(root, {
    createModel: createOptionsModel,
    App: OptionsApp,
    title: (lang) => t(lang, 'ext.options.title'),
  });
}
