import type { Service } from '../schema/service-schema';
import type { ServiceId } from './services';

/**
 * What documents each catalogue service: the sources of its facts, and the date they were checked against the
 * project's list of confirmed facts. The five source documents on who may use what are cited by title and
 * publisher (SEED below); their `seed:` address names the project's stored copy. Keyed by ServiceId, so a service without its
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

export const SERVICE_DETAILS: Record<ServiceId, Pick<Service, 'sources' | 'verified'>> = {
  'emergency-113': {
    sources: [SEED.helsenorge, { url: 'https://nordlys.no', title: 'Nordlys' }],
    verified: VERIFIED,
  },
  'police-112': {
    sources: [{ url: 'https://side3.no', title: 'Side3' }],
    verified: VERIFIED,
  },
  'legevakt-116117': {
    sources: [
      SEED.helsenorge,
      { url: 'https://lom.kommune.no', title: 'Lom kommune: legevakt' },
      { url: 'https://vadso.kommune.no', title: 'Vadsø kommune: legevakt' },
    ],
    verified: VERIFIED,
  },
  'psykiatrisk-legevakt': {
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
    sources: [
      { url: 'https://apress.no', title: 'Apress (2025)' },
      { url: 'https://tv2.no', title: 'TV 2' },
    ],
    verified: VERIFIED,
  },
  'kirkens-sos': {
    sources: [{ url: 'https://kirkens-sos.no/telefon', title: 'Kirkens SOS: telefon' }],
    verified: VERIFIED,
  },
  'alarmtelefonen-116111': {
    sources: [{ url: 'https://116111.no/omalarmtelefonen', title: 'Alarmtelefonen: om Alarmtelefonen (2024)' }],
    verified: VERIFIED,
  },
  'kors-pa-halsen': {
    sources: [
      { url: 'https://framtida.no', title: 'Framtida (2022)' },
      { url: 'https://vg.no', title: 'VG (2022)' },
    ],
    verified: VERIFIED,
  },
  'vold-overgrepslinjen-116006': {
    sources: [
      { url: 'https://krisesenter.com', title: 'Krisesentersekretariatet' },
      { url: 'https://ldo.no', title: 'Likestillings- og diskrimineringsombudet' },
    ],
    verified: VERIFIED,
  },
  'seksuelt-misbrukte-80057000': {
    sources: [
      { url: 'https://ung.no', title: 'ung.no' },
      { url: 'https://xstra.no', title: 'Bufdir via Xstra (2020)' },
    ],
    verified: VERIFIED,
  },
  leve: {
    sources: [
      { url: 'https://tv2.no', title: 'TV 2' },
      { url: 'https://vestvagoy.kommune.no', title: 'Vestvågøy kommune' },
    ],
    verified: VERIFIED,
  },
  'vern-for-eldre': {
    sources: [{ url: 'https://vernforeldre.no/english', title: 'Vern for eldre: English' }],
    verified: VERIFIED,
  },
  giftinformasjonen: {
    sources: [{ url: 'https://www.helsenorge.no/giftinformasjon/om', title: 'Helsenorge: om Giftinformasjonen' }],
    verified: VERIFIED,
  },
  'veiledning-helsenorge': {
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  rusinfo: {
    sources: [
      { url: 'https://no.wikipedia.org/wiki/Rusinfo', title: 'Wikipedia: Rusinfo' },
      { url: 'https://rusinfo.no', title: 'RUSinfo' },
    ],
    verified: VERIFIED,
  },
  parorende: {
    sources: [SEED.helsenorge, { url: 'https://dinutvei.no', title: 'Dinutvei.no' }],
    verified: VERIFIED,
  },
  fastlege: {
    sources: [SEED.helsenorge, SEED.relocation],
    verified: VERIFIED,
  },
  'rask-psykisk-helsehjelp': {
    sources: [
      SEED.helsenorge,
      SEED.lommelegen,
      { url: 'https://napha.no/content/13931', title: 'NAPHA: Rask psykisk helsehjelp (2025)' },
    ],
    verified: VERIFIED,
  },
  kommunepsykolog: {
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  'kommunal-psykisk-helsetjeneste': {
    sources: [SEED.helsenorge, SEED.organisation],
    verified: VERIFIED,
  },
  'oppsokende-team': {
    sources: [SEED.helsenorge, SEED.ruud],
    verified: VERIFIED,
  },
  frisklivssentral: {
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  skolehelsetjenesten: {
    sources: [SEED.helsenorge, SEED.organisation],
    verified: VERIFIED,
  },
  dps: {
    sources: [SEED.helsenorge, SEED.ruud],
    verified: VERIFIED,
  },
  bup: {
    sources: [SEED.helsenorge],
    verified: VERIFIED,
  },
  'e-mestring': {
    sources: [SEED.helsenorge, { url: 'https://helse-bergen.no/emeistring', title: 'Helse Bergen: eMeistring' }],
    verified: VERIFIED,
  },
  'digital-selvhjelp': {
    sources: [
      SEED.helsenorge,
      { url: 'https://kode24.no', title: 'kode24' },
      { url: 'https://abcnyheter.no', title: 'ABC Nyheter (2023-10-30)' },
    ],
    verified: VERIFIED,
  },
  'private-psykolog': {
    sources: [SEED.relocation],
    verified: VERIFIED,
  },
};
