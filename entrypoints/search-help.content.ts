import { defineContentScript } from 'wxt/utils/define-content-script';
import { watchSearches } from '../content/watch-searches';

// Registered at run time by the background, and only once the person has switched search help on and granted
// the search sites: no `matches` here, so the manifest names no site and asks for none at install. It only
// watches for a search of crisis; the card's own script (search-card.content.ts) is run when one is found.
export default defineContentScript({
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // Tells an older copy of this script to stop by a DOM event, not by a message the page could read.
  noScriptStartedPostMessage: true,
  main: (ctx) => watchSearches(ctx),
});
