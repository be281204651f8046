import type { ServiceId } from '../../catalogue/services';

/**
 * The catalogue's service names in Bokmål, keyed by id: the reference, the other languages are typed against
 * it, so a service missing in one fails the type check.
 */
export const serviceNames = {
  'emergency-113': 'Medisinsk nødtelefon 113',
  'police-112': 'Politiet 112',
  'legevakt-116117': 'Legevakt 116 117',
  'psykiatrisk-legevakt': 'Psykososial akuttjeneste, Legevakten i Oslo',
  'mental-helse-116123': 'Mental Helse Hjelpetelefonen',
  'kirkens-sos': 'Kirkens SOS',
  'alarmtelefonen-116111': 'Alarmtelefonen for barn og unge',
  'kors-pa-halsen': 'Kors på halsen (Røde Kors)',
  'vold-overgrepslinjen-116006': 'Vold- og overgrepslinjen',
  'seksuelt-misbrukte-80057000': 'Hjelpetelefonen for seksuelt misbrukte',
  leve: 'LEVE – Landsforeningen for etterlatte ved selvmord',
  'vern-for-eldre': 'Vern for eldre',
  giftinformasjonen: 'Giftinformasjonen',
  'veiledning-helsenorge': 'Veiledning Helsenorge',
  rusinfo: 'RUSinfo',
  parorende: 'Pårørendesentre og pårørendeorganisasjoner',
  fastlege: 'Fastlegen din',
  'rask-psykisk-helsehjelp': 'Rask psykisk helsehjelp',
  kommunepsykolog: 'Psykolog i kommunen',
  'kommunal-psykisk-helsetjeneste': 'Psykisk helse- og rustjenesten i kommunen',
  'oppsokende-team': 'Oppsøkende team (FACT, ACT)',
  frisklivssentral: 'Frisklivssentral',
  skolehelsetjenesten: 'Skolehelsetjenesten og helsestasjon for ungdom',
  dps: 'Distriktspsykiatrisk senter (DPS)',
  bup: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
  'e-mestring': 'e-Mestring',
  'digital-selvhjelp': 'Digitale selvhjelpsverktøy',
  'private-psykolog': 'Privat psykolog eller psykiater',
} satisfies Record<ServiceId, string>;
