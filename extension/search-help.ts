import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { SEARCH_HELP_ITEM, SEARCH_HELP_PERMISSIONS } from '../shared/search-help';

/**
 * The search help card's on/off choice: its own item in storage.local, apart from the settings record, and the
 * only thing search help ever writes. A function, so that importing this module touches no storage.
 */
export const searchHelpItem = () => storage.defineItem<boolean>(SEARCH_HELP_ITEM, { fallback: false });

/** Whether search help is on: switched on here, and the search sites still granted by the browser. */
export async function isSearchHelpOn(): Promise<boolean> {
  try {
    const [chosen, granted] = await Promise.all([
      searchHelpItem().getValue(),
      browser.permissions.contains(SEARCH_HELP_PERMISSIONS),
    ]);
    return chosen === true && granted;
  } catch (error) {
    console.warn('Get help now: could not read whether search help is on.', error);
    return false;
  }
}

/**
 * Switches search help on or off from a click. Call it first thing in the click handler: the browser shows its
 * permission prompt only in answer to a click, and Firefox forgets the click after the first `await`.
 * Switching on asks for the search sites and `scripting`, and is on only if the person grants them; switching
 * off forgets the choice and gives the sites back. Resolves to whether search help is now on.
 */
export function switchSearchHelp(on: boolean): Promise<boolean> {
  if (!on) return switchOff();
  // No await before this line.
  const asked = browser.permissions.request(SEARCH_HELP_PERMISSIONS);
  return asked.then(
    async (granted) => {
      if (granted) await searchHelpItem().setValue(true);
      return granted;
    },
    (error: unknown) => {
      console.warn('Get help now: the browser did not ask for the search sites.', error);
      return false;
    },
  );
}

async function switchOff(): Promise<boolean> {
  await searchHelpItem().setValue(false);
  try {
    await browser.permissions.remove(SEARCH_HELP_PERMISSIONS);
  } catch (error) {
    // Off is off without it: the background unregisters the script when the choice changes.
    console.warn('Get help now: could not give back the search sites.', error);
  }
  return false;
}
