/**
 * The extension's own texts in Bokmål: settings, first use, options and privacy. Kept apart from
 * shared/i18n so the widget does not ship them. The other languages' are typed against these keys.
 */
export const messages = {
  'ext.plan': 'Min plan',
  'ext.settings': 'Innstillinger',
  'ext.bar.municipality': 'Kommune: {name}',
  'ext.bar.noMunicipality': 'Ingen kommune valgt',
  'ext.setup.heading': 'Tilpass hjelpen',
  'ext.setup.intro':
    'Velg kommune og språk, så passer hjelpen bedre der du bor. Du kan hoppe over dette og endre det senere.',
  'ext.setup.private': 'Valgene lagres bare i denne nettleseren.',
  'ext.municipality.label': 'Kommunen din',
  'ext.municipality.hint': 'Skriv navnet på kommunen eller et postnummer.',
  'ext.municipality.one': '1 kommune passer.',
  'ext.municipality.many': '{n} kommuner passer.',
  'ext.municipality.more': '{n} kommuner passer. De {shown} første vises, skriv mer for å finne din.',
  'ext.municipality.none': 'Ingen kommune passer. Prøv et annet navn eller et postnummer med fire sifre.',
  'ext.municipality.chosen': 'Valgt kommune: {name}',
  'ext.municipality.clear': 'Fjern kommunen',
  'ext.language.legend': 'Språk',
  'ext.audience.legend': 'Hvem gjelder det vanligvis?',
  'ext.audience.ask': 'Spør hver gang',
  'ext.audience.young': 'Et barn eller en ungdom',
  'ext.save': 'Lagre',
  'ext.cancel': 'Avbryt',
  'ext.saved': 'Innstillingene er lagret.',
  'ext.allSettings': 'Alle innstillinger og personvern',
} as const;

export type ExtensionMessageKey = keyof typeof messages;
export type ExtensionMessages = Record<ExtensionMessageKey, string>;
