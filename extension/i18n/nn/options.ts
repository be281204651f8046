import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'Innstillingar for Få hjelp no',
  'ext.saved': 'Innstillingane er lagra.',
  'ext.privacy.heading': 'Personvern',
  'ext.privacy.stored':
    'For innstillingane lagrar utvidinga berre fem ting: kommunenummeret du vel, språket, kven hjelpa vanlegvis gjeld, om du har svart på eller hoppa over spørsmåla første gongen, og om søkjehjelpa er på.',
  'ext.privacy.where':
    'Dei blir lagra i denne nettlesaren (storage.local), saman med eit versjonsnummer for formatet. Dei blir ikkje synkroniserte til andre einingar eller kontoar. Innstillingar som ikkje kan lesast, blir lagde til side der, under eit eige namn, til du slettar innstillingane.',
  'ext.privacy.nothingLeaves':
    'Ingenting blir sendt frå eininga di. Utvidinga gjer ingen nettverksførespurnader, har ingen statistikk eller sporing og lastar ingen kode utanfrå. Alle tenester og kommunar er bygde inn.',
  'ext.privacy.answers': 'Svara du gir i rettleiaren, blir ikkje lagra. Dei er borte når du lukkar vindauget.',
  'ext.privacy.links':
    'Når du trykkjer på eit nummer eller ei lenkje, opnar telefonen eller nettlesaren det. Då gjeld personvernet hos den du kontaktar.',
  'ext.searchHelp.heading': 'Hjelp når du søkjer',
  'ext.searchHelp.text':
    'Søkjer du etter noko som handlar om sjølvmord, sjølvskading eller om at du ikkje orkar meir, på Google, Bing, DuckDuckGo, Kvasir, Ecosia eller Brave Search, kan utvidinga vise eit kort øvst i resultata med telefonnummer som svarer no. Det er av til du slår det på. Då spør nettlesaren om lov til desse søkjesidene, og ingen andre. Startpage er ikkje med, fordi søkjeorda der ikkje står i adressa.',
  'ext.privacy.search':
    'Søkjehjelpa les søkjeorda i adressa til søkjesida, berre på denne eininga, for å avgjere om kortet skal visast. Ingenting om søka dine blir lagra, logga eller sendt nokon stad, og skriptet på søkjesida gjer ingen nettverksførespurnader. Det einaste søkjehjelpa lagrar, er om ho er på eller av.',
  'ext.privacy.clear': 'Slett innstillingane',
  'ext.privacy.cleared': 'Innstillingane er sletta.',
  'ext.plan.heading': 'Min plan',
  'ext.plan.text':
    'Ein plan med dine eigne ord for vanskelege stunder: varselteikn, kva som hjelper, og kven du kan kontakte. Skriv du ein, blir han lagra berre i denne nettlesaren, og du kan låse han med ein kode.',
  'ext.plan.open': 'Opne Min plan',
};
