import type { OpeningHours } from '../schema/opening-hours-schema';
import type { Service } from '../schema/service-schema';

/**
 * The service catalogue. Every contact fact here is one that ../shared/FACTS.md lists as confirmed, checked
 * on the `verified` date; where FACTS.md says a number or opening time is unconfirmed, the service ships
 * with its website only and no hours (the UI then says "see the website for opening hours").
 * Who may use what, referrals and costs come from the seed documents, cited as `seed:<file>`.
 *
 * Ids are stable (FACTS.md): others link to them. Never rename one.
 */

const VERIFIED = '2026-11-22';

const ALWAYS: OpeningHours = { type: 'always' };

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

export const SERVICES = [
  // --- Emergency and urgent -------------------------------------------------------------------------
  {
    id: 'emergency-113',
    kind: 'emergency',
    name: {
      nb: 'Medisinsk nødtelefon 113',
      nn: 'Medisinsk naudtelefon 113',
      en: 'Medisinsk nødtelefon 113 (medical emergency)',
    },
    description: {
      nb: 'Ring 113 når et liv kan være i fare. Åpent hele døgnet, gratis.',
      nn: 'Ring 113 når eit liv kan vere i fare. Ope heile døgeret, gratis.',
      en: 'Call 113 when a life may be in danger. Open day and night, free.',
    },
    contacts: [{ type: 'phone', number: '113', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [SEED.helsenorge, { url: 'https://nordlys.no', title: 'Nordlys' }],
    verified: VERIFIED,
  },
  {
    id: 'police-112',
    kind: 'emergency',
    name: { nb: 'Politiet 112', nn: 'Politiet 112', en: 'Politiet 112 (police)' },
    description: {
      nb: 'Ring 112 hvis noen er i fare fra en annen person, eller vold skjer nå.',
      nn: 'Ring 112 om nokon er i fare frå ein annan person, eller vald skjer no.',
      en: 'Call 112 if someone is in danger from another person, or violence is happening now.',
    },
    contacts: [{ type: 'phone', number: '112', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [{ url: 'https://side3.no', title: 'Side3' }],
    verified: VERIFIED,
  },
  {
    id: 'legevakt-116117',
    kind: 'out-of-hours',
    name: { nb: 'Legevakt 116 117', nn: 'Legevakt 116 117', en: 'Legevakt 116 117 (out-of-hours medical centre)' },
    description: {
      nb: 'Når det haster, men ikke er livstruende. 116 117 setter deg over til legevakten der du er. Gratis å ringe, hele døgnet.',
      nn: 'Når det hastar, men ikkje er livstruande. 116 117 set deg over til legevakta der du er. Gratis å ringje, heile døgeret.',
      en: 'When it is urgent but not life-threatening. 116 117 puts you through to the local out-of-hours centre. Free to call, day and night.',
    },
    contacts: [{ type: 'phone', number: '116 117', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      SEED.helsenorge,
      { url: 'https://lom.kommune.no', title: 'Lom kommune: legevakt' },
      { url: 'https://vadso.kommune.no', title: 'Vadsø kommune: legevakt' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'psykiatrisk-legevakt',
    kind: 'out-of-hours',
    name: {
      nb: 'Psykososial akuttjeneste, Legevakten i Oslo',
      nn: 'Psykososial akutteneste, Legevakta i Oslo',
      en: 'Psykososial akuttjeneste, Legevakten i Oslo (psychiatric emergency service)',
    },
    description: {
      nb: 'Akutt hjelp ved psykisk krise i Oslo, hele døgnet. Ring 116 117 og trykk 2.',
      nn: 'Akutt hjelp ved psykisk krise i Oslo, heile døgeret. Ring 116 117 og trykk 2.',
      en: 'Urgent help in a mental health crisis in Oslo, day and night. Call 116 117 and press 2.',
    },
    contacts: [
      { type: 'phone', number: '116 117', note: 'contact.note.press2', hours: ALWAYS },
      { type: 'phone', number: '+47 23 48 72 00', note: 'contact.note.fromOutsideOslo', hours: ALWAYS },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'municipalities', numbers: ['0301'] },
    sources: [
      {
        url: 'https://oslo.kommune.no/helse-og-omsorg/akutt-helsehjelp/legevakt-oslo/',
        title: 'Oslo kommune: Legevakt Oslo',
      },
      SEED.helsenorge,
    ],
    verified: VERIFIED,
  },

  // --- Helplines ------------------------------------------------------------------------------------
  {
    id: 'mental-helse-116123',
    kind: 'helpline',
    name: {
      nb: 'Mental Helse Hjelpetelefonen',
      nn: 'Mental Helse Hjelpetelefonen',
      en: 'Mental Helse Hjelpetelefonen (helpline)',
    },
    description: {
      nb: 'Noen å snakke med, på telefon eller chat. Hele døgnet, gratis og anonymt. For voksne.',
      nn: 'Nokon å snakke med, på telefon eller chat. Heile døgeret, gratis og anonymt. For vaksne.',
      en: 'Someone to talk to, by phone or chat. Day and night, free and anonymous. For adults.',
    },
    contacts: [
      { type: 'phone', number: '116 123', hours: ALWAYS },
      { type: 'chat', url: 'https://sidetmedord.no', hours: ALWAYS },
    ],
    audience: { minAge: 18 },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      { url: 'https://apress.no', title: 'Apress (2025)' },
      { url: 'https://tv2.no', title: 'TV 2' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'kirkens-sos',
    kind: 'helpline',
    name: { nb: 'Kirkens SOS', nn: 'Kirkens SOS', en: 'Kirkens SOS (crisis helpline)' },
    description: {
      nb: 'Noen å snakke med når livet er vanskelig. Telefon hele døgnet. Du kan også skrive en melding og få svar innen 48 timer.',
      nn: 'Nokon å snakke med når livet er vanskeleg. Telefon heile døgeret. Du kan òg skrive ei melding og få svar innan 48 timar.',
      en: 'Someone to talk to when life is hard. Phone day and night. You can also write a message and get an answer within 48 hours.',
    },
    contacts: [
      { type: 'phone', number: '22 40 00 40', hours: ALWAYS },
      // Chat hours: sources conflict (FACTS.md), so none are shipped.
      { type: 'chat', url: 'https://soschat.no' },
      { type: 'web', url: 'https://kirkens-sos.no' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [{ url: 'https://kirkens-sos.no/telefon', title: 'Kirkens SOS: telefon' }],
    verified: VERIFIED,
  },
  {
    id: 'alarmtelefonen-116111',
    kind: 'helpline',
    name: {
      nb: 'Alarmtelefonen for barn og unge',
      nn: 'Alarmtelefonen for barn og unge',
      en: 'Alarmtelefonen for barn og unge (helpline for children and young people)',
    },
    description: {
      nb: 'For barn og unge som har det vondt hjemme eller blir utsatt for vold, og for voksne som er bekymret for et barn. Telefon hele døgnet.',
      nn: 'For barn og unge som har det vondt heime eller blir utsette for vald, og for vaksne som er uroa for eit barn. Telefon heile døgeret.',
      en: 'For children and young people who are having a hard time at home or face violence, and for adults worried about a child. Phone day and night.',
    },
    contacts: [
      { type: 'phone', number: '116 111', hours: ALWAYS },
      {
        type: 'chat',
        url: 'https://116111.no',
        hours: {
          type: 'weekly',
          periods: [
            { days: [1, 2, 3, 4, 5, 7], from: '16:15', to: '22:45' },
            { days: [6], from: '16:15', to: '23:45' },
          ],
          publicHolidays: 'unknown',
        },
      },
      { type: 'web', url: 'https://116111.no' },
    ],
    audience: { maxAge: 17 },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [{ url: 'https://116111.no/omalarmtelefonen', title: 'Alarmtelefonen: om Alarmtelefonen (2024)' }],
    verified: VERIFIED,
  },
  {
    id: 'kors-pa-halsen',
    kind: 'helpline',
    name: {
      nb: 'Kors på halsen (Røde Kors)',
      nn: 'Kors på halsen (Raudekrossen)',
      en: 'Kors på halsen (Red Cross helpline for young people)',
    },
    description: {
      nb: 'Røde Kors sin samtaletjeneste for deg under 18. Ring eller chat, anonymt. Se nettsiden for åpningstider.',
      nn: 'Raudekrossen si samtaleteneste for deg under 18. Ring eller chat, anonymt. Sjå nettsida for opningstider.',
      en: "The Red Cross's talk service for under-18s. Call or chat, anonymously. See the website for opening hours.",
    },
    contacts: [
      // Hours: sources conflict (FACTS.md), so none are shipped.
      { type: 'phone', number: '800 33 321' },
      { type: 'chat', url: 'https://korspahalsen.no' },
    ],
    audience: { maxAge: 17, forWhom: ['self'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      { url: 'https://framtida.no', title: 'Framtida (2022)' },
      { url: 'https://vg.no', title: 'VG (2022)' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'vold-overgrepslinjen-116006',
    kind: 'helpline',
    name: {
      nb: 'Vold- og overgrepslinjen',
      nn: 'Vald- og overgrepslinja',
      en: 'Vold- og overgrepslinjen (violence and abuse helpline)',
    },
    description: {
      nb: 'For deg som er utsatt for vold eller overgrep, eller kjenner noen som er det. Hele døgnet, gratis og anonymt.',
      nn: 'For deg som er utsett for vald eller overgrep, eller kjenner nokon som er det. Heile døgeret, gratis og anonymt.',
      en: 'For you if you face violence or abuse, or know someone who does. Day and night, free and anonymous.',
    },
    contacts: [
      { type: 'phone', number: '116 006', hours: ALWAYS },
      { type: 'web', url: 'https://volinjen.no' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      { url: 'https://krisesenter.com', title: 'Krisesentersekretariatet' },
      { url: 'https://ldo.no', title: 'Likestillings- og diskrimineringsombudet' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'seksuelt-misbrukte-80057000',
    kind: 'helpline',
    name: {
      nb: 'Hjelpetelefonen for seksuelt misbrukte',
      nn: 'Hjelpetelefonen for seksuelt misbrukte',
      en: 'Hjelpetelefonen for seksuelt misbrukte (helpline for people who have been sexually abused)',
    },
    description: {
      nb: 'For deg som har vært utsatt for seksuelle overgrep, nå eller før. Hele døgnet, gratis og anonymt.',
      nn: 'For deg som har vore utsett for seksuelle overgrep, no eller før. Heile døgeret, gratis og anonymt.',
      en: 'For you if you have been sexually abused, now or in the past. Day and night, free and anonymous.',
    },
    contacts: [{ type: 'phone', number: '800 57 000', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      { url: 'https://ung.no', title: 'ung.no' },
      { url: 'https://xstra.no', title: 'Bufdir via Xstra (2020)' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'leve',
    kind: 'helpline',
    name: {
      nb: 'LEVE – Landsforeningen for etterlatte ved selvmord',
      nn: 'LEVE – Landsforeininga for etterlatne ved sjølvmord',
      en: 'LEVE – Landsforeningen for etterlatte ved selvmord (for people bereaved by suicide)',
    },
    description: {
      nb: 'Støtte og fellesskap for deg som har mistet noen i selvmord. Se nettsiden for åpningstider.',
      nn: 'Støtte og fellesskap for deg som har mista nokon i sjølvmord. Sjå nettsida for opningstider.',
      en: 'Support and fellowship if you have lost someone to suicide. See the website for opening hours.',
    },
    contacts: [
      // FACTS.md: partly confirmed – use the number and link the site; hours not shipped.
      { type: 'phone', number: '22 36 17 00' },
      { type: 'email', address: 'post@leve.no' },
      { type: 'web', url: 'https://leve.no' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      { url: 'https://tv2.no', title: 'TV 2' },
      { url: 'https://vestvagoy.kommune.no', title: 'Vestvågøy kommune' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'vern-for-eldre',
    kind: 'helpline',
    name: { nb: 'Vern for eldre', nn: 'Vern for eldre', en: 'Vern for eldre (helpline on abuse of older people)' },
    description: {
      nb: 'For deg over 62 som blir utsatt for vold eller overgrep, og for pårørende. Hverdager 09–15, gratis og anonymt.',
      nn: 'For deg over 62 som blir utsett for vald eller overgrep, og for pårørande. Kvardagar 09–15, gratis og anonymt.',
      en: 'For people over 62 who face violence or abuse, and their families. Weekdays 09–15, free and anonymous.',
    },
    contacts: [
      {
        type: 'phone',
        number: '800 30 196',
        hours: {
          type: 'weekly',
          periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '15:00' }],
          publicHolidays: 'unknown',
        },
      },
      { type: 'web', url: 'https://vernforeldre.no' },
    ],
    audience: { minAge: 62 },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [{ url: 'https://vernforeldre.no/english', title: 'Vern for eldre: English' }],
    verified: VERIFIED,
  },
  {
    id: 'giftinformasjonen',
    kind: 'helpline',
    name: { nb: 'Giftinformasjonen', nn: 'Giftinformasjonen', en: 'Giftinformasjonen (poison information)' },
    description: {
      nb: 'Råd hele døgnet hvis noen kan ha fått i seg noe giftig. Er noen i fare, ring 113.',
      nn: 'Råd heile døgeret om nokon kan ha fått i seg noko giftig. Er nokon i fare, ring 113.',
      en: 'Advice day and night if someone may have taken something poisonous. If someone is in danger, call 113.',
    },
    contacts: [
      { type: 'phone', number: '22 59 13 00', hours: ALWAYS },
      { type: 'web', url: 'https://www.helsenorge.no/giftinformasjon/om' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [{ url: 'https://www.helsenorge.no/giftinformasjon/om', title: 'Helsenorge: om Giftinformasjonen' }],
    verified: VERIFIED,
  },
  {
    id: 'veiledning-helsenorge',
    kind: 'admin',
    name: {
      nb: 'Veiledning Helsenorge',
      nn: 'Rettleiing Helsenorge',
      en: 'Veiledning Helsenorge (Helsenorge guidance line)',
    },
    description: {
      nb: 'Hjelp til å finne eller bytte fastlege. Ikke en krisetelefon. Se nettsiden for åpningstider.',
      nn: 'Hjelp til å finne eller byte fastlege. Ikkje ein krisetelefon. Sjå nettsida for opningstider.',
      en: 'Help to find or change your GP. Not a crisis line. See the website for opening hours.',
    },
    contacts: [
      { type: 'phone', number: '23 32 70 00' },
      { type: 'web', url: 'https://www.helsenorge.no' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  {
    id: 'rusinfo',
    kind: 'helpline',
    name: { nb: 'RUSinfo', nn: 'RUSinfo', en: 'RUSinfo (information on alcohol and drugs)' },
    description: {
      nb: 'Svar på spørsmål om alkohol, andre rusmidler og spill, i chat på nettsiden. Hverdager 11–18.',
      nn: 'Svar på spørsmål om alkohol, andre rusmiddel og spel, i chat på nettsida. Kvardagar 11–18.',
      en: 'Answers to questions about alcohol, other drugs and gambling, by chat on the website. Weekdays 11–18.',
    },
    contacts: [
      // The phone number is unconfirmed (FACTS.md): website and chat only.
      {
        type: 'chat',
        url: 'https://rusinfo.no',
        hours: {
          type: 'weekly',
          periods: [{ days: [1, 2, 3, 4, 5], from: '11:00', to: '18:00' }],
          publicHolidays: 'unknown',
        },
      },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      { url: 'https://no.wikipedia.org/wiki/Rusinfo', title: 'Wikipedia: Rusinfo' },
      { url: 'https://rusinfo.no', title: 'RUSinfo' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'parorende',
    kind: 'next-of-kin',
    name: {
      nb: 'Pårørendesentre og pårørendeorganisasjoner',
      nn: 'Pårørandesenter og pårørandeorganisasjonar',
      en: 'Pårørendesenter (support for next of kin)',
    },
    description: {
      nb: 'Støtte og råd til deg som står nær noen som sliter. Gratis, og du trenger ikke henvisning. Spør kommunen din.',
      nn: 'Støtte og råd til deg som står nær nokon som slit. Gratis, og du treng ikkje tilvising. Spør kommunen din.',
      en: 'Support and advice if you are close to someone who is struggling. Free, and no referral needed. Ask your municipality.',
    },
    // Numbers are unconfirmed (sources conflict): the UI links the municipality instead.
    contacts: [],
    audience: { forWhom: ['someone-else'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
    sources: [SEED.helsenorge, { url: 'https://dinutvei.no', title: 'Dinutvei.no' }],
    verified: VERIFIED,
  },

  // --- The municipality and the specialist health service (seeds) ------------------------------------
  {
    id: 'fastlege',
    kind: 'primary-care',
    name: { nb: 'Fastlegen din', nn: 'Fastlegen din', en: 'Fastlege (your GP)' },
    description: {
      nb: 'Fastlegen kan behandle lette og moderate psykiske plager og henvise deg videre. Finn fastlegen din ved å logge inn på Helsenorge.',
      nn: 'Fastlegen kan behandle lette og moderate psykiske plager og vise deg vidare. Finn fastlegen din ved å logge inn på Helsenorge.',
      en: 'Your GP can treat mild and moderate mental health problems and refer you on. Find your GP by logging in to Helsenorge.',
    },
    contacts: [{ type: 'web', url: 'https://www.helsenorge.no' }],
    audience: {},
    cost: 'user-fee',
    access: 'no-referral',
    area: { type: 'every-municipality' },
    sources: [SEED.helsenorge, SEED.relocation],
    verified: VERIFIED,
  },
  {
    id: 'rask-psykisk-helsehjelp',
    kind: 'municipal',
    name: {
      nb: 'Rask psykisk helsehjelp',
      nn: 'Rask psykisk helsehjelp',
      en: 'Rask psykisk helsehjelp (fast mental health help)',
    },
    description: {
      nb: 'Gratis hjelp fra kommunen ved nye, lette til moderate plager som angst, depresjon, stress og søvnproblemer. Ingen henvisning. Målet er hjelp innen 1–2 uker.',
      nn: 'Gratis hjelp frå kommunen ved nye, lette til moderate plager som angst, depresjon, stress og søvnproblem. Inga tilvising. Målet er hjelp innan 1–2 veker.',
      en: 'Free help from the municipality for new, mild to moderate anxiety, depression, stress or sleep problems. No referral. The aim is help within 1–2 weeks.',
    },
    contacts: [],
    // From 16 in some municipalities, 18 in others (Lommelegen seed); a host can set its own limit.
    audience: { minAge: 16, forWhom: ['self'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'some-municipalities' },
    sources: [
      SEED.helsenorge,
      SEED.lommelegen,
      { url: 'https://napha.no/content/13931', title: 'NAPHA: Rask psykisk helsehjelp (2025)' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'kommunepsykolog',
    kind: 'municipal',
    name: { nb: 'Psykolog i kommunen', nn: 'Psykolog i kommunen', en: 'Psykolog i kommunen (municipal psychologist)' },
    description: {
      nb: 'Mange kommuner har psykologer som gir gratis korttidsbehandling ved lette og moderate plager. Kontakt kommunen eller fastlegen.',
      nn: 'Mange kommunar har psykologar som gir gratis korttidsbehandling ved lette og moderate plager. Kontakt kommunen eller fastlegen.',
      en: 'Many municipalities have psychologists who give free short-term treatment for mild and moderate problems. Contact the municipality or your GP.',
    },
    contacts: [],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  {
    id: 'kommunal-psykisk-helsetjeneste',
    kind: 'municipal',
    name: {
      nb: 'Psykisk helse- og rustjenesten i kommunen',
      nn: 'Psykisk helse- og rustenesta i kommunen',
      en: 'Psykisk helse- og rustjenesten (municipal mental health and substance-use service)',
    },
    description: {
      nb: 'Kommunen har tjenester for behandling og oppfølging, også for pårørende. Kontakt kommunen eller fastlegen.',
      nn: 'Kommunen har tenester for behandling og oppfølging, òg for pårørande. Kontakt kommunen eller fastlegen.',
      en: 'Your municipality has services for treatment and follow-up, also for next of kin. Contact the municipality or your GP.',
    },
    contacts: [],
    audience: {},
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'every-municipality' },
    sources: [SEED.helsenorge, SEED.organisation],
    verified: VERIFIED,
  },
  {
    id: 'oppsokende-team',
    kind: 'municipal',
    name: {
      nb: 'Oppsøkende team (FACT, ACT)',
      nn: 'Oppsøkjande team (FACT, ACT)',
      en: 'Oppsøkende team (FACT and ACT outreach teams)',
    },
    description: {
      nb: 'Hjelp hjemme eller der du bor, hvis det er vanskelig å komme til avtaler og plagene er alvorlige eller sammensatte. Kontakt kommunen.',
      nn: 'Hjelp heime eller der du bur, om det er vanskeleg å kome til avtalar og plagene er alvorlege eller samansette. Kontakt kommunen.',
      en: 'Help at home or where you live, if it is hard to get to appointments and problems are severe or complex. Contact the municipality.',
    },
    contacts: [],
    audience: {},
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'every-municipality' },
    sources: [SEED.helsenorge, SEED.ruud],
    verified: VERIFIED,
  },
  {
    id: 'frisklivssentral',
    kind: 'municipal',
    name: { nb: 'Frisklivssentral', nn: 'Frisklivssentral', en: 'Frisklivssentral (Healthy Life Centre)' },
    description: {
      nb: 'Hjelp til å endre levevaner og mestre stress, nedstemthet, søvnproblemer og alkohol. Finnes i over halvparten av kommunene.',
      nn: 'Hjelp til å endre levevanar og meistre stress, nedstemtheit, søvnproblem og alkohol. Finst i over halvparten av kommunane.',
      en: 'Help to change habits and cope with stress, low mood, sleep problems and alcohol. In over half of municipalities.',
    },
    contacts: [],
    audience: { forWhom: ['self'] },
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'some-municipalities' },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  {
    id: 'skolehelsetjenesten',
    kind: 'municipal',
    name: {
      nb: 'Skolehelsetjenesten og helsestasjon for ungdom',
      nn: 'Skulehelsetenesta og helsestasjon for ungdom',
      en: 'Skolehelsetjenesten (school health service and youth health centre)',
    },
    description: {
      nb: 'Helsesykepleieren på skolen eller helsestasjon for ungdom kan snakke med deg og hjelpe deg videre. Gratis.',
      nn: 'Helsesjukepleiaren på skulen eller helsestasjon for ungdom kan snakke med deg og hjelpe deg vidare. Gratis.',
      en: 'The school nurse or the youth health centre can talk with you and help you further. Free.',
    },
    contacts: [],
    // "Children and adolescents" (helsenorge seed): school age up to the end of upper secondary.
    audience: { minAge: 6, maxAge: 19 },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
    sources: [SEED.helsenorge, SEED.organisation],
    verified: VERIFIED,
  },
  {
    id: 'dps',
    kind: 'specialist',
    name: {
      nb: 'Distriktspsykiatrisk senter (DPS)',
      nn: 'Distriktspsykiatrisk senter (DPS)',
      en: 'Distriktspsykiatrisk senter (DPS, district psychiatric centre)',
    },
    description: {
      nb: 'Spesialisthjelp ved alvorlig depresjon, alvorlig angst eller psykose: poliklinikk, ambulante team og døgnplasser. Fastlegen henviser deg.',
      nn: 'Spesialisthjelp ved alvorleg depresjon, alvorleg angst eller psykose: poliklinikk, ambulante team og døgnplassar. Fastlegen viser deg vidare.',
      en: 'Specialist help for severe depression, severe anxiety or psychosis: outpatient clinic, mobile teams and inpatient care. Your GP refers you.',
    },
    contacts: [],
    audience: { minAge: 18 },
    cost: 'user-fee',
    access: 'gp-referral',
    area: { type: 'national' },
    sources: [SEED.helsenorge, SEED.ruud],
    verified: VERIFIED,
  },
  {
    id: 'bup',
    kind: 'specialist',
    name: {
      nb: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
      nn: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
      en: 'BUP (child and adolescent psychiatry)',
    },
    description: {
      nb: 'Spesialisthjelp for barn og unge. Fastlegen, skolehelsetjenesten eller barnevernet kan henvise.',
      nn: 'Spesialisthjelp for barn og unge. Fastlegen, skulehelsetenesta eller barnevernet kan vise vidare.',
      en: 'Specialist help for children and young people. The GP, the school health service or child welfare can refer.',
    },
    contacts: [],
    audience: { maxAge: 17 },
    cost: 'unknown',
    access: 'referral',
    area: { type: 'national' },
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  {
    id: 'e-mestring',
    kind: 'online',
    name: { nb: 'e-Mestring', nn: 'eMeistring', en: 'e-Mestring (supervised online treatment)' },
    description: {
      nb: 'Behandling på nett med en terapeut, cirka 14 uker, ved panikklidelse, sosial angst eller lett til moderat depresjon. Vanligvis henvist av fastlegen.',
      nn: 'Behandling på nett med ein terapeut, om lag 14 veker, ved panikkliding, sosial angst eller lett til moderat depresjon. Vanlegvis tilvist av fastlegen.',
      en: 'Online treatment with a therapist, about 14 weeks, for panic disorder, social anxiety or mild to moderate depression. Usually by GP referral.',
    },
    contacts: [{ type: 'web', url: 'https://helse-bergen.no/emeistring' }],
    audience: { minAge: 18, forWhom: ['self'] },
    cost: 'user-fee',
    access: 'gp-referral',
    // Helse Bergen, Fonna, Førde, Stavanger (Helse Vest), Nidaros DPS (Helse Midt-Norge), all of Helse Sør-Øst.
    area: { type: 'health-regions', regions: ['helse-sor-ost', 'helse-vest', 'helse-midt-norge'] },
    sources: [SEED.helsenorge, { url: 'https://helse-bergen.no/emeistring', title: 'Helse Bergen: eMeistring' }],
    verified: VERIFIED,
  },
  {
    id: 'digital-selvhjelp',
    kind: 'online',
    name: {
      nb: 'Digitale selvhjelpsverktøy',
      nn: 'Digitale sjølvhjelpsverktøy',
      en: 'Digital self-help tools (Helsenorge)',
    },
    description: {
      nb: 'Gratis verktøy godkjent av fagmiljøer, for stress, bekymring, lett til moderat angst og depresjon, og søvn. Se verktøykatalogen på Helsenorge.',
      nn: 'Gratis verktøy godkjende av fagmiljø, for stress, uro, lett til moderat angst og depresjon, og søvn. Sjå verktøykatalogen på Helsenorge.',
      en: 'Free tools approved by professionals, for stress, worry, mild to moderate anxiety and depression, and sleep. See the tool catalogue on Helsenorge.',
    },
    contacts: [{ type: 'web', url: 'https://www.helsenorge.no' }],
    // The youngest approved tool (UngSpotlight) is for 13+.
    audience: { minAge: 13, forWhom: ['self'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [
      SEED.helsenorge,
      { url: 'https://kode24.no', title: 'kode24' },
      { url: 'https://abcnyheter.no', title: 'ABC Nyheter (2023-10-30)' },
    ],
    verified: VERIFIED,
  },
  {
    id: 'private-psykolog',
    kind: 'private',
    name: {
      nb: 'Privat psykolog eller psykiater',
      nn: 'Privat psykolog eller psykiater',
      en: 'Private psychologist or psychiatrist',
    },
    description: {
      nb: 'Ofte kortere ventetid og flere valg, men det koster mer og dekkes vanligvis ikke av det offentlige.',
      nn: 'Ofte kortare ventetid og fleire val, men det kostar meir og blir vanlegvis ikkje dekt av det offentlege.',
      en: 'Often shorter waits and more choice, but it costs more and is usually not covered by public funding.',
    },
    contacts: [],
    audience: {},
    cost: 'private',
    access: 'no-referral',
    area: { type: 'national' },
    sources: [SEED.relocation],
    verified: VERIFIED,
  },
] as const satisfies readonly Service[];

export type ServiceId = (typeof SERVICES)[number]['id'];

/** The catalogue as plain service data. Tests validate it against ServiceSchema. */
export const CATALOGUE: readonly Service[] = SERVICES;

const byId = new Map<string, Service>(CATALOGUE.map((s) => [s.id, s]));

/** The service with this id, or undefined. */
export function getService(id: string, catalogue: readonly Service[] = CATALOGUE): Service | undefined {
  return catalogue === CATALOGUE ? byId.get(id) : catalogue.find((s) => s.id === id);
}
