import type { ServiceNames } from '../pack';

/**
 * The catalogue's service names in Polish: the Norwegian name, marked [[…]] (lang="nb"), then a short Polish
 * gloss, as English does ("legevakt (out-of-hours medical centre)"). A person then recognises the name on a
 * sign, a letter or the phone. Terms follow GLOSSARY.md.
 */
export const serviceNames: ServiceNames = {
  'emergency-113': '[[Medisinsk nødtelefon 113]] (numer alarmowy pogotowia)',
  'police-112': '[[Politiet 112]] (policja)',
  'legevakt-116117': '[[Legevakt 116 117]] (dyżur lekarski)',
  'psykiatrisk-legevakt': '[[Psykososial akuttjeneste, Legevakten i Oslo]] (psychiatryczna pomoc doraźna)',
  'mental-helse-116123': '[[Mental Helse Hjelpetelefonen]] (telefon zaufania)',
  'kirkens-sos': '[[Kirkens SOS]] (kryzysowy telefon zaufania)',
  'alarmtelefonen-116111': '[[Alarmtelefonen for barn og unge]] (telefon zaufania dla dzieci i młodzieży)',
  'kors-pa-halsen': '[[Kors på halsen]] (Czerwony Krzyż, telefon zaufania dla młodzieży)',
  'vold-overgrepslinjen-116006': '[[Vold- og overgrepslinjen]] (telefon zaufania w sprawie przemocy)',
  'seksuelt-misbrukte-80057000':
    '[[Hjelpetelefonen for seksuelt misbrukte]] (telefon zaufania dla osób po przemocy seksualnej)',
  leve: '[[LEVE]] (dla osób po stracie bliskiej osoby w wyniku samobójstwa)',
  'vern-for-eldre': '[[Vern for eldre]] (telefon zaufania w sprawie przemocy wobec osób starszych)',
  giftinformasjonen: '[[Giftinformasjonen]] (informacja o zatruciach)',
  'veiledning-helsenorge': '[[Veiledning Helsenorge]] (infolinia Helsenorge)',
  rusinfo: '[[RUSinfo]] (informacje o alkoholu i narkotykach)',
  parorende: '[[Pårørendesenter]] (wsparcie dla bliskich)',
  fastlege: '[[Fastlege]] (twój lekarz rodzinny)',
  'rask-psykisk-helsehjelp': '[[Rask psykisk helsehjelp]] (szybka pomoc psychologiczna)',
  kommunepsykolog: '[[Psykolog i kommunen]] (psycholog gminny)',
  'kommunal-psykisk-helsetjeneste':
    '[[Psykisk helse- og rustjenesten]] (gminna służba zdrowia psychicznego i uzależnień)',
  'oppsokende-team': '[[Oppsøkende team]] (zespoły środowiskowe FACT i ACT)',
  frisklivssentral: '[[Frisklivssentral]] (centrum zdrowego stylu życia)',
  skolehelsetjenesten: '[[Skolehelsetjenesten]] (szkolna opieka zdrowotna i przychodnia dla młodzieży)',
  dps: '[[Distriktspsykiatrisk senter (DPS)]] (okręgowe centrum psychiatryczne)',
  bup: '[[BUP]] (psychiatria dzieci i młodzieży)',
  'e-mestring': '[[e-Mestring]] (terapia przez internet z terapeutą)',
  'digital-selvhjelp': 'Cyfrowe narzędzia samopomocy ([[Helsenorge]])',
  'private-psykolog': 'Prywatny psycholog lub psychiatra',
};
