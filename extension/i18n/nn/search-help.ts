import type { SearchHelpMessages } from '../nb/search-help';

/** The search help switch's texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const messages: SearchHelpMessages = {
  'ext.searchHelp.offer': 'Vis meg hjelp øvst på søkjesider når eg søkjer etter noko som handlar om krise.',
  'ext.searchHelp.denied': 'Søkjehjelpa er ikkje slått på: nettlesaren fekk ikkje lov til å bruke søkjesidene.',
};
