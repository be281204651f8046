import type { ServiceNames } from '../pack';

/**
 * The catalogue's service names in Ukrainian: the Norwegian name, marked [[…]] (lang="nb"), then a short
 * Ukrainian gloss, as English does ("legevakt (out-of-hours medical centre)"). A person then recognises the
 * name on a sign, a letter or the phone. Terms follow GLOSSARY.md.
 */
export const serviceNames: ServiceNames = {
  'emergency-113': '[[Medisinsk nødtelefon 113]] (екстрена медична допомога)',
  'police-112': '[[Politiet 112]] (поліція)',
  'legevakt-116117': '[[Legevakt 116 117]] (черговий медпункт)',
  'psykiatrisk-legevakt': '[[Psykososial akuttjeneste, Legevakten i Oslo]] (невідкладна психіатрична допомога)',
  'mental-helse-116123': '[[Mental Helse Hjelpetelefonen]] (телефон довіри)',
  'kirkens-sos': '[[Kirkens SOS]] (кризовий телефон довіри)',
  'alarmtelefonen-116111': '[[Alarmtelefonen for barn og unge]] (телефон довіри для дітей і молоді)',
  'kors-pa-halsen': '[[Kors på halsen]] (Червоний Хрест, телефон довіри для молоді)',
  'vold-overgrepslinjen-116006': '[[Vold- og overgrepslinjen]] (телефон довіри щодо насильства)',
  'seksuelt-misbrukte-80057000':
    '[[Hjelpetelefonen for seksuelt misbrukte]] (телефон довіри для тих, хто пережив сексуальне насильство)',
  leve: '[[LEVE]] (для тих, хто втратив близьку людину через самогубство)',
  'vern-for-eldre': '[[Vern for eldre]] (телефон довіри щодо насильства над літніми людьми)',
  giftinformasjonen: '[[Giftinformasjonen]] (інформація про отруєння)',
  'veiledning-helsenorge': '[[Veiledning Helsenorge]] (довідкова лінія Helsenorge)',
  rusinfo: '[[RUSinfo]] (інформація про алкоголь і наркотики)',
  parorende: '[[Pårørendesenter]] (підтримка для близьких)',
  fastlege: '[[Fastlege]] (ваш сімейний лікар)',
  'rask-psykisk-helsehjelp': '[[Rask psykisk helsehjelp]] (швидка психологічна допомога)',
  kommunepsykolog: '[[Psykolog i kommunen]] (психолог комуни)',
  'kommunal-psykisk-helsetjeneste':
    '[[Psykisk helse- og rustjenesten]] (служба психічного здоров’я та залежностей комуни)',
  'oppsokende-team': '[[Oppsøkende team]] (виїзні команди FACT і ACT)',
  frisklivssentral: '[[Frisklivssentral]] (центр здорового способу життя)',
  skolehelsetjenesten: '[[Skolehelsetjenesten]] (шкільна медична служба і молодіжний медпункт)',
  dps: '[[Distriktspsykiatrisk senter (DPS)]] (районний психіатричний центр)',
  bup: '[[BUP]] (дитяча та підліткова психіатрія)',
  'e-mestring': '[[e-Mestring]] (онлайн-лікування з терапевтом)',
  'digital-selvhjelp': 'Цифрові інструменти самодопомоги ([[Helsenorge]])',
  'private-psykolog': 'Приватний психолог або психіатр',
};
