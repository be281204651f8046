import { browser } from 'wxt/browser';
import {
  OPEN_GUIDE_MESSAGE,
  SEARCH_CARD_SCRIPT_FILE,
  SEARCH_HELP_SCRIPT_FILE,
  SEARCH_HELP_SCRIPT_ID,
  SEARCH_RESULTS_MATCHES,
  SHOW_CARD_MESSAGE,
  STOP_SEARCH_HELP_MESSAGE,
} from '../shared/search-help';
import { isSearchHelpOn, searchHelpItem } from './search-help';

/**
 * Brings the content script's registration in line with the choice and the granted sites: registered (or
 * updated, after an extension update) when search help is on, unregistered when it is not. With `stopOpen`,
 * cards already showing in open tabs are told to go too (the switch was turned off, or the sites revoked).
 * Never throws: a failure leaves search help off. Resolves to whether the script is registered.
 */
export async function syncSearchHelp({ stopOpen = false } = {}): Promise<boolean> {
  const on = await isSearchHelpOn();
  try {
    // Without the optional `scripting` permission the API is not there at all, and nothing can be registered.
    const scripting = browser.scripting;
    if (scripting) {
      const registered = await scripting.getRegisteredContentScripts({ ids: [SEARCH_HELP_SCRIPT_ID] });
      if (on) {
        const script = {
          id: SEARCH_HELP_SCRIPT_ID,
          matches: [...SEARCH_RESULTS_MATCHES],
          js: [SEARCH_HELP_SCRIPT_FILE],
          runAt: 'document_idle' as const,
          persistAcrossSessions: true,
        };
        if (registered.length > 0) await scripting.updateContentScripts([script]);
        else await scripting.registerContentScripts([script]);
      } else if (registered.length > 0) {
        await scripting.unregisterContentScripts({ ids: [SEARCH_HELP_SCRIPT_ID] });
      }
    }
  } catch (error) {
    console.warn('Get help now: could not bring the search help script up to date.', error);
    return false;
  }
  if (!on && stopOpen) await stopOpenCards();
  return on;
}

/** Tells every tab's search help script, where there is one, to remove its card and stop listening. */
async function stopOpenCards(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : // Most tabs have no search help script to answer; that is not an error.
          browser.tabs.sendMessage(tab.id, STOP_SEARCH_HELP_MESSAGE).catch(() => undefined),
    ),
  );
}

/**
 * Runs the card's script in the frame whose small script found a search of crisis, if search help is still on.
 * Never throws: without the card the results page is as it was.
 */
async function showCard(tabId: number, frameId: number): Promise<void> {
  try {
    if (!browser.scripting || !(await isSearchHelpOn())) return;
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [SEARCH_CARD_SCRIPT_FILE] });
  } catch (error) {
    console.warn('Get help now: could not show the search help card.', error);
  }
}

/**
 * The background's part in search help: keep the registration up to date on install, on start-up, when the
 * permissions change and when the choice changes; run the card's script where the small one found a match; and
 * open the guide in a tab when a card asks. Listeners are added synchronously, as a service worker that wakes
 * for an event needs them at once.
 */
export function startSearchHelpBackground(): void {
  browser.runtime.onInstalled.addListener(() => void syncSearchHelp());
  browser.runtime.onStartup.addListener(() => void syncSearchHelp());
  browser.permissions.onAdded.addListener(() => void syncSearchHelp());
  browser.permissions.onRemoved.addListener(() => void syncSearchHelp({ stopOpen: true }));
  searchHelpItem().watch(() => void syncSearchHelp({ stopOpen: true }));
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only the scripts' two messages, from this extension's own scripts; they carry nothing about the query.
    if (sender.id !== browser.runtime.id) return undefined;
    if (message === SHOW_CARD_MESSAGE && sender.tab?.id !== undefined) {
      void showCard(sender.tab.id, sender.frameId ?? 0);
    } else if (message === OPEN_GUIDE_MESSAGE) {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    }
    return undefined;
  });
}
