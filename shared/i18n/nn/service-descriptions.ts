import type { ServiceId } from '../../catalogue/services';

/** A short description of each catalogue service in Nynorsk; in no bundle (see ../nb/service-descriptions.ts). */
export const serviceDescriptions: Record<ServiceId, string> = {
  'emergency-113': 'Ring 113 når eit liv kan vere i fare. Ope heile døgeret, gratis.',
  'police-112': 'Ring 112 om nokon er i fare frå ein annan person, eller vald skjer no.',
  'legevakt-116117':
    'Når det hastar, men ikkje er livstruande. 116 117 set deg over til legevakta der du er. Gratis å ringje, heile døgeret.',
  'psykiatrisk-legevakt': 'Akutt hjelp ved psykisk krise i Oslo, heile døgeret. Ring 116 117 og trykk 2.',
  'mental-helse-116123': 'Nokon å snakke med, på telefon eller chat. Heile døgeret, gratis og anonymt. For vaksne.',
  'kirkens-sos':
    'Nokon å snakke med når livet er vanskeleg. Telefon heile døgeret. Du kan òg skrive ei melding og få svar innan 48 timar.',
  'alarmtelefonen-116111':
    'For barn og unge som har det vondt heime eller blir utsette for vald, og for vaksne som er uroa for eit barn. Telefon heile døgeret.',
  'kors-pa-halsen':
    'Raudekrossen si samtaleteneste for deg under 18. Ring eller chat, anonymt. Sjå nettsida for opningstider.',
  'vold-overgrepslinjen-116006':
    'For deg som er utsett for vald eller overgrep, eller kjenner nokon som er det. Heile døgeret, gratis og anonymt.',
  'seksuelt-misbrukte-80057000':
    'For deg som har vore utsett for seksuelle overgrep, no eller før. Heile døgeret, gratis og anonymt.',
  leve: 'Støtte og fellesskap for deg som har mista nokon i sjølvmord. Sjå nettsida for opningstider.',
  'vern-for-eldre':
    'For deg over 62 som blir utsett for vald eller overgrep, og for pårørande. Kvardagar 09–15, gratis og anonymt.',
  giftinformasjonen: 'Råd heile døgeret om nokon kan ha fått i seg noko giftig. Er nokon i fare, ring 113.',
  'veiledning-helsenorge':
    'Hjelp til å finne eller byte fastlege. Ikkje ein krisetelefon. Sjå nettsida for opningstider.',
  rusinfo: 'Svar på spørsmål om alkohol, andre rusmiddel og spel, i chat på nettsida. Kvardagar 11–18.',
  parorende:
    'Støtte og råd til deg som står nær nokon som slit. Gratis, og du treng ikkje tilvising. Spør kommunen din.',
  fastlege:
    'Fastlegen kan behandle lette og moderate psykiske plager og vise deg vidare. Finn fastlegen din ved å logge inn på Helsenorge.',
  'rask-psykisk-helsehjelp':
    'Gratis hjelp frå kommunen ved nye, lette til moderate plager som angst, depresjon, stress og søvnproblem. Inga tilvising. Målet er hjelp innan 1–2 veker.',
  kommunepsykolog:
    'Mange kommunar har psykologar som gir gratis korttidsbehandling ved lette og moderate plager. Kontakt kommunen eller fastlegen.',
  'kommunal-psykisk-helsetjeneste':
    'Kommunen har tenester for behandling og oppfølging, òg for pårørande. Kontakt kommunen eller fastlegen.',
  'oppsokende-team':
    'Hjelp heime eller der du bur, om det er vanskeleg å kome til avtalar og plagene er alvorlege eller samansette. Kontakt kommunen.',
  frisklivssentral:
    'Hjelp til å endre levevanar og meistre stress, nedstemtheit, søvnproblem og alkohol. Finst i over halvparten av kommunane.',
  skolehelsetjenesten:
    'Helsesjukepleiaren på skulen eller helsestasjon for ungdom kan snakke med deg og hjelpe deg vidare. Gratis.',
  dps: 'Spesialisthjelp ved alvorleg depresjon, alvorleg angst eller psykose: poliklinikk, ambulante team og døgnplassar. Fastlegen viser deg vidare.',
  bup: 'Spesialisthjelp for barn og unge. Fastlegen, skulehelsetenesta eller barnevernet kan vise vidare.',
  'e-mestring':
    'Behandling på nett med ein terapeut, om lag 14 veker, ved panikkliding, sosial angst eller lett til moderat depresjon. Vanlegvis tilvist av fastlegen.',
  'digital-selvhjelp':
    'Gratis verktøy godkjende av fagmiljø, for stress, uro, lett til moderat angst og depresjon, og søvn. Sjå verktøykatalogen på Helsenorge.',
  'private-psykolog':
    'Ofte kortare ventetid og fleire val, men det kostar meir og blir vanlegvis ikkje dekt av det offentlege.',
};
