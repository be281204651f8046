import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { SHOW_CARD_MESSAGE } from '../shared/search-help';
import { matchCrisisQuery } from './match-crisis-query';

interface NavigateEvent extends Event {
  destination: { url: string };
}
interface Navigation {
  addEventListener(type: 'navigate', listener: (event: NavigateEvent) => void, options: { signal: AbortSignal }): void;
}

/**
 * Calls back with each URL the page goes to without reloading (Google, DuckDuckGo and Brave change results in
 * place). The Navigation API where the browser has it, else a look at the address each second. Not WXT's
 * `wxt:locationchange`, which the card's script uses: its event name is made from `browser.runtime.id`, and the
 * first touch of the runtime API costs a content script about 2 ms of main thread (measured at 1× CPU, more
 * than all of this script's own work), which an ordinary results page should not pay.
 */
function followUrl(ctx: ContentScriptContext, callback: (url: URL) => void): void {
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  if (navigation) {
    navigation.addEventListener('navigate', (event) => callback(new URL(event.destination.url)), {
      signal: ctx.signal,
    });
    return;
  }
  let last = location.href;
  const timer = setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    callback(new URL(last));
  }, 1000);
  ctx.onInvalidated(() => clearInterval(timer));
}

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
  followUrl(ctx, check);
  check(new URL(location.href));
}
