import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSearchHelp } from '../content/start-search-help';

// Never registered: the background runs this script (scripting.executeScript) in a tab whose search-help script
// found a search of crisis. It draws the card and follows the page from then on.
export default defineContentScript({
  registration: 'runtime',
  // The card's CSS is a string passed to the shadow root: no stylesheet, nothing web-accessible.
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main: (ctx) => startSearchHelp(ctx),
});
