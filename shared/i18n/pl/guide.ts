import type { Messages } from '../nb/guide';

/**
 * Polish. Typed against nb's keys: a missing key fails the type check. The reader is addressed as "ty"
 * ("Zadzwoń", "Możesz"): Polish crisis lines and helplines speak this way, and it keeps sentences short.
 * Norwegian names stay Norwegian, marked [[like this]] so the face can give them lang="nb", with a Polish gloss;
 * terms follow GLOSSARY.md beside this file. Not yet reviewed by a native-speaking health professional (README).
 */
export const messages: Messages = {
  'app.title': 'Uzyskaj pomoc teraz',
  'app.tagline': 'Gdzie szukać pomocy, gdy jest ci ciężko albo martwisz się o kogoś.',
  'app.factsChecked': 'Numery sprawdzono ostatnio {date}.',
  'date.format': '{day} {month} {year}',
  'date.months': 'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia',

  'strip.label': 'Pilna pomoc',
  'strip.emergency': 'Zagrożenie życia',
  'strip.legevakt': 'Pilne, ale bez zagrożenia życia',
  'strip.talk': 'Porozmawiaj z kimś, całą dobę',
  'strip.moreHelp': 'Więcej pomocy',

  'contact.call': 'Zadzwoń: {number}',
  'contact.chat': 'Czat',
  'contact.web': 'Strona internetowa',
  'contact.email': 'E-mail',
  'contact.sms': 'SMS: {number}',
  'contact.note.press2': 'naciśnij 2',
  'contact.note.fromOutsideOslo': 'spoza Oslo',
  'contact.municipality': 'Strona internetowa gminy {name}',
  'contact.yourMunicipality': 'Skontaktuj się ze swoją gminą',

  'open.always': 'Czynne całą dobę',
  'open.now': 'Teraz czynne',
  'open.until': 'Teraz czynne, do {time}',
  'open.closed': 'Teraz zamknięte',
  'open.opensAt': 'Teraz zamknięte. Czynne znowu: {day}, godz. {time}',
  'open.unknown': 'Godziny otwarcia sprawdź na stronie internetowej',
  'day.today': 'dziś',
  'day.tomorrow': 'jutro',
  'day.1': 'poniedziałek',
  'day.2': 'wtorek',
  'day.3': 'środa',
  'day.4': 'czwartek',
  'day.5': 'piątek',
  'day.6': 'sobota',
  'day.7': 'niedziela',

  'cost.free': 'Bezpłatnie',
  'cost.user-fee': 'Opłata własna ([[egenandel]])',
  'cost.private': 'Drożej (prywatnie)',
  'access.no-referral': 'Bez skierowania',
  'access.gp-referral': 'Skierowanie od lekarza rodzinnego',
  'access.referral': 'Potrzebne skierowanie',

  'tier.emergency': 'Zadzwoń teraz',
  'tier.now': 'Dziś lub wieczorem',
  'tier.soon': 'W najbliższych dniach',
  'tier.when-ready': 'Kiedy zechcesz',
  'tier.info': 'Warto wiedzieć',
  'step.ifNoAnswer': 'Nikt nie odbiera? Spróbuj',
  'step.local': 'Tam, gdzie mieszkasz',

  'guide.heading': 'Znajdź odpowiednią pomoc',
  'guide.progress': 'Pytanie {n} z {total}',
  'guide.next': 'Dalej',
  'guide.back': 'Wstecz',
  'guide.skip': 'Pomiń',
  'guide.showHelp': 'Pokaż pomoc teraz',
  'guide.restart': 'Zacznij od nowa',
  'guide.results': 'Gdzie możesz dostać pomoc',
  'guide.q.danger': 'Czy czyjeś życie jest teraz w niebezpieczeństwie?',
  'guide.q.forWhom': 'Kto potrzebuje pomocy?',
  'guide.q.age': 'Ile lat ma osoba, która potrzebuje pomocy?',
  'guide.q.concerns': 'Czego to dotyczy?',
  'guide.q.concerns.hint': 'Wybierz wszystko, co pasuje.',
  'guide.q.urgency': 'Jak szybko potrzebna jest pomoc?',
  'guide.q.severity': 'Jak bardzo przeszkadza to w codziennym życiu?',
  'guide.q.duration': 'Jak długo to trwa?',
  'guide.q.specialist': 'Czy osoba, która potrzebuje pomocy, już dostaje pomoc z DPS, BUP lub szpitala?',
  'answer.yes': 'Tak',
  'answer.no': 'Nie',
  'answer.dontKnow': 'Nie wiem',
  'forWhom.self': 'Ja',
  'forWhom.someone-else': 'Ktoś, o kogo się martwię',
  'age.child': 'Poniżej 13 lat',
  'age.young-teen': '13–15 lat',
  'age.older-teen': '16–17 lat',
  'age.adult': '18–61 lat',
  'age.older': '62 lata lub więcej',
  'concern.suicidal-thoughts': 'Myśli samobójcze',
  'concern.self-harm': 'Samookaleczanie',
  'concern.psychosis': 'Rzeczywistość wydaje się inna (słyszę lub widzę to, czego inni nie)',
  'concern.depression': 'Przygnębienie lub depresja',
  'concern.anxiety': 'Lęk lub zamartwianie się',
  'concern.panic': 'Ataki paniki',
  'concern.stress': 'Stres',
  'concern.sleep': 'Problemy ze snem',
  'concern.alcohol-drugs': 'Alkohol lub narkotyki',
  'concern.violence-abuse': 'Przemoc lub krzywdzenie',
  'concern.sexual-abuse': 'Przemoc seksualna',
  'concern.bereaved-by-suicide': 'Strata bliskiej osoby w wyniku samobójstwa',
  'concern.loneliness': 'Samotność',
  'concern.other': 'Coś innego',
  'urgency.now': 'To nie może czekać',
  'urgency.days': 'W ciągu kilku dni',
  'urgency.weeks': 'Może poczekać kilka tygodni',
  'severity.mild': 'Trochę',
  'severity.moderate': 'Dość mocno',
  'severity.severe': 'Bardzo mocno',
  'duration.recent': 'Od niedawna',
  'duration.long-lasting': 'Od dawna (wiele miesięcy)',

  'dialog.open': 'Uzyskaj pomoc teraz',
  'dialog.close': 'Zamknij',
  'lang.menu': 'Język',

  'reason.113.danger':
    'Życie może być w niebezpieczeństwie. Zadzwoń teraz pod 113. Odbierają całą dobę i wysyłają pomoc.',
  'reason.113.dangerOther':
    'Jeśli czyjeś życie jest w niebezpieczeństwie, zadzwoń teraz pod 113. Zostań z tą osobą, jeśli to dla ciebie bezpieczne.',
  'reason.113.ifUnsafe': 'Jeśli nie możesz zadbać o swoje bezpieczeństwo, od razu zadzwoń pod 113.',
  'reason.113.ifUnsafeOther': 'Jeśli myślisz, że ta osoba nie jest teraz bezpieczna, od razu zadzwoń pod 113.',
  'reason.112.violence': 'Jeśli ktoś doświadcza teraz przemocy albo grozi mu inna osoba, zadzwoń na policję.',
  'reason.legevakt.suicidal':
    'Myśli samobójcze trzeba traktować poważnie. Dyżur lekarski ([[legevakt]]) może porozmawiać z tobą dziś i pomóc ci dalej.',
  'reason.legevakt.suicidalOther':
    'Myśli samobójcze trzeba traktować poważnie. Dyżur lekarski ([[legevakt]]) pomaga całą dobę. Możesz zadzwonić w imieniu osoby, o którą się martwisz.',
  'reason.legevakt.psychosis':
    'Jeśli słyszysz lub widzisz rzeczy, których inni nie słyszą ani nie widzą, albo rzeczywistość wydaje się inna, dyżur lekarski ([[legevakt]]) może pomóc dziś.',
  'reason.legevakt.cannotWait':
    'Gdy nie możesz czekać, aż lekarz rodzinny znajdzie czas, dyżur lekarski ([[legevakt]]) pomaga całą dobę.',
  'reason.psykiatriskLegevakt.oslo':
    'W Oslo dyżur lekarski ([[legevakt]]) ma osobną pomoc w kryzysie psychicznym. Zadzwoń pod 116 117 i naciśnij 2.',
  'reason.violence.line': 'Możesz porozmawiać z kimś o przemocy i krzywdzie, bezpłatnie i anonimowo, całą dobę.',
  'reason.alarm.violence':
    'Dla dzieci i młodzieży, którym jest źle w domu albo które doświadczają przemocy. Możesz dzwonić o każdej porze.',
  'reason.alarm.worriedAdult':
    'Jeśli jesteś osobą dorosłą i martwisz się o dziecko, możesz zadzwonić do [[Alarmtelefonen]].',
  'reason.vernForEldre': 'Dla osób po 62. roku życia, które doświadczają przemocy lub krzywdy. Czynne w dni robocze.',
  'reason.sexualAbuse.line': 'Możesz porozmawiać z kimś, kto rozumie, o przemocy teraz lub w przeszłości. Całą dobę.',
  'reason.helpline.talkNow': 'Nie musisz być z tym sam ani sama. Możesz teraz z kimś porozmawiać, całą dobę.',
  'reason.helpline.meanwhile':
    'Jeśli potrzebujesz z kimś porozmawiać, kiedy czekasz, te telefony zaufania odbierają całą dobę.',
  'reason.helpline.young': 'Dla osób poniżej 18 lat. Możesz porozmawiać, nie mówiąc, kim jesteś.',
  'reason.specialist.yourTeam':
    'Już dostajesz pomoc. Najpierw skontaktuj się z osobami, które cię leczą: znają cię najlepiej.',
  'reason.leve':
    'Dla osób, które straciły kogoś bliskiego w wyniku samobójstwa. Możesz tu porozmawiać z innymi, którzy wiedzą, jak to jest.',
  'reason.giftinformasjonen':
    'Jeśli ktoś mógł przyjąć coś szkodliwego, tu dostaniesz radę. Jeśli ta osoba jest w niebezpieczeństwie, zadzwoń pod 113.',
  'reason.rusinfo': 'Masz pytania o alkohol lub narkotyki? Tu możesz anonimowo porozmawiać na czacie.',
  'reason.municipal.substance': 'Twoja gmina może doradzić i pomóc w sprawie alkoholu i narkotyków, bez skierowania.',
  'reason.rph.offered':
    'Przy nowych, lekkich lub umiarkowanych problemach. Bezpłatnie i bez skierowania. Celem jest pomoc w ciągu 1–2 tygodni.',
  'reason.rph.ask':
    'Wiele gmin ma [[Rask psykisk helsehjelp]] (szybką pomoc psychologiczną): bezpłatnie i bez skierowania. Zapytaj w swojej gminie.',
  'reason.school': 'Pielęgniarka szkolna może z tobą porozmawiać i pomóc ci dalej. To bezpłatne.',
  'reason.school.someoneElse': 'Pielęgniarka szkolna może porozmawiać z młodą osobą i pomóc dalej. To bezpłatne.',
  'reason.gp.default': 'Lekarz rodzinny pomaga przy lekkich i umiarkowanych problemach i wie, co oferuje twoja gmina.',
  'reason.gp.referral': 'Przy poważnych problemach lekarz rodzinny skieruje cię do specjalisty.',
  'reason.gp.longLasting': 'Jeśli problemy trwają od dawna, zacznij od lekarza rodzinnego.',
  'reason.gp.someoneElse':
    'Lekarz rodzinny osoby, o którą się martwisz, może pomóc i wystawić skierowanie. Możecie pójść razem.',
  'reason.municipal.nextOfKin': 'Twoja gmina pomaga też bliskim. Możesz zgłosić się bezpośrednio.',
  'reason.parorende': 'Jako osoba bliska możesz dostać wsparcie i radę, bezpłatnie i bez skierowania.',
  'reason.kommunepsykolog':
    'Psycholog w gminie prowadzi bezpłatną, krótką terapię przy lekkich i umiarkowanych problemach.',
  'reason.dps.referral': 'Przy poważnych problemach DPS zapewnia pomoc specjalistów. Skierowanie daje lekarz rodzinny.',
  'reason.bup.referral':
    'BUP pomaga dzieciom i młodzieży jako poradnia specjalistyczna. Skierowanie daje lekarz rodzinny lub pielęgniarka szkolna.',
  'reason.outreach': 'Jeśli trudno ci dotrzeć na wizyty, zespół może przyjechać do ciebie. Skontaktuj się z gminą.',
  'reason.municipal.general':
    'Twoja gmina ma usługi w zakresie zdrowia psychicznego. Skontaktuj się z nimi albo z lekarzem rodzinnym.',
  'reason.frisklivssentral':
    'Pomoc w radzeniu sobie ze stresem, snem i przygnębieniem na co dzień, jeśli twoja gmina ją prowadzi.',
  'reason.emestring':
    'Terapia przez internet z terapeutą. Zapytaj lekarza rodzinnego, czy jest dostępna tam, gdzie mieszkasz.',
  'reason.selfhelp': 'Bezpłatne, zatwierdzone narzędzia, z których możesz korzystać samodzielnie, kiedy ci pasuje.',
  'reason.private': 'Prywatnie można szybciej dostać pomoc, ale to kosztuje więcej.',
  'reason.local.other': 'Pomoc tam, gdzie mieszkasz.',
  'quickExit.button': 'Szybko opuść stronę',
  'quickExit.hint': 'Albo naciśnij Shift trzy razy.',
  'reason.113.ifWorse': 'Jeśli będzie gorzej i czyjeś życie może być zagrożone, zadzwoń pod 113. Odbierają całą dobę.',
  'reason.legevakt.ifWorse':
    'Jeśli będzie gorzej i nie można czekać albo nie możesz się dodzwonić do lekarza rodzinnego, dyżur lekarski ([[legevakt]]) pomaga całą dobę.',
};
