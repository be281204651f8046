import type { Service } from '../schema/service-schema';
import { CATALOGUE, type ServiceId } from './services';

/**
 * What documents each catalogue service: a short description in nb, nn and en, the sources of its facts, and
 * the date they were checked against FACTS.md. Seeds (the five documents in ../shared/seeds) are cited as
 * `seed:<file>` where they are the source of who may use what. Keyed by ServiceId, so a service without its
 * details fails the type check.
 */

const VERIFIED = '2026-11-22';

const SEED = {
  helsenorge: {
    url: 'seed:helsenorge-mental-healthcare-for-adults.txt',
    title: 'Helsenorge: Mental healthcare for adults in Norway',
  },
  lommelegen: {
    url: 'seed:lommelegen-rask-psykisk-helsehjelp.txt',
    title: 'Lommelegen: Her kan du få rask psykisk helsehjelp',
  },
  relocation: {
    url: 'seed:relocation-guide-mental-health-services.txt',
    title: 'Relocation guide: mental health services in Norway',
  },
  organisation: {
    url: 'seed:organisation-of-health-and-social-services.txt',
    title: 'Organisation of health and social services in Norway',
  },
  ruud: {
    url: 'seed:ruud-2021-community-mental-health-norway.txt',
    title: 'Ruud et al. 2021: Community-based mental health services in Norway',
  },
} as const;

export const SERVICE_DETAILS: Record<ServiceId, Pick<Service, 'description' | 'sources' | 'verified'>> = {
  'emergency-113': {
    description: {
      nb: 'Ring 113 når et liv kan være i fare. Åpent hele døgnet, gratis.',
      nn: 'Ring 113 når eit liv kan vere i fare. Ope heile døgeret, gratis.',
      en: 'Call 113 when a life may be in danger. Open day and night, free.',
    },
    sources: [SEED.helsenorge, { url: 'https://nordlys.no', title: 'Nordlys' }],
    verified: VERIFIED,
  },
  'police-112': {
    description: {
      nb: 'Ring 112 hvis noen er i fare fra en annen person, eller vold skjer nå.',
      nn: 'Ring 112 om nokon er i fare frå ein annan person, eller vald skjer no.',
      en: 'Call 112 if someone is in danger from another person, or violence is happening now.',
    },
    sources: [{ url: 'https://side3.no', title: 'Side3' }],
    verified: VERIFIED,
  },
  'legevakt-116117': {
    description: {
      nb: 'Når det haster, men ikke er livstruende. 116 117 setter deg over til legevakten der du er. Gratis å ringe, hele døgnet.',
      nn: 'Når det hastar, men ikkje er livstruande. 116 117 set deg over til legevakta der du er. Gratis å ringje, heile døgeret.',
      en: 'When it is urgent but not life-threatening. 116 117 puts you through to the local out-of-hours centre. Free to call, day and night.',
    },
    sources: [
      SEED.helsenorge,
      { url: 'https://lom.kommune.no', title: 'Lom kommune: legevakt' },
      { url: 'https://vadso.kommune.no', title: 'Vadsø kommune: legevakt' },
    ],
    verified: VERIFIED,
  },
  'psykiatrisk-legevakt': {
    description: {
      nb: 'Akutt hjelp ved psykisk krise i Oslo, hele døgnet. Ring 116 117 og trykk 2.',
      nn: 'Akutt hjelp ved psykisk krise i Oslo, heile døgeret. Ring 116 117 og trykk 2.',
      en: 'Urgent help in a mental health crisis in Oslo, day and night. Call 116 117 and press 2.',
    },
    sources: [
      {
        url: 'https://oslo.kommune.no/helse-og-omsorg/akutt-helsehjelp/legevakt-oslo/',
        title: 'Oslo kommune: Legevakt Oslo',
      },
      SEED.helsenorge,
    ],
    verified: VERIFIED,
  },
  'mental-helse-116123': {
    description: {
      nb: 'Noen å snakke med, på telefon eller chat. Hele døgnet, gratis og anonymt. For voksne.',
      nn: 'Nokon å snakke med, på telefon eller chat. Heile døgeret, gratis og anonymt. For vaksne.',
      en: 'Someone to talk to, by phone or chat. Day and night, free and anonymous. For adults.',
    },
    sources: [
      { url: 'https://apress.no', title: 'Apress (2025)' },
      { url: 'https://tv2.no', title: 'TV 2' },
    ],
    verified: VERIFIED,
  },
  'kirkens-sos': {
    description: {
      nb: 'Noen å snakke med når livet er vanskelig. Telefon hele døgnet. Du kan også skrive en melding og få svar innen 48 timer.',
      nn: 'Nokon å snakke med når livet er vanskeleg. Telefon heile døgeret. Du kan òg skrive ei melding og få svar innan 48 timar.',
      en: 'Someone to talk to when life is hard. Phone day and night. You can also write a message and get an answer within 48 hours.',
    },
    sources: [{ url: 'https://kirkens-sos.no/telefon', title: 'Kirkens SOS: telefon' }],
    verified: VERIFIED,
  },
  'alarmtelefonen-116111': {
    description: {
      nb: 'For barn og unge som har det vondt hjemme eller blir utsatt for vold, og for voksne som er bekymret for et barn. Telefon hele døgnet.',
      nn: 'For barn og unge som har det vondt heime eller blir utsette for vald, og for vaksne som er uroa for eit barn. Telefon heile døgeret.',
      en: 'For children and young people who are having a hard time at home or face violence, and for adults worried about a child. Phone day and night.',
    },
    sources: [{ url: 'https://116111.no/omalarmtelefonen', title: 'Alarmtelefonen: om Alarmtelefonen (2024)' }],
    verified: VERIFIED,
  },
  'kors-pa-halsen': {
    description: {
      nb: 'Røde Kors sin samtaletjeneste for deg under 18. Ring eller chat, anonymt. Se nettsiden for åpningstider.',
      nn: 'Raudekrossen si samtaleteneste for deg under 18. Ring eller chat, anonymt. Sjå nettsida for opningstider.',
      en: "The Red Cross's talk service for under-18s. Call or chat, anonymously. See the website for opening hours.",
    },
    sources: [
      { url: 'https://framtida.no', title: 'Framtida (2022)' },
      { url: 'https://vg.no', title: 'VG (2022)' },
    ],
    verified: VERIFIED,
  },
  'vold-overgrepslinjen-116006': {
    description: {
      nb: 'For deg som er utsatt for vold eller overgrep, eller kjenner noen som er det. Hele døgnet, gratis og anonymt.',
      nn: 'For deg som er utsett for vald eller overgrep, eller kjenner nokon som er det. Heile døgeret, gratis og anonymt.',
      en: 'For you if you face violence or abuse, or know someone who does. Day and night, free and anonymous.',
    },
    sources: [
      { url: 'https://krisesenter.com', title: 'Krisesentersekretariatet' },
      { url: 'https://ldo.no', title: 'Likestillings- og diskrimineringsombudet' },
    ],
    verified: VERIFIED,
  },
  'seksuelt-misbrukte-80057000': {
    description: {
      nb: 'For deg som har vært utsatt for seksuelle overgrep, nå eller før. Hele døgnet, gratis og anonymt.',
      nn: 'For deg som har vore utsett for seksuelle overgrep, no eller før. Heile døgeret, gratis og anonymt.',
      en: 'For you if you have been sexually abused, now or in the past. Day and night, free and anonymous.',
    },
    sources: [
      { url: 'https://ung.no', title: 'ung.no' },
      { url: 'https://xstra.no', title: 'Bufdir via Xstra (2020)' },
    ],
    verified: VERIFIED,
  },
  leve: {
    description: {
      nb: 'Støtte og fellesskap for deg som har mistet noen i selvmord. Se nettsiden for åpningstider.',
      nn: 'Støtte og fellesskap for deg som har mista nokon i sjølvmord. Sjå nettsida for opningstider.',
      en: 'Support and fellowship if you have lost someone to suicide. See the website for opening hours.',
    },
    sources: [
      { url: 'https://tv2.no', title: 'TV 2' },
      { url: 'https://vestvagoy.kommune.no', title: 'Vestvågøy kommune' },
    ],
    verified: VERIFIED,
  },
  'vern-for-eldre': {
    description: {
      nb: 'For deg over 62 som blir utsatt for vold eller overgrep, og for pårørende. Hverdager 09–15, gratis og anonymt.',
      nn: 'For deg over 62 som blir utsett for vald eller overgrep, og for pårørande. Kvardagar 09–15, gratis og anonymt.',
      en: 'For people over 62 who face violence or abuse, and their families. Weekdays 09–15, free and anonymous.',
    },
    sources: [{ url: 'https://vernforeldre.no/english', title: 'Vern for eldre: English' }],
    verified: VERIFIED,
  },
  giftinformasjonen: {
    description: {
      nb: 'Råd hele døgnet hvis noen kan ha fått i seg noe giftig. Er noen i fare, ring 113.',
      nn: 'Råd heile døgeret om nokon kan ha fått i seg noko giftig. Er nokon i fare, ring 113.',
      en: 'Advice day and night if someone may have taken something poisonous. If someone is in danger, call 113.',
    },
    sources: [{ url: 'https://www.helsenorge.no/giftinformasjon/om', title: 'Helsenorge: om Giftinformasjonen' }],
    verified: VERIFIED,
  },
  'veiledning-helsenorge': {
    description: {
      nb: 'Hjelp til å finne eller bytte fastlege. Ikke en krisetelefon. Se nettsiden for åpningstider.',
      nn: 'Hjelp til å finne eller byte fastlege. Ikkje ein krisetelefon. Sjå nettsida for opningstider.',
      en: 'Help to find or change your GP. Not a crisis line. See the website for opening hours.',
    },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  rusinfo: {
    description: {
      nb: 'Svar på spørsmål om alkohol, andre rusmidler og spill, i chat på nettsiden. Hverdager 11–18.',
      nn: 'Svar på spørsmål om alkohol, andre rusmiddel og spel, i chat på nettsida. Kvardagar 11–18.',
      en: 'Answers to questions about alcohol, other drugs and gambling, by chat on the website. Weekdays 11–18.',
    },
    sources: [
      { url: 'https://no.wikipedia.org/wiki/Rusinfo', title: 'Wikipedia: Rusinfo' },
      { url: 'https://rusinfo.no', title: 'RUSinfo' },
    ],
    verified: VERIFIED,
  },
  parorende: {
    description: {
      nb: 'Støtte og råd til deg som står nær noen som sliter. Gratis, og du trenger ikke henvisning. Spør kommunen din.',
      nn: 'Støtte og råd til deg som står nær nokon som slit. Gratis, og du treng ikkje tilvising. Spør kommunen din.',
      en: 'Support and advice if you are close to someone who is struggling. Free, and no referral needed. Ask your municipality.',
    },
    sources: [SEED.helsenorge, { url: 'https://dinutvei.no', title: 'Dinutvei.no' }],
    verified: VERIFIED,
  },
  fastlege: {
    description: {
      nb: 'Fastlegen kan behandle lette og moderate psykiske plager og henvise deg videre. Finn fastlegen din ved å logge inn på Helsenorge.',
      nn: 'Fastlegen kan behandle lette og moderate psykiske plager og vise deg vidare. Finn fastlegen din ved å logge inn på Helsenorge.',
      en: 'Your GP can treat mild and moderate mental health problems and refer you on. Find your GP by logging in to Helsenorge.',
    },
    sources: [SEED.helsenorge, SEED.relocation],
    verified: VERIFIED,
  },
  'rask-psykisk-helsehjelp': {
    description: {
      nb: 'Gratis hjelp fra kommunen ved nye, lette til moderate plager som angst, depresjon, stress og søvnproblemer. Ingen henvisning. Målet er hjelp innen 1–2 uker.',
      nn: 'Gratis hjelp frå kommunen ved nye, lette til moderate plager som angst, depresjon, stress og søvnproblem. Inga tilvising. Målet er hjelp innan 1–2 veker.',
      en: 'Free help from the municipality for new, mild to moderate anxiety, depression, stress or sleep problems. No referral. The aim is help within 1–2 weeks.',
    },
    sources: [
      SEED.helsenorge,
      SEED.lommelegen,
      { url: 'https://napha.no/content/13931', title: 'NAPHA: Rask psykisk helsehjelp (2025)' },
    ],
    verified: VERIFIED,
  },
  kommunepsykolog: {
    description: {
      nb: 'Mange kommuner har psykologer som gir gratis korttidsbehandling ved lette og moderate plager. Kontakt kommunen eller fastlegen.',
      nn: 'Mange kommunar har psykologar som gir gratis korttidsbehandling ved lette og moderate plager. Kontakt kommunen eller fastlegen.',
      en: 'Many municipalities have psychologists who give free short-term treatment for mild and moderate problems. Contact the municipality or your GP.',
    },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  'kommunal-psykisk-helsetjeneste': {
    description: {
      nb: 'Kommunen har tjenester for behandling og oppfølging, også for pårørende. Kontakt kommunen eller fastlegen.',
      nn: 'Kommunen har tenester for behandling og oppfølging, òg for pårørande. Kontakt kommunen eller fastlegen.',
      en: 'Your municipality has services for treatment and follow-up, also for next of kin. Contact the municipality or your GP.',
    },
    sources: [SEED.helsenorge, SEED.organisation],
    verified: VERIFIED,
  },
  'oppsokende-team': {
    description: {
      nb: 'Hjelp hjemme eller der du bor, hvis det er vanskelig å komme til avtaler og plagene er alvorlige eller sammensatte. Kontakt kommunen.',
      nn: 'Hjelp heime eller der du bur, om det er vanskeleg å kome til avtalar og plagene er alvorlege eller samansette. Kontakt kommunen.',
      en: 'Help at home or where you live, if it is hard to get to appointments and problems are severe or complex. Contact the municipality.',
    },
    sources: [SEED.helsenorge, SEED.ruud],
    verified: VERIFIED,
  },
  frisklivssentral: {
    description: {
      nb: 'Hjelp til å endre levevaner og mestre stress, nedstemthet, søvnproblemer og alkohol. Finnes i over halvparten av kommunene.',
      nn: 'Hjelp til å endre levevanar og meistre stress, nedstemtheit, søvnproblem og alkohol. Finst i over halvparten av kommunane.',
      en: 'Help to change habits and cope with stress, low mood, sleep problems and alcohol. In over half of municipalities.',
    },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  skolehelsetjenesten: {
    description: {
      nb: 'Helsesykepleieren på skolen eller helsestasjon for ungdom kan snakke med deg og hjelpe deg videre. Gratis.',
      nn: 'Helsesjukepleiaren på skulen eller helsestasjon for ungdom kan snakke med deg og hjelpe deg vidare. Gratis.',
      en: 'The school nurse or the youth health centre can talk with you and help you further. Free.',
    },
    sources: [SEED.helsenorge, SEED.organisation],
    verified: VERIFIED,
  },
  dps: {
    description: {
      nb: 'Spesialisthjelp ved alvorlig depresjon, alvorlig angst eller psykose: poliklinikk, ambulante team og døgnplasser. Fastlegen henviser deg.',
      nn: 'Spesialisthjelp ved alvorleg depresjon, alvorleg angst eller psykose: poliklinikk, ambulante team og døgnplassar. Fastlegen viser deg vidare.',
      en: 'Specialist help for severe depression, severe anxiety or psychosis: outpatient clinic, mobile teams and inpatient care. Your GP refers you.',
    },
    sources: [SEED.helsenorge, SEED.ruud],
    verified: VERIFIED,
  },
  bup: {
    description: {
      nb: 'Spesialisthjelp for barn og unge. Fastlegen, skolehelsetjenesten eller barnevernet kan henvise.',
      nn: 'Spesialisthjelp for barn og unge. Fastlegen, skulehelsetenesta eller barnevernet kan vise vidare.',
      en: 'Specialist help for children and young people. The GP, the school health service or child welfare can refer.',
    },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  'e-mestring': {
    description: {
      nb: 'Behandling på nett med en terapeut, cirka 14 uker, ved panikklidelse, sosial angst eller lett til moderat depresjon. Vanligvis henvist av fastlegen.',
      nn: 'Behandling på nett med ein terapeut, om lag 14 veker, ved panikkliding, sosial angst eller lett til moderat depresjon. Vanlegvis tilvist av fastlegen.',
      en: 'Online treatment with a therapist, about 14 weeks, for panic disorder, social anxiety or mild to moderate depression. Usually by GP referral.',
    },
    sources: [SEED.helsenorge, { url: 'https://helse-bergen.no/emeistring', title: 'Helse Bergen: eMeistring' }],
    verified: VERIFIED,
  },
  'digital-selvhjelp': {
    description: {
      nb: 'Gratis verktøy godkjent av fagmiljøer, for stress, bekymring, lett til moderat angst og depresjon, og søvn. Se verktøykatalogen på Helsenorge.',
      nn: 'Gratis verktøy godkjende av fagmiljø, for stress, uro, lett til moderat angst og depresjon, og søvn. Sjå verktøykatalogen på Helsenorge.',
      en: 'Free tools approved by professionals, for stress, worry, mild to moderate anxiety and depression, and sleep. See the tool catalogue on Helsenorge.',
    },
    sources: [
      SEED.helsenorge,
      { url: 'https://kode24.no', title: 'kode24' },
      { url: 'https://abcnyheter.no', title: 'ABC Nyheter (2023-10-30)' },
    ],
    verified: VERIFIED,
  },
  'private-psykolog': {
    description: {
      nb: 'Ofte kortere ventetid og flere valg, men det koster mer og dekkes vanligvis ikke av det offentlige.',
      nn: 'Ofte kortare ventetid og fleire val, men det kostar meir og blir vanlegvis ikkje dekt av det offentlege.',
      en: 'Often shorter waits and more choice, but it costs more and is usually not covered by public funding.',
    },
    sources: [SEED.relocation],
    verified: VERIFIED,
  },
};

/** The whole catalogue, each service with its description, sources and verified date. */
export function fullCatalogue(): Service[] {
  return CATALOGUE.map((entry) => ({ ...entry, ...SERVICE_DETAILS[entry.id as ServiceId] }));
}
