/**
 * The options page's own texts in Bokmål: its title, the privacy statement and what comes later. Kept apart
 * from the extension's shared texts so the popup does not ship them. The other languages' are typed against these.
 */
export const messages = {
  'ext.options.title': 'Innstillinger for Få hjelp nå',
  'ext.saved': 'Innstillingene er lagret.',
  'ext.privacy.heading': 'Personvern',
  'ext.privacy.stored':
    'For innstillingene lagrer utvidelsen bare fem ting: kommunenummeret du velger, språket, hvem hjelpen vanligvis gjelder, om du har svart på eller hoppet over spørsmålene første gang, og om søkehjelpen er på.',
  'ext.privacy.where':
    'De lagres i denne nettleseren (storage.local), sammen med et versjonsnummer for formatet. De synkroniseres ikke til andre enheter eller kontoer. Innstillinger som ikke kan leses, legges til side der, under et eget navn, til du sletter innstillingene.',
  'ext.privacy.nothingLeaves':
    'Ingenting sendes fra enheten din. Utvidelsen gjør ingen nettverksforespørsler, har ingen statistikk eller sporing og laster ingen kode utenfra. Alle tjenester og kommuner er bygd inn.',
  'ext.privacy.answers': 'Svarene du gir i veiviseren, lagres ikke. De er borte når du lukker vinduet.',
  'ext.privacy.links':
    'Når du trykker på et nummer eller en lenke, åpner telefonen eller nettleseren den. Da gjelder personvernet hos den du kontakter.',
  'ext.searchHelp.heading': 'Hjelp når du søker',
  'ext.searchHelp.text':
    'Søker du etter noe som handler om selvmord, selvskading eller om at du ikke orker mer, på Google, Bing, DuckDuckGo, Kvasir, Ecosia eller Brave Search, kan utvidelsen vise et kort øverst i resultatene med telefonnumre som svarer nå. Det er av til du slår det på. Da spør nettleseren om lov til disse søkesidene, og ingen andre. Startpage er ikke med, fordi søkeordene der ikke står i adressen.',
  'ext.privacy.search':
    'Søkehjelpen leser søkeordene i adressen til søkesiden, bare på denne enheten, for å avgjøre om kortet skal vises. Ingenting om søkene dine lagres, logges eller sendes noe sted, og skriptet på søkesiden gjør ingen nettverksforespørsler. Det eneste søkehjelpen lagrer, er om den er på eller av.',
  'ext.privacy.clear': 'Slett innstillingene',
  'ext.privacy.cleared': 'Innstillingene er slettet.',
  'ext.plan.heading': 'Min plan',
  'ext.plan.text':
    'En plan i dine egne ord for vanskelige stunder: varseltegn, hva som hjelper, og hvem du kan kontakte. Skriver du en, lagres den bare i denne nettleseren, og du kan låse den med en kode.',
  'ext.plan.open': 'Åpne Min plan',
} as const;

export type OptionsMessages = Record<keyof typeof messages, string>;
