/**
 * The search help switch's texts in Bokmål, apart from the popup's own: the popup loads the switch only on its
 * first-use screen, and its opening budget has no room for them. The other languages' are typed against these keys.
 */
export const messages = {
  'ext.searchHelp.offer': 'Vis meg hjelp øverst på søkesider når jeg søker etter noe som handler om krise.',
  'ext.searchHelp.denied': 'Søkehjelpen er ikke slått på: nettleseren fikk ikke lov til å bruke søkesidene.',
} as const;

export type SearchHelpMessages = Record<keyof typeof messages, string>;
