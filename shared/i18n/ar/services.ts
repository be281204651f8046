import type { ServiceNames } from '../pack';

/**
 * The catalogue's service names in Arabic: the Norwegian name, marked [[…]] (lang="nb", isolated left to
 * right), then a short Arabic gloss, as English does ("legevakt (out-of-hours medical centre)"). A person
 * then recognises the name on a sign, a letter or the phone. Terms follow GLOSSARY.md.
 */
export const serviceNames: ServiceNames = {
  'emergency-113': '[[Medisinsk nødtelefon 113]] (رقم الطوارئ الطبية)',
  'police-112': '[[Politiet 112]] (الشرطة)',
  'legevakt-116117': '[[Legevakt 116 117]] (العيادة الطبية المناوبة)',
  'psykiatrisk-legevakt': '[[Psykososial akuttjeneste, Legevakten i Oslo]] (طوارئ الأزمات النفسية)',
  'mental-helse-116123': '[[Mental Helse Hjelpetelefonen]] (خط المساعدة)',
  'kirkens-sos': '[[Kirkens SOS]] (خط المساعدة في الأزمات)',
  'alarmtelefonen-116111': '[[Alarmtelefonen for barn og unge]] (خط المساعدة للأطفال والشباب)',
  'kors-pa-halsen': '[[Kors på halsen]] (خط الصليب الأحمر للشباب)',
  'vold-overgrepslinjen-116006': '[[Vold- og overgrepslinjen]] (خط المساعدة بشأن العنف والإساءة)',
  'seksuelt-misbrukte-80057000': '[[Hjelpetelefonen for seksuelt misbrukte]] (خط المساعدة لمن تعرضوا لاعتداء جنسي)',
  leve: '[[LEVE]] (لمن فقدوا شخصاً بسبب الانتحار)',
  'vern-for-eldre': '[[Vern for eldre]] (خط المساعدة بشأن الإساءة إلى كبار السن)',
  giftinformasjonen: '[[Giftinformasjonen]] (مركز معلومات التسمم)',
  'veiledning-helsenorge': '[[Veiledning Helsenorge]] (خط الإرشاد في Helsenorge)',
  rusinfo: '[[RUSinfo]] (معلومات عن الكحول والمخدرات)',
  parorende: '[[Pårørendesenter]] (دعم الأقارب والمقربين)',
  fastlege: '[[Fastlege]] (طبيب العائلة الخاص بك)',
  'rask-psykisk-helsehjelp': '[[Rask psykisk helsehjelp]] (المساعدة النفسية السريعة)',
  kommunepsykolog: '[[Psykolog i kommunen]] (الأخصائي النفسي في البلدية)',
  'kommunal-psykisk-helsetjeneste': '[[Psykisk helse- og rustjenesten]] (خدمة الصحة النفسية والإدمان في البلدية)',
  'oppsokende-team': '[[Oppsøkende team]] (فرق ميدانية: FACT و ACT)',
  frisklivssentral: '[[Frisklivssentral]] (مركز الحياة الصحية)',
  skolehelsetjenesten: '[[Skolehelsetjenesten]] (الخدمة الصحية المدرسية ومركز صحة الشباب)',
  dps: '[[Distriktspsykiatrisk senter (DPS)]] (مركز الطب النفسي في المنطقة)',
  bup: '[[BUP]] (الطب النفسي للأطفال والمراهقين)',
  'e-mestring': '[[e-Mestring]] (علاج عبر الإنترنت مع معالج)',
  'digital-selvhjelp': 'أدوات رقمية للمساعدة الذاتية ([[Helsenorge]])',
  'private-psykolog': 'أخصائي نفسي أو طبيب نفسي خاص',
};
