import type { ServiceNames } from '../pack';

/**
 * The catalogue's service names in Nynorsk, keyed by id. Typed against nb's: a missing service fails
 * the type check.
 */
export const serviceNames: ServiceNames = {
  'emergency-113': 'Medisinsk naudtelefon 113',
  'police-112': 'Politiet 112',
  'legevakt-116117': 'Legevakt 116 117',
  'psykiatrisk-legevakt': 'Psykososial akutteneste, Legevakta i Oslo',
  'mental-helse-116123': 'Mental Helse Hjelpetelefonen',
  'kirkens-sos': 'Kirkens SOS',
  'alarmtelefonen-116111': 'Alarmtelefonen for barn og unge',
  'kors-pa-halsen': 'Kors på halsen (Raudekrossen)',
  'vold-overgrepslinjen-116006': 'Vald- og overgrepslinja',
  'seksuelt-misbrukte-80057000': 'Hjelpetelefonen for seksuelt misbrukte',
  leve: 'LEVE – Landsforeininga for etterlatne ved sjølvmord',
  'vern-for-eldre': 'Vern for eldre',
  giftinformasjonen: 'Giftinformasjonen',
  'veiledning-helsenorge': 'Rettleiing Helsenorge',
  rusinfo: 'RUSinfo',
  parorende: 'Pårørandesenter og pårørandeorganisasjonar',
  fastlege: 'Fastlegen din',
  'rask-psykisk-helsehjelp': 'Rask psykisk helsehjelp',
  kommunepsykolog: 'Psykolog i kommunen',
  'kommunal-psykisk-helsetjeneste': 'Psykisk helse- og rustenesta i kommunen',
  'oppsokende-team': 'Oppsøkjande team (FACT, ACT)',
  frisklivssentral: 'Frisklivssentral',
  skolehelsetjenesten: 'Skulehelsetenesta og helsestasjon for ungdom',
  dps: 'Distriktspsykiatrisk senter (DPS)',
  bup: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)',
  'e-mestring': 'eMeistring',
  'digital-selvhjelp': 'Digitale sjølvhjelpsverktøy',
  'private-psykolog': 'Privat psykolog eller psykiater',
};
