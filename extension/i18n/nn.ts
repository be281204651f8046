import type { ExtensionMessages } from './nb';

/** The extension's own texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const nn: ExtensionMessages = {
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
  'ext.options.title': 'Innstillingar for Få hjelp no',
  'ext.privacy.heading': 'Personvern',
  'ext.privacy.stored':
    'Utvidinga lagrar berre fire ting: kommunenummeret du vel, språket, kven hjelpa vanlegvis gjeld, og om du har svart på eller hoppa over spørsmåla første gongen.',
  'ext.privacy.where':
    'Dei blir lagra i denne nettlesaren (storage.local), saman med eit versjonsnummer for formatet. Dei blir ikkje synkroniserte til andre einingar eller kontoar.',
  'ext.privacy.nothingLeaves':
    'Ingenting blir sendt frå eininga di. Utvidinga gjer ingen nettverksførespurnader, har ingen statistikk eller sporing og lastar ingen kode utanfrå. Alle tenester og kommunar er bygde inn.',
  'ext.privacy.answers': 'Svara du gir i rettleiaren, blir ikkje lagra. Dei er borte når du lukkar vindauget.',
  'ext.privacy.links':
    'Når du trykkjer på eit nummer eller ei lenkje, opnar telefonen eller nettlesaren det. Då gjeld personvernet hos den du kontaktar.',
  'ext.privacy.clear': 'Slett innstillingane',
  'ext.privacy.cleared': 'Innstillingane er sletta.',
  'ext.future.heading': 'Kjem seinare',
  'ext.future.text':
    'Her skal du seinare kunne slå på ein tryggleiksplan og hjelp når du søkjer på nettet etter noko som handlar om krise. Ingen av dei finst enno, og dei blir aldri slått på utan at du vel det.',
};
