import type { ServiceId } from '../../catalogue/services';

/** A short description of each catalogue service in Polish; in no bundle (see ../nb/service-descriptions.ts). */
export const serviceDescriptions: Record<ServiceId, string> = {
  'emergency-113': 'Zadzwoń pod 113, gdy życie może być w niebezpieczeństwie. Całą dobę, bezpłatnie.',
  'police-112': 'Zadzwoń pod 112, jeśli komuś grozi inna osoba albo przemoc dzieje się teraz.',
  'legevakt-116117':
    'Gdy sprawa jest pilna, ale bez zagrożenia życia. Numer 116 117 łączy z lokalnym dyżurem lekarskim. Połączenie bezpłatne, całą dobę.',
  'psykiatrisk-legevakt': 'Pilna pomoc w kryzysie psychicznym w Oslo, całą dobę. Zadzwoń pod 116 117 i naciśnij 2.',
  'mental-helse-116123':
    'Możesz z kimś porozmawiać przez telefon lub czat. Całą dobę, bezpłatnie i anonimowo. Dla dorosłych.',
  'kirkens-sos':
    'Możesz z kimś porozmawiać, gdy jest ci ciężko. Telefon całą dobę. Możesz też napisać wiadomość i dostać odpowiedź w ciągu 48 godzin.',
  'alarmtelefonen-116111':
    'Dla dzieci i młodzieży, którym jest źle w domu albo które doświadczają przemocy, oraz dla dorosłych, którzy martwią się o dziecko. Telefon całą dobę.',
  'kors-pa-halsen':
    'Rozmowy Czerwonego Krzyża dla osób poniżej 18 lat. Telefon lub czat, anonimowo. Godziny otwarcia sprawdź na stronie internetowej.',
  'vold-overgrepslinjen-116006':
    'Dla ciebie, jeśli doświadczasz przemocy lub krzywdy albo znasz kogoś, kto jej doświadcza. Całą dobę, bezpłatnie i anonimowo.',
  'seksuelt-misbrukte-80057000':
    'Dla osób, które doświadczają lub doświadczyły przemocy seksualnej, teraz lub w przeszłości. Całą dobę, bezpłatnie i anonimowo.',
  leve: 'Wsparcie i wspólnota po stracie bliskiej osoby w wyniku samobójstwa. Godziny otwarcia sprawdź na stronie internetowej.',
  'vern-for-eldre':
    'Dla osób po 62. roku życia, które doświadczają przemocy lub krzywdy, oraz dla ich rodzin. W dni robocze 9–15, bezpłatnie i anonimowo.',
  giftinformasjonen:
    'Porada całą dobę, jeśli ktoś mógł przyjąć coś trującego. Jeśli ta osoba jest w niebezpieczeństwie, zadzwoń pod 113.',
  'veiledning-helsenorge':
    'Pomoc w znalezieniu lub zmianie lekarza rodzinnego. To nie jest telefon kryzysowy. Godziny otwarcia sprawdź na stronie internetowej.',
  rusinfo:
    'Odpowiedzi na pytania o alkohol, narkotyki i hazard, na czacie na stronie internetowej. W dni robocze 11–18.',
  parorende:
    'Wsparcie i rada, jeśli ktoś ci bliski przeżywa trudny czas. Bezpłatnie i bez skierowania. Zapytaj w swojej gminie.',
  fastlege:
    'Lekarz rodzinny leczy lekkie i umiarkowane problemy psychiczne i kieruje dalej. Swojego lekarza znajdziesz po zalogowaniu się na Helsenorge.',
  'rask-psykisk-helsehjelp':
    'Bezpłatna pomoc gminy przy nowym, lekkim lub umiarkowanym lęku, depresji, stresie lub problemach ze snem. Bez skierowania. Celem jest pomoc w ciągu 1–2 tygodni.',
  kommunepsykolog:
    'Wiele gmin ma psychologów, którzy prowadzą bezpłatną, krótką terapię przy lekkich i umiarkowanych problemach. Skontaktuj się z gminą lub lekarzem rodzinnym.',
  'kommunal-psykisk-helsetjeneste':
    'Twoja gmina ma usługi leczenia i wsparcia, także dla bliskich. Skontaktuj się z gminą lub lekarzem rodzinnym.',
  'oppsokende-team':
    'Pomoc w domu lub tam, gdzie mieszkasz, jeśli trudno ci dotrzeć na wizyty, a problemy są poważne lub złożone. Skontaktuj się z gminą.',
  frisklivssentral:
    'Pomoc w zmianie nawyków i radzeniu sobie ze stresem, przygnębieniem, problemami ze snem i alkoholem. W ponad połowie gmin.',
  skolehelsetjenesten:
    'Pielęgniarka szkolna lub przychodnia dla młodzieży mogą z tobą porozmawiać i pomóc dalej. Bezpłatnie.',
  dps: 'Pomoc specjalistów przy ciężkiej depresji, silnym lęku lub psychozie: poradnia, zespoły mobilne i leczenie stacjonarne. Skierowanie daje lekarz rodzinny.',
  bup: 'Pomoc specjalistów dla dzieci i młodzieży. Skierowanie może dać lekarz rodzinny, szkolna opieka zdrowotna lub służby ochrony dzieci.',
  'e-mestring':
    'Terapia przez internet z terapeutą, około 14 tygodni, przy lęku napadowym, lęku społecznym lub lekkiej i umiarkowanej depresji. Zwykle ze skierowaniem od lekarza rodzinnego.',
  'digital-selvhjelp':
    'Bezpłatne narzędzia zatwierdzone przez specjalistów: przy stresie, zamartwianiu się, lekkim i umiarkowanym lęku i depresji oraz problemach ze snem. Katalog narzędzi jest na Helsenorge.',
  'private-psykolog':
    'Często krótsze czekanie i większy wybór, ale to kosztuje więcej i zwykle nie jest finansowane ze środków publicznych.',
};
