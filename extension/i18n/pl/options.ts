import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in Polish. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'Ustawienia „Uzyskaj pomoc teraz”',
  'ext.privacy.heading': 'Prywatność',
  'ext.privacy.stored':
    'Na potrzeby ustawień rozszerzenie zapisuje tylko cztery rzeczy: numer wybranej gminy, język, kogo zwykle dotyczy pomoc oraz informację, czy pytania przy pierwszym użyciu zostały już wypełnione lub pominięte.',
  'ext.privacy.where':
    'Są one zapisane w tej przeglądarce (storage.local), razem z numerem wersji formatu. Nie są synchronizowane z innymi urządzeniami ani kontami.',
  'ext.privacy.nothingLeaves':
    'Nic nie opuszcza twojego urządzenia. Rozszerzenie nie wysyła żadnych zapytań do sieci, nie zbiera statystyk, nie śledzi i nie pobiera kodu z zewnątrz. Wszystkie usługi i gminy są wbudowane.',
  'ext.privacy.answers': 'Twoje odpowiedzi w przewodniku nie są zapisywane. Znikają po zamknięciu okna.',
  'ext.privacy.links':
    'Gdy dotkniesz numeru lub linku, otworzy go telefon lub przeglądarka. Wtedy obowiązują zasady prywatności tego, z kim się kontaktujesz.',
  'ext.privacy.clear': 'Usuń ustawienia',
  'ext.privacy.cleared': 'Ustawienia zostały usunięte.',
  'ext.future.heading': 'Wkrótce',
  'ext.future.text':
    'W przyszłości będzie można tu włączyć pomoc, gdy szukasz w internecie czegoś o kryzysie. Ta funkcja jeszcze nie istnieje i nigdy nie zostanie włączona bez twojej decyzji.',
  'ext.plan.heading': 'Mój plan',
  'ext.plan.text':
    'Plan twoimi słowami na trudne chwile: sygnały ostrzegawcze, co pomaga i z kim możesz się skontaktować. Jeśli go napiszesz, zostanie zapisany tylko w tej przeglądarce i możesz zabezpieczyć go kodem.',
  'ext.plan.open': 'Otwórz „Mój plan”',
};
