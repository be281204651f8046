import type { ExtensionMessages } from '../nb/popup';

/** The extension's own texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const messages: ExtensionMessages = {
  'ext.plan': 'Min plan',
  'ext.settings': 'Innstillingar',
  'ext.bar.municipality': 'Kommune: {name}',
  'ext.bar.noMunicipality': 'Ingen kommune vald',
  'ext.setup.heading': 'Tilpass hjelpa',
  'ext.setup.intro':
    'Vel kommune og språk, så passar hjelpa betre der du bur. Du kan hoppe over dette og endre det seinare.',
  'ext.setup.private': 'Vala blir berre lagra i denne nettlesaren.',
  'ext.municipality.label': 'Kommunen din',
  'ext.municipality.hint': 'Skriv namnet på kommunen eller eit postnummer.',
  'ext.municipality.one': '1 kommune passar.',
  'ext.municipality.many': '{n} kommunar passar.',
  'ext.municipality.more': '{n} kommunar passar. Dei {shown} første blir viste, skriv meir for å finne din.',
  'ext.municipality.none': 'Ingen kommune passar. Prøv eit anna namn eller eit postnummer med fire siffer.',
  'ext.municipality.chosen': 'Vald kommune: {name}',
  'ext.municipality.clear': 'Fjern kommunen',
  'ext.language.legend': 'Språk',
  'ext.audience.legend': 'Kven gjeld det vanlegvis?',
  'ext.audience.ask': 'Spør kvar gong',
  'ext.audience.young': 'Eit barn eller ein ungdom',
  'ext.save': 'Lagre',
  'ext.cancel': 'Avbryt',
  'ext.saved': 'Innstillingane er lagra.',
  'ext.allSettings': 'Alle innstillingar og personvern',
};
