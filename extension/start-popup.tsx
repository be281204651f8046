import { t } from './i18n/messages';
import { PopupApp } from './PopupApp';
import { createPopupModel } from './popup-model';
import { startPage } from './start-page';

/** Renders the popup in the browser's language, so the emergency strip is in the first paint. */
export function startPopup(root: HTMLElement): Promise<void> {
  return startPage(root, { createModel: createPopupModel, App: PopupApp, title: (lang) => t(lang, 'app.title') });
}
