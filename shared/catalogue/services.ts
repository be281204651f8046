import type { OpeningHours } from '../schema/opening-hours-schema';
import type { Service } from '../schema/service-schema';

/**
 * The service catalogue: what routing and the faces need of each door. Every contact fact here is one that
 * ../shared/FACTS.md lists as confirmed; where FACTS.md says a number or opening time is unconfirmed, the
 * service ships with its website only and no hours (the UI then says "see the website for opening hours").
 *
 * Each service's description, sources and verified date live beside it in service-details.ts: they document
 * the facts, no face displays them, and keeping them out of this module keeps them out of every bundle.
 * fullCatalogue() there joins the two, and a test validates the joined catalogue against ServiceSchema.
 *
 * Ids are stable (FACTS.md): others link to them. Never rename one.
 */

/** A catalogue service as routing and the faces use it. */
export type CatalogueEntry = Omit<Service, 'description' | 'sources' | 'verified'>;

const ALWAYS: OpeningHours = { type: 'always' };

export const SERVICES = [
  // --- Emergency and urgent -------------------------------------------------------------------------
  {
    id: 'emergency-113',
    kind: 'emergency',
    name: {
      nb: 'Medisinsk nødtelefon 113',
      nn: 'Medisinsk naudtelefon 113',
      en: '[[Medisinsk nødtelefon 113]] (medical emergency)',
    },
    contacts: [{ type: 'phone', number: '113', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'police-112',
    kind: 'emergency',
    name: { nb: 'Politiet 112', nn: 'Politiet 112', en: '[[Politiet 112]] (police)' },
    contacts: [{ type: 'phone', number: '112', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'legevakt-116117',
    kind: 'out-of-hours',
    name: { nb: 'Legevakt 116 117', nn: 'Legevakt 116 117', en: '[[Legevakt 116 117]] (out-of-hours medical centre)' },
    contacts: [{ type: 'phone', number: '116 117', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'psykiatrisk-legevakt',
    kind: 'out-of-hours',
    name: {
      nb: 'Psykososial akuttjeneste, Legevakten i Oslo',
      nn: 'Psykososial akutteneste, Legevakta i Oslo',
      en: '[[Psykososial akuttjeneste, Legevakten i Oslo]] (psychiatric emergency service)',
    },
    contacts: [
      { type: 'phone', number: '116 117', note: 'contact.note.press2', hours: ALWAYS },
      { type: 'phone', number: '+47 23 48 72 00', note: 'contact.note.fromOutsideOslo', hours: ALWAYS },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'municipalities', numbers: ['0301'] },
  },

  // --- Helplines ------------------------------------------------------------------------------------
  {
    id: 'mental-helse-116123',
    kind: 'helpline',
    name: {
      nb: 'Mental Helse Hjelpetelefonen',
      nn: 'Mental Helse Hjelpetelefonen',
      en: '[[Mental Helse Hjelpetelefonen]] (helpline)',
    },
    contacts: [
      { type: 'phone', number: '116 123', hours: ALWAYS },
      { type: 'chat', url: 'https://sidetmedord.no', hours: ALWAYS },
    ],
    audience: { minAge: 18 },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'kirkens-sos',
    kind: 'helpline',
    name: { nb: 'Kirkens SOS', nn: 'Kirkens SOS', en: '[[Kirkens SOS]] (crisis helpline)' },
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
  },
  {
    id: 'alarmtelefonen-116111',
    kind: 'helpline',
    name: {
      nb: 'Alarmtelefonen for barn og unge',
      nn: 'Alarmtelefonen for barn og unge',
      en: '[[Alarmtelefonen for barn og unge]] (helpline for children and young people)',
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
  },
  {
    id: 'kors-pa-halsen',
    kind: 'helpline',
    name: {
      nb: 'Kors på halsen (Røde Kors)',
      nn: 'Kors på halsen (Raudekrossen)',
      en: '[[Kors på halsen]] (Red Cross helpline for young people)',
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
  },
  {
    id: 'vold-overgrepslinjen-116006',
    kind: 'helpline',
    name: {
      nb: 'Vold- og overgrepslinjen',
      nn: 'Vald- og overgrepslinja',
      en: '[[Vold- og overgrepslinjen]] (violence and abuse helpline)',
    },
    contacts: [
      { type: 'phone', number: '116 006', hours: ALWAYS },
      { type: 'web', url: 'https://volinjen.no' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'seksuelt-misbrukte-80057000',
    kind: 'helpline',
    name: {
      nb: 'Hjelpetelefonen for seksuelt misbrukte',
      nn: 'Hjelpetelefonen for seksuelt misbrukte',
      en: '[[Hjelpetelefonen for seksuelt misbrukte]] (helpline for people who have been sexually abused)',
    },
    contacts: [{ type: 'phone', number: '800 57 000', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'leve',
    kind: 'helpline',
    name: {
      nb: 'LEVE – Landsforeningen for etterlatte ved selvmord',
      nn: 'LEVE – Landsforeininga for etterlatne ved sjølvmord',
      en: '[[LEVE – Landsforeningen for etterlatte ved selvmord]] (for people bereaved by suicide)',
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
  },
  {
    id: 'vern-for-eldre',
    kind: 'helpline',
    name: { nb: 'Vern for eldre', nn: 'Vern for eldre', en: '[[Vern for eldre]] (helpline on abuse of older people)' },
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
  },
  {
    id: 'giftinformasjonen',
    kind: 'helpline',
    name: { nb: 'Giftinformasjonen', nn: 'Giftinformasjonen', en: '[[Giftinformasjonen]] (poison information)' },
    contacts: [
      { type: 'phone', number: '22 59 13 00', hours: ALWAYS },
      { type: 'web', url: 'https://www.helsenorge.no/giftinformasjon/om' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'veiledning-helsenorge',
    kind: 'admin',
    name: {
      nb: 'Veiledning Helsenorge',
      nn: 'Rettleiing Helsenorge',
      en: '[[Veiledning Helsenorge]] (Helsenorge guidance line)',
    },
    contacts: [
      { type: 'phone', number: '23 32 70 00' },
      { type: 'web', url: 'https://www.helsenorge.no' },
    ],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'rusinfo',
    kind: 'helpline',
    name: { nb: 'RUSinfo', nn: 'RUSinfo', en: '[[RUSinfo]] (information on alcohol and drugs)' },
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
  },
  {
    id: 'parorende',
    kind: 'next-of-kin',
    name: {
      nb: 'Pårørendesentre og pårørendeorganisasjoner',
      nn: 'Pårørandesenter og pårørandeorganisasjonar',
      en: '[[Pårørendesenter]] (support for next of kin)',
    },
    // Numbers are unconfirmed (sources conflict): the UI links the municipality instead.
    contacts: [],
    audience: { forWhom: ['someone-else'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },

  // --- The municipality and the specialist health service (seeds) ------------------------------------
  {
    id: 'fastlege',
    kind: 'primary-care',
    name: { nb: 'Fastlegen din', nn: 'Fastlegen din', en: '[[Fastlege]] (your GP)' },
    contacts: [{ type: 'web', url: 'https://www.helsenorge.no' }],
    audience: {},
    cost: 'user-fee',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'rask-psykisk-helsehjelp',
    kind: 'municipal',
    name: {
      nb: 'Rask psykisk helsehjelp',
      nn: 'Rask psykisk helsehjelp',
      en: '[[Rask psykisk helsehjelp]] (fast mental health help)',
    },
    contacts: [],
    // From 16 in some municipalities, 18 in others (Lommelegen seed); a host can set its own limit.
    audience: { minAge: 16, forWhom: ['self'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'some-municipalities' },
  },
  {
    id: 'kommunepsykolog',
    kind: 'municipal',
    name: {
      nb: 'Psykolog i kommunen',
      nn: 'Psykolog i kommunen',
      en: '[[Psykolog i kommunen]] (municipal psychologist)',
    },
    contacts: [],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'kommunal-psykisk-helsetjeneste',
    kind: 'municipal',
    name: {
      nb: 'Psykisk helse- og rustjenesten i kommunen',
      nn: 'Psykisk helse- og rustenesta i kommunen',
      en: '[[Psykisk helse- og rustjenesten]] (municipal mental health and substance-use service)',
    },
    contacts: [],
    audience: {},
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'oppsokende-team',
    kind: 'municipal',
    name: {
      nb: 'Oppsøkende team (FACT, ACT)',
      nn: 'Oppsøkjande team (FACT, ACT)',
      en: '[[Oppsøkende team]] (FACT and ACT outreach teams)',
    },
    contacts: [],
    audience: {},
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'frisklivssentral',
    kind: 'municipal',
    name: { nb: 'Frisklivssentral', nn: 'Frisklivssentral', en: '[[Frisklivssentral]] (Healthy Life Centre)' },
    contacts: [],
    audience: { forWhom: ['self'] },
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'some-municipalities' },
  },
  {
    id: 'skolehelsetjenesten',
    kind: 'municipal',
    name: {
      nb: 'Skolehelsetjenesten og helsestasjon for ungdom',
      nn: 'Skulehelsetenesta og helsestasjon for ungdom',
      en: '[[Skolehelsetjenesten]] (school health service and youth health centre)',
    },
    contacts: [],
    // "Children and adolescents" (helsenorge seed): school age up to the end of upper secondary.
    audience: { minAge: 6, maxAge: 19 },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'dps',
    kind: 'specialist',
    name: {
      nb: 'Distriktspsykiatrisk senter (DPS)',
      nn: 'Distriktspsykiatrisk senter (DPS)',
      en: '[[Distriktspsykiatrisk senter]] (DPS, district psychiatric centre)',
    },
    contacts: [],
    audience: { minAge: 18 },
    cost: 'user-fee',
    access: 'gp-referral',
    area: { type: 'national' },
  },
  {
    id: 'bup',
    kind: 'specialist',
    name: {
      nb: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
      nn: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
      en: '[[BUP]] (child and adolescent psychiatry)',
    },
    contacts: [],
    audience: { maxAge: 17 },
    cost: 'unknown',
    access: 'referral',
    area: { type: 'national' },
  },
  {
    id: 'e-mestring',
    kind: 'online',
    name: { nb: 'e-Mestring', nn: 'eMeistring', en: '[[e-Mestring]] (supervised online treatment)' },
    // No link: the one confirmed page is Helse Bergen's, and the step tells everyone else to ask their GP.
    contacts: [],
    audience: { minAge: 18, forWhom: ['self'] },
    cost: 'user-fee',
    access: 'gp-referral',
    // Helse Bergen, Fonna, Førde, Stavanger (Helse Vest), Nidaros DPS (Helse Midt-Norge), all of Helse Sør-Øst.
    area: { type: 'health-regions', regions: ['helse-sor-ost', 'helse-vest', 'helse-midt-norge'] },
  },
  {
    id: 'digital-selvhjelp',
    kind: 'online',
    name: {
      nb: 'Digitale selvhjelpsverktøy',
      nn: 'Digitale sjølvhjelpsverktøy',
      en: 'Digital self-help tools ([[Helsenorge]])',
    },
    contacts: [{ type: 'web', url: 'https://www.helsenorge.no' }],
    // The youngest approved tool (UngSpotlight) is for 13+.
    audience: { minAge: 13, forWhom: ['self'] },
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'private-psykolog',
    kind: 'private',
    name: {
      nb: 'Privat psykolog eller psykiater',
      nn: 'Privat psykolog eller psykiater',
      en: 'Private psychologist or psychiatrist',
    },
    contacts: [],
    audience: {},
    cost: 'private',
    access: 'no-referral',
    area: { type: 'national' },
  },
] as const satisfies readonly CatalogueEntry[];

export type ServiceId = (typeof SERVICES)[number]['id'];

/** The catalogue, most urgent doors first. */
export const CATALOGUE: readonly CatalogueEntry[] = SERVICES;

const byId = new Map<string, CatalogueEntry>(CATALOGUE.map((s) => [s.id, s]));

/** The service with this id, or undefined. */
export function getService(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}
