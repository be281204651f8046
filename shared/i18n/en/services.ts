import type { ServiceNames } from '../pack';

/**
 * The catalogue's service names in English, keyed by id. Names stay in Norwegian, marked [[…]] for lang="nb"
 * (marked-text.ts), with what the service is in brackets: the person will hear and say the Norwegian name. Typed against nb's: a missing service fails
 * the type check.
 */
export const serviceNames: ServiceNames = {
  'emergency-113': '[[Medisinsk nødtelefon 113]] (medical emergency)',
  'police-112': '[[Politiet 112]] (police)',
  'legevakt-116117': '[[Legevakt 116 117]] (out-of-hours medical centre)',
  'psykiatrisk-legevakt': '[[Psykososial akuttjeneste, Legevakten i Oslo]] (psychiatric emergency service)',
  'mental-helse-116123': '[[Mental Helse Hjelpetelefonen]] (helpline)',
  'kirkens-sos': '[[Kirkens SOS]] (crisis helpline)',
  'alarmtelefonen-116111': '[[Alarmtelefonen for barn og unge]] (helpline for children and young people)',
  'kors-pa-halsen': '[[Kors på halsen]] (Red Cross helpline for young people)',
  'vold-overgrepslinjen-116006': '[[Vold- og overgrepslinjen]] (violence and abuse helpline)',
  'seksuelt-misbrukte-80057000':
    '[[Hjelpetelefonen for seksuelt misbrukte]] (helpline for people who have been sexually abused)',
  leve: '[[LEVE – Landsforeningen for etterlatte ved selvmord]] (for people bereaved by suicide)',
  'vern-for-eldre': '[[Vern for eldre]] (helpline on abuse of older people)',
  giftinformasjonen: '[[Giftinformasjonen]] (poison information)',
  'veiledning-helsenorge': '[[Veiledning Helsenorge]] (Helsenorge guidance line)',
  rusinfo: '[[RUSinfo]] (information on alcohol and drugs)',
  parorende: '[[Pårørendesenter]] (support for next of kin)',
  fastlege: '[[Fastlege]] (your GP)',
  'rask-psykisk-helsehjelp': '[[Rask psykisk helsehjelp]] (fast mental health help)',
  kommunepsykolog: '[[Psykolog i kommunen]] (municipal psychologist)',
  'kommunal-psykisk-helsetjeneste':
    '[[Psykisk helse- og rustjenesten]] (municipal mental health and substance-use service)',
  'oppsokende-team': '[[Oppsøkende team]] (FACT and ACT outreach teams)',
  frisklivssentral: '[[Frisklivssentral]] (Healthy Life Centre)',
  skolehelsetjenesten: '[[Skolehelsetjenesten]] (school health service and youth health centre)',
  dps: '[[Distriktspsykiatrisk senter]] (DPS, district psychiatric centre)',
  bup: '[[BUP]] (child and adolescent psychiatry)',
  'e-mestring': '[[e-Mestring]] (supervised online treatment)',
  'digital-selvhjelp': 'Digital self-help tools ([[Helsenorge]])',
  'private-psykolog': 'Private psychologist or psychiatrist',
};
