import type { OpeningHours } from '../schema/opening-hours-schema';
import type { Service } from '../schema/service-schema';

/**
 * The service catalogue: what routing and the faces need of each door. Every contact fact here is one that
 * the project's list of confirmed contact facts holds; where it says a number or opening time is unconfirmed, the
 * service ships with its website only and no hours (the UI then says "see the website for opening hours").
 *
 * Each service's sources and verified date live beside it in service-details.ts: they document the facts, no
 * face displays them, and keeping them out of this module keeps them out of every bundle. Its name and
 * description are texts, in each language's folder (shared/i18n/<code>/services.ts). fullCatalogue() in
 * shared/i18n/all-languages.ts joins the three, and a test validates the result against ServiceSchema.
 *
 * Ids are stable (the facts): others link to them. Never rename one.
 */

/** A catalogue service as routing and the faces use it. */
export type CatalogueEntry = Omit<Service, 'name' | 'description' | 'sources' | 'verified'>;

const ALWAYS: OpeningHours = { type: 'always' };

export const SERVICES = [
  // --- Emergency and urgent -------------------------------------------------------------------------
  {
    id: 'emergency-113',
    kind: 'emergency',
    contacts: [{ type: 'phone', number: '113', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'police-112',
    kind: 'emergency',
    contacts: [{ type: 'phone', number: '112', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'legevakt-116117',
    kind: 'out-of-hours',
    contacts: [{ type: 'phone', number: '116 117', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'psykiatrisk-legevakt',
    kind: 'out-of-hours',
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
    contacts: [
      { type: 'phone', number: '22 40 00 40', hours: ALWAYS },
      // Chat hours: sources conflict (the facts), so none are shipped.
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
    contacts: [
      // Hours: sources conflict (the facts), so none are shipped.
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
    contacts: [{ type: 'phone', number: '800 57 000', hours: ALWAYS }],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'national' },
  },
  {
    id: 'leve',
    kind: 'helpline',
    contacts: [
      // The facts: partly confirmed – use the number and link the site; hours not shipped.
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
    contacts: [
      // The phone number is unconfirmed (the facts): website and chat only.
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
    contacts: [{ type: 'web', url: 'https://www.helsenorge.no' }],
    audience: {},
    cost: 'user-fee',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'rask-psykisk-helsehjelp',
    kind: 'municipal',
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
    contacts: [],
    audience: {},
    cost: 'free',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'kommunal-psykisk-helsetjeneste',
    kind: 'municipal',
    contacts: [],
    audience: {},
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'oppsokende-team',
    kind: 'municipal',
    contacts: [],
    audience: {},
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'every-municipality' },
  },
  {
    id: 'frisklivssentral',
    kind: 'municipal',
    contacts: [],
    audience: { forWhom: ['self'] },
    cost: 'unknown',
    access: 'no-referral',
    area: { type: 'some-municipalities' },
  },
  {
    id: 'skolehelsetjenesten',
    kind: 'municipal',
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
    contacts: [],
    audience: { minAge: 18 },
    cost: 'user-fee',
    access: 'gp-referral',
    area: { type: 'national' },
  },
  {
    id: 'bup',
    kind: 'specialist',
    contacts: [],
    audience: { maxAge: 17 },
    cost: 'unknown',
    access: 'referral',
    area: { type: 'national' },
  },
  {
    id: 'e-mestring',
    kind: 'online',
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
