import { NEUTRAL_EXIT_URL, replacePage } from '../shared/ui/QuickExit';

/**
 * The quick exit in the extension: the page is hidden at once, then the popup closes. Opened as a tab (by its
 * address, or where a browser shows popups in a tab), a page cannot close itself: the tab is replaced with the
 * neutral page instead, so that Back does not return to it.
 */
export function leaveExtensionPage(): void {
  document.body.hidden = true;
  window.close();
  setTimeout(() => replacePage(NEUTRAL_EXIT_URL), 100);
}
