import type { SearchHelpMessages } from '../nb/search-help';

/** The search help switch's texts in Polish. Typed against nb's keys: a missing key fails the type check. */
export const messages: SearchHelpMessages = {
  'ext.searchHelp.offer': 'Pokazuj mi pomoc na górze stron wyszukiwania, gdy szukam czegoś o kryzysie.',
  'ext.searchHelp.denied': 'Pomoc przy wyszukiwaniu nie jest włączona: przeglądarka nie dostała zgody na wyszukiwarki.',
};
