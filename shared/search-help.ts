// What the search help card, the background and the extension's pages agree on: the sites, the storage key of
// the on/off choice and the one message the card sends. Plain data, no browser API: each side wires it in.

/**
 * The search sites' origins, as the manifest's optional_host_permissions and `permissions.request` name them.
 * Startpage is left out on purpose: it sends the query by POST, so its results URL holds no query to read.
 */
export const SEARCH_ORIGINS = [
  'https://www.google.no/*',
  'https://www.google.com/*',
  'https://www.bing.com/*',
  'https://duckduckgo.com/*',
  'https://www.kvasir.no/*',
  'https://www.ecosia.org/*',
  'https://search.brave.com/*',
] as const;

/**
 * Where the content script is registered: the results pages of those sites, never their maps or images
 * (DuckDuckGo shows everything at `/`, so matchCrisisQuery tells its tabs apart).
 */
export const SEARCH_RESULTS_MATCHES = [
  'https://www.google.no/search*',
  'https://www.google.com/search*',
  'https://www.bing.com/search*',
  'https://duckduckgo.com/*',
  'https://www.kvasir.no/alle*',
  'https://www.ecosia.org/search*',
  'https://search.brave.com/search*',
] as const;

/** What `permissions.request` asks for when the person turns search help on: the sites and `scripting`. */
export const SEARCH_HELP_PERMISSIONS = { permissions: ['scripting' as const], origins: [...SEARCH_ORIGINS] };

/**
 * The on/off choice in storage.local: its own key, apart from the settings record, `true` only when the person
 * turned it on. WXT's `local:` prefix for storage.defineItem; the content script reads the bare key.
 */
export const SEARCH_HELP_ITEM = 'local:searchHelp' as const;
export const SEARCH_HELP_STORAGE_KEY = 'searchHelp';

/** The content script's id in `scripting.registerContentScripts`, and the file WXT builds it to. */
export const SEARCH_HELP_SCRIPT_ID = 'search-help';
export const SEARCH_HELP_SCRIPT_FILE = 'content-scripts/search-help.js';
/** The card's script, which the background runs in a tab only when the small script above found a match. */
export const SEARCH_CARD_SCRIPT_FILE = '/content-scripts/search-card.js';

/** The small script's one message to the background: run the card's script in this tab. Carries nothing else. */
export const SHOW_CARD_MESSAGE = 'get-help-now:show-card';
/** The card's one message to the background: open the extension's guide in a tab. Carries nothing else. */
export const OPEN_GUIDE_MESSAGE = 'get-help-now:open-guide';
/** The background's message to open tabs when search help was switched off or its sites revoked. */
export const STOP_SEARCH_HELP_MESSAGE = 'get-help-now:stop-search-help';

/** The key the extension's settings are stored under, for the card's language (read-only there). */
export const SETTINGS_STORAGE_KEY = 'settings';
