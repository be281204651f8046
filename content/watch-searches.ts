import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SHOW_CARD_MESSAGE } from '../shared/search-help';
import { matchCrisisQuery } from './match-crisis-query';

/**
 * The small script registered on every results page: it reads each URL the page shows, the first one and each
 * single-page navigation after it, and only when one is a search of crisis asks the background for the card's
 * script (content/start-search-help.ts), which then takes over. An ordinary results page so costs only this
 * script: no element, no extension API call, no change to the page. The message names no query.
 */
export function watchSearches(ctx: ContentScriptContext): void {
  let asked = false;
  const check = (url: URL) => {
    if (asked || !matchCrisisQuery(url)) return;
    asked = true;
    void browser.runtime.sendMessage(SHOW_CARD_MESSAGE);
  };
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => check(newUrl));
  check(new URL(location.href));
}
