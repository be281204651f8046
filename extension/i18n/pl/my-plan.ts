import type { SafetyPlanMessages } from '../nb/my-plan';

/** My plan's texts in Polish. Typed against nb's keys: a missing key fails the type check. */
export const messages: SafetyPlanMessages = {
  'plan.intro': 'Plan twoimi słowami na chwile, kiedy wszystkiego jest za dużo.',
  'plan.note':
    'Plan działa najlepiej, gdy tworzysz go razem z terapeutą lub lekarzem rodzinnym. Wydrukuj go i zabierz ze sobą. Nie jest oceną ryzyka i nie zastępuje 113: jeśli życie jest w niebezpieczeństwie, zadzwoń pod 113.',
  'plan.saved': 'Zapisano w tej przeglądarce.',
  'plan.saveFailed': 'Nie udało się zapisać zmiany. Spróbuj ponownie albo pobierz kopię planu.',
  'plan.unreadable': 'Nie udało się odczytać planu z pamięci przeglądarki. Spróbuj odświeżyć stronę.',
  'plan.crisis': 'Potrzebuję teraz mojego planu',
  'plan.print': 'Drukuj',
  'plan.printed': 'Wydrukowano {date}',
  'plan.updated': 'Ostatnia zmiana {date}',
  'plan.remove': 'Usuń',
  'plan.call': 'Zadzwoń: {name}',
  'plan.website': 'Strona internetowa: {host}',

  'warningSigns.heading': 'Moje sygnały ostrzegawcze',
  'warningSigns.guidance':
    'Myśli, uczucia, sytuacje lub zachowania, które mówią ci, że może nadchodzić kryzys. Na przykład: „Przestaję odpisywać na wiadomości”.',
  'warningSigns.item': 'Sygnał ostrzegawczy {n}',
  'warningSigns.add': 'Dodaj sygnał ostrzegawczy',
  'onMyOwn.heading': 'Co mogę zrobić samodzielnie',
  'onMyOwn.guidance':
    'Rzeczy, które pomagają przetrwać trudną chwilę bez kontaktu z kimkolwiek: spacer, muzyka, prysznic, powolne oddychanie.',
  'onMyOwn.item': 'Coś, co mogę zrobić {n}',
  'onMyOwn.add': 'Dodaj coś, co możesz zrobić',
  'breaks.heading': 'Ludzie i miejsca, które dają mi chwilę wytchnienia',
  'breaks.guidance':
    'Ludzie, z którymi możesz pobyć, i miejsca, do których możesz pójść, żeby oderwać myśli. Nie musisz im mówić, jak się czujesz.',
  'breaks.item': 'Osoba lub miejsce {n}',
  'breaks.add': 'Dodaj osobę lub miejsce',
  'helpers.heading': 'Ludzie, których mogę poprosić o pomoc',
  'helpers.guidance':
    'Ktoś, komu ufasz i komu możesz powiedzieć, że jest ci ciężko. Wpisz imię i numer telefonu, żeby zadzwonić jednym dotknięciem.',
  'helpers.name': 'Imię, osoba {n}',
  'helpers.phone': 'Telefon, osoba {n}',
  'helpers.add': 'Dodaj osobę',
  'helpers.item': 'osoba {n}',
  'services.heading': 'Specjaliści i służby, z którymi mogę się skontaktować',
  'services.guidance':
    'Niektóre są już wpisane. Dodaj numer swojego lekarza rodzinnego i innych osób, do których chodzisz, i usuń to, czego nie potrzebujesz.',
  'services.name': 'Nazwa, służba {n}',
  'services.phone': 'Telefon, służba {n}',
  'services.add': 'Dodaj służbę',
  'services.item': 'służba {n}',
  'services.gp': 'Mój lekarz rodzinny (fastlege)',
  'services.press2': 'potem naciśnij 2',
  'services.municipality': 'Gmina {name}: zdrowie psychiczne',
  'saferSurroundings.heading': 'Jak uczynić moje otoczenie bezpieczniejszym',
  'saferSurroundings.guidance':
    'Co mogłoby sprawić, że w trudnej chwili wokół ciebie będzie bezpieczniej? Niektórzy proszą zaufaną osobę, żeby przechowała pewne rzeczy przez jakiś czas. Pomocna może być rozmowa o tym z terapeutą.',
  'saferSurroundings.item': 'Coś, co zwiększa bezpieczeństwo {n}',
  'saferSurroundings.add': 'Dodaj coś, co zwiększa bezpieczeństwo',
  'reasonsToLive.heading': 'Co sprawia, że warto żyć',
  'reasonsToLive.guidance':
    'Ludzie, zwierzęta, plany, coś, na co czekasz albo na czym ci zależy. Małe rzeczy też się liczą.',
  'reasonsToLive.item': 'Coś, co jest dla mnie ważne {n}',
  'reasonsToLive.add': 'Dodaj coś ważnego',

  'crisis.progress': 'Krok {n} z {total}',
  'crisis.next': 'Dalej',
  'crisis.back': 'Wstecz',
  'crisis.close': 'Do całego planu',
  'crisis.end':
    'To już cały twój plan. Jeśli nadal jest ci ciężko, zadzwoń na jeden z numerów u góry. Odbierają całą dobę. Jeśli życie jest w niebezpieczeństwie, zadzwoń pod 113.',
  'crisis.endHeading': 'Nie zostaniesz bez pomocy',

  'file.heading': 'Zachowaj kopię',
  'file.text':
    'Pobierz plan jako plik, na przykład żeby przenieść go do innej przeglądarki. Plik nie jest zaszyfrowany: każdy, kto go otworzy, może przeczytać plan.',
  'file.name': 'moj-plan',
  'file.export': 'Pobierz plan',
  'file.import': 'Wczytaj plan z pliku',
  'file.importHeading': 'Zastąpić twój plan?',
  'file.importFrom': 'Plik zapisano {date}. Zostanie zastąpione:',
  'file.importCount': '{section}: teraz {current}, w pliku {incoming}',
  'file.importConfirm': 'Zastąp mój plan',
  'file.importCancel': 'Zachowaj mój plan',
  'file.imported': 'Plan z pliku został wczytany.',
  'file.notAPlan': 'Ten plik nie jest planem z „Uzyskaj pomoc teraz”.',
  'file.newer': 'Plik utworzyła nowsza wersja rozszerzenia. Zaktualizuj rozszerzenie i spróbuj ponownie.',
  'file.invalid': 'Nie udało się odczytać pliku. Może być uszkodzony.',

  'lock.heading': 'Zablokuj plan',
  'lock.text':
    'Korzystasz z tego komputera razem z innymi? Z kodem PIN lub hasłem plan jest szyfrowany w przeglądarce. Numery alarmowe są widoczne także wtedy, gdy plan jest zablokowany.',
  'lock.strength': 'Hasło z kilku słów jest bezpieczniejsze niż krótki PIN.',
  'lock.forget':
    'Jeśli je zapomnisz, planu nie da się odzyskać. Nikt nie może go otworzyć, my też nie. Wtedy można go tylko usunąć i zacząć od nowa.',
  'lock.secret': 'PIN lub hasło',
  'lock.repeat': 'Wpisz jeszcze raz',
  'lock.set': 'Zablokuj plan',
  'lock.tooShort': 'Użyj co najmniej 4 znaków.',
  'lock.mismatch': 'Wpisane teksty się różnią.',
  'lock.on':
    'Plan jest zablokowany kodem. Pozostaje otwarty w tej karcie, dopóki jej nie zamkniesz albo go nie zablokujesz.',
  'lock.now': 'Zablokuj teraz',
  'lock.remove': 'Usuń blokadę',
  'lock.removed': 'Blokada została usunięta.',
  'lock.locked': 'Plan jest zablokowany.',
  'locked.heading': 'Plan jest zablokowany',
  'locked.open': 'Otwórz plan',
  'locked.wrong': 'Ten kod nie otwiera planu. Spróbuj ponownie.',
  'locked.forgot': 'Nie pamiętasz kodu?',

  'aside.heading': 'Nie udało się odczytać zapisanego planu',
  'aside.text':
    'Został odłożony, nie usunięty. Możesz go pobrać i sprawdzić, czy coś da się uratować, albo go usunąć. Tutaj możesz napisać nowy plan.',
  'aside.newer': 'Zapisała go nowsza wersja rozszerzenia.',
  'aside.download': 'Pobierz plan, którego nie udało się odczytać',
  'aside.drop': 'Usuń plan, którego nie udało się odczytać',

  'delete.heading': 'Usuń plan',
  'delete.uninstall':
    'Plan istnieje tylko w tej przeglądarce. Jeśli odinstalujesz rozszerzenie, plan zostanie usunięty. Jeśli chcesz go zachować, najpierw pobierz kopię.',
  'delete.button': 'Usuń mój plan',
  'delete.confirm': 'Usunąć plan? Tego nie da się cofnąć.',
  'delete.yes': 'Tak, usuń plan',
  'delete.no': 'Nie, zachowaj go',
  'delete.done': 'Plan został usunięty. Nic z niego nie jest już przechowywane.',

  'privacy.heading': 'Gdzie jest plan',
  'privacy.text':
    'Plan zapisuje się podczas pisania, tylko w tej przeglądarce (storage.local). Nie jest synchronizowany i nigdzie nie jest wysyłany. My, autorzy rozszerzenia, nigdy go nie widzimy.',
};
