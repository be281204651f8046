/**
 * The options page's own texts in Bokmål: its title, the privacy statement and what comes later. Kept apart
 * from the extension's shared texts so the popup does not ship them. The other languages' are typed against these.
 */
export const messages = {
  'ext.options.title': 'Innstillinger for Få hjelp nå',
  'ext.privacy.heading': 'Personvern',
  'ext.privacy.stored':
    'For innstillingene lagrer utvidelsen bare fire ting: kommunenummeret du velger, språket, hvem hjelpen vanligvis gjelder, og om du har svart på eller hoppet over spørsmålene første gang.',
  'ext.privacy.where':
    'De lagres i denne nettleseren (storage.local), sammen med et versjonsnummer for formatet. De synkroniseres ikke til andre enheter eller kontoer.',
  'ext.privacy.nothingLeaves':
    'Ingenting sendes fra enheten din. Utvidelsen gjør ingen nettverksforespørsler, har ingen statistikk eller sporing og laster ingen kode utenfra. Alle tjenester og kommuner er bygd inn.',
  'ext.privacy.answers': 'Svarene du gir i veiviseren, lagres ikke. De er borte når du lukker vinduet.',
  'ext.privacy.links':
    'Når du trykker på et nummer eller en lenke, åpner telefonen eller nettleseren den. Da gjelder personvernet hos den du kontakter.',
  'ext.privacy.clear': 'Slett innstillingene',
  'ext.privacy.cleared': 'Innstillingene er slettet.',
  'ext.plan.heading': 'Min plan',
  'ext.plan.text':
    'En plan i dine egne ord for vanskelige stunder: varseltegn, hva som hjelper, og hvem du kan kontakte. Skriver du en, lagres den bare i denne nettleseren, og du kan låse den med en kode.',
  'ext.plan.open': 'Åpne Min plan',
  'ext.future.heading': 'Kommer senere',
  'ext.future.text':
    'Her skal du senere kunne slå på hjelp når du søker på nettet etter noe som handler om krise. Den finnes ikke ennå, og den blir aldri slått på uten at du velger det.',
} as const;

export type OptionsMessages = Record<keyof typeof messages, string>;
