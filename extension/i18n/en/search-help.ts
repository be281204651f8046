import type { SearchHelpMessages } from '../nb/search-help';

/** The search help switch's texts in English. Typed against nb's keys: a missing key fails the type check. */
export const messages: SearchHelpMessages = {
  'ext.searchHelp.offer': 'Show me help at the top of search pages when I search for something about a crisis.',
  'ext.searchHelp.denied': 'Search help is not on: the browser was not allowed to use the search sites.',
};
