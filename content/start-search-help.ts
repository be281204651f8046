import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OPEN_GUIDE_MESSAGE, SETTINGS_STORAGE_KEY, STOP_SEARCH_HELP_MESSAGE } from '../shared/search-help';
import type { Language } from '../shared/schema/languages';
import { cardLanguage } from './i18n/messages';
import { matchCrisisQuery } from './match-crisis-query';
import { resultsAnchor } from './results-anchor';
import { pageIsDark, renderCard } from './search-card';
import { CARD_CSS } from './styles';

/** The language chosen in the extension's settings, if any: read, never written, and checked at this edge. */
async function chosenLanguage(): Promise<Language | undefined> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
    const settings: unknown = stored[SETTINGS_STORAGE_KEY];
    return typeof settings === 'object' && settings !== null
      ? cardLanguage(Reflect.get(settings, 'language'))
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The card's script, run by the background in a tab where the small script (watch-searches.ts) found a search of
 * crisis: a card above the results, in the chosen language or else the search's. It follows the engine's
 * single-page navigation (shows, updates or removes the card), and goes with everything it added when `ctx` is
 * invalidated or the background says search help was switched off. Nothing about the query is stored, logged
 * or sent.
 */
export async function startSearchHelp(ctx: ContentScriptContext): Promise<void> {
  let card: ShadowRootContentScriptUi<void> | undefined;
  /** The results page the person hid the card on, kept in memory only, until they search again. */
  let hiddenOn: string | undefined;
  /** Each update's number: an update that finishes after a newer one started does nothing. */
  let latest = 0;

  const removeCard = () => {
    card?.remove();
    card = undefined;
  };

  async function update(url: URL) {
    const run = ++latest;
    const match = hiddenOn === url.href ? undefined : matchCrisisQuery(url);
    if (!match) {
      removeCard();
      return;
    }
    listen();
    const lang = (await chosenLanguage()) ?? match.lang;
    if (run !== latest || ctx.isInvalid) return;
    const anchor = resultsAnchor(document, location.hostname);
    const next = await createShadowRootUi(ctx, {
      name: 'get-help-now-search',
      position: 'inline',
      anchor: anchor ?? document.body,
      append: anchor ? 'before' : 'first',
      css: CARD_CSS,
      onMount(container) {
        const section = renderCard(document, {
          match,
          lang,
          guideUrl: browser.runtime.getURL('/popup.html'),
          onOpenGuide: () => void browser.runtime.sendMessage(OPEN_GUIDE_MESSAGE),
          onHide: () => {
            hiddenOn = url.href;
            removeCard();
          },
        });
        if (pageIsDark(document)) section.dataset.scheme = 'dark';
        container.append(section);
      },
    });
    if (run !== latest || ctx.isInvalid) {
      next.remove();
      return;
    }
    removeCard();
    card = next;
    card.mount();
  }

  const stop = (message: unknown) => {
    if (message === STOP_SEARCH_HELP_MESSAGE) ctx.abort('search help was switched off');
  };
  /** Listens for the background's "stop" once a card is to be shown. */
  let listening = false;
  const listen = () => {
    if (listening) return;
    listening = true;
    browser.runtime.onMessage.addListener(stop);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(stop));
  };
  ctx.onInvalidated(removeCard);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void update(newUrl));
  await update(new URL(location.href));
}
