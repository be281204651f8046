import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'Innstillingar for Få hjelp no',
  'ext.privacy.heading': 'Personvern',
  'ext.privacy.stored':
    'For innstillingane lagrar utvidinga berre fire ting: kommunenummeret du vel, språket, kven hjelpa vanlegvis gjeld, og om du har svart på eller hoppa over spørsmåla første gongen.',
  'ext.privacy.where':
    'Dei blir lagra i denne nettlesaren (storage.local), saman med eit versjonsnummer for formatet. Dei blir ikkje synkroniserte til andre einingar eller kontoar.',
  'ext.privacy.nothingLeaves':
    'Ingenting blir sendt frå eininga di. Utvidinga gjer ingen nettverksførespurnader, har ingen statistikk eller sporing og lastar ingen kode utanfrå. Alle tenester og kommunar er bygde inn.',
  'ext.privacy.answers': 'Svara du gir i rettleiaren, blir ikkje lagra. Dei er borte når du lukkar vindauget.',
  'ext.privacy.links':
    'Når du trykkjer på eit nummer eller ei lenkje, opnar telefonen eller nettlesaren det. Då gjeld personvernet hos den du kontaktar.',
  'ext.privacy.clear': 'Slett innstillingane',
  'ext.privacy.cleared': 'Innstillingane er sletta.',
  'ext.plan.heading': 'Min plan',
  'ext.plan.text':
    'Ein plan med dine eigne ord for vanskelege stunder: varselteikn, kva som hjelper, og kven du kan kontakte. Skriv du ein, blir han lagra berre i denne nettlesaren, og du kan låse han med ein kode.',
  'ext.plan.open': 'Opne Min plan',
  'ext.future.heading': 'Kjem seinare',
  'ext.future.text':
    'Her skal du seinare kunne slå på hjelp når du søkjer på nettet etter noko som handlar om krise. Ho finst ikkje enno, og ho blir aldri slått på utan at du vel det.',
};
