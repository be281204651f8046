import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSearchHelp } from '../content/start-search-help';

// Registered at run time by the background, and only once the person has switched search help on and granted
// the search sites: no `matches` here, so the manifest names no site and asks for none at install.
export default defineContentScript({
  registration: 'runtime',
  // The card's CSS is a string passed to the shadow root: no stylesheet, nothing web-accessible.
  cssInjectionMode: 'manual',
  // Tells an older copy of this script to stop by a DOM event, not by a message the page could read.
  noScriptStartedPostMessage: true,
  main: (ctx) => startSearchHelp(ctx),
});
