import type { ServiceId } from '../../catalogue/services';

/**
 * A short description of each catalogue service in Bokmål. No face shows them yet, so they are in no bundle:
 * they document the catalogue (see shared/i18n/full-catalogue.ts).
 */
export const serviceDescriptions: Record<ServiceId, string> = {
  'emergency-113': 'Ring 113 når et liv kan være i fare. Åpent hele døgnet, gratis.',
  'police-112': 'Ring 112 hvis noen er i fare fra en annen person, eller vold skjer nå.',
  'legevakt-116117':
    'Når det haster, men ikke er livstruende. 116 117 setter deg over til legevakten der du er. Gratis å ringe, hele døgnet.',
  'psykiatrisk-legevakt': 'Akutt hjelp ved psykisk krise i Oslo, hele døgnet. Ring 116 117 og trykk 2.',
  'mental-helse-116123': 'Noen å snakke med, på telefon eller chat. Hele døgnet, gratis og anonymt. For voksne.',
  'kirkens-sos':
    'Noen å snakke med når livet er vanskelig. Telefon hele døgnet. Du kan også skrive en melding og få svar innen 48 timer.',
  'alarmtelefonen-116111':
    'For barn og unge som har det vondt hjemme eller blir utsatt for vold, og for voksne som er bekymret for et barn. Telefon hele døgnet.',
  'kors-pa-halsen':
    'Røde Kors sin samtaletjeneste for deg under 18. Ring eller chat, anonymt. Se nettsiden for åpningstider.',
  'vold-overgrepslinjen-116006':
    'For deg som er utsatt for vold eller overgrep, eller kjenner noen som er det. Hele døgnet, gratis og anonymt.',
  'seksuelt-misbrukte-80057000':
    'For deg som har vært utsatt for seksuelle overgrep, nå eller før. Hele døgnet, gratis og anonymt.',
  leve: 'Støtte og fellesskap for deg som har mistet noen i selvmord. Se nettsiden for åpningstider.',
  'vern-for-eldre':
    'For deg over 62 som blir utsatt for vold eller overgrep, og for pårørende. Hverdager 09–15, gratis og anonymt.',
  giftinformasjonen: 'Råd hele døgnet hvis noen kan ha fått i seg noe giftig. Er noen i fare, ring 113.',
  'veiledning-helsenorge':
    'Hjelp til å finne eller bytte fastlege. Ikke en krisetelefon. Se nettsiden for åpningstider.',
  rusinfo: 'Svar på spørsmål om alkohol, andre rusmidler og spill, i chat på nettsiden. Hverdager 11–18.',
  parorende:
    'Støtte og råd til deg som står nær noen som sliter. Gratis, og du trenger ikke henvisning. Spør kommunen din.',
  fastlege:
    'Fastlegen kan behandle lette og moderate psykiske plager og henvise deg videre. Finn fastlegen din ved å logge inn på Helsenorge.',
  'rask-psykisk-helsehjelp':
    'Gratis hjelp fra kommunen ved nye, lette til moderate plager som angst, depresjon, stress og søvnproblemer. Ingen henvisning. Målet er hjelp innen 1–2 uker.',
  kommunepsykolog:
    'Mange kommuner har psykologer som gir gratis korttidsbehandling ved lette og moderate plager. Kontakt kommunen eller fastlegen.',
  'kommunal-psykisk-helsetjeneste':
    'Kommunen har tjenester for behandling og oppfølging, også for pårørende. Kontakt kommunen eller fastlegen.',
  'oppsokende-team':
    'Hjelp hjemme eller der du bor, hvis det er vanskelig å komme til avtaler og plagene er alvorlige eller sammensatte. Kontakt kommunen.',
  frisklivssentral:
    'Hjelp til å endre levevaner og mestre stress, nedstemthet, søvnproblemer og alkohol. Finnes i over halvparten av kommunene.',
  skolehelsetjenesten:
    'Helsesykepleieren på skolen eller helsestasjon for ungdom kan snakke med deg og hjelpe deg videre. Gratis.',
  dps: 'Spesialisthjelp ved alvorlig depresjon, alvorlig angst eller psykose: poliklinikk, ambulante team og døgnplasser. Fastlegen henviser deg.',
  bup: 'Spesialisthjelp for barn og unge. Fastlegen, skolehelsetjenesten eller barnevernet kan henvise.',
  'e-mestring':
    'Behandling på nett med en terapeut, cirka 14 uker, ved panikklidelse, sosial angst eller lett til moderat depresjon. Vanligvis henvist av fastlegen.',
  'digital-selvhjelp':
    'Gratis verktøy godkjent av fagmiljøer, for stress, bekymring, lett til moderat angst og depresjon, og søvn. Se verktøykatalogen på Helsenorge.',
  'private-psykolog':
    'Ofte kortere ventetid og flere valg, men det koster mer og dekkes vanligvis ikke av det offentlige.',
};
