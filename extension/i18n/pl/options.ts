import type { OptionsMessages } from '../nb/options';

/** The options page's own texts in Polish. Typed against nb's keys: a missing key fails the type check. */
export const messages: OptionsMessages = {
  'ext.options.title': 'Ustawienia „Uzyskaj pomoc teraz”',
  'ext.privacy.heading': 'Prywatność',
  'ext.privacy.stored':
    'Na potrzeby ustawień rozszerzenie zapisuje tylko pięć rzeczy: numer wybranej gminy, język, kogo zwykle dotyczy pomoc, informację, czy pytania przy pierwszym użyciu zostały już wypełnione lub pominięte, oraz czy pomoc przy wyszukiwaniu jest włączona.',
  'ext.privacy.where':
    'Są one zapisane w tej przeglądarce (storage.local), razem z numerem wersji formatu. Nie są synchronizowane z innymi urządzeniami ani kontami. Ustawienia, których nie da się odczytać, są tam odłożone osobno, pod własną nazwą, dopóki nie usuniesz ustawień.',
  'ext.privacy.nothingLeaves':
    'Nic nie opuszcza twojego urządzenia. Rozszerzenie nie wysyła żadnych zapytań do sieci, nie zbiera statystyk, nie śledzi i nie pobiera kodu z zewnątrz. Wszystkie usługi i gminy są wbudowane.',
  'ext.privacy.answers': 'Twoje odpowiedzi w przewodniku nie są zapisywane. Znikają po zamknięciu okna.',
  'ext.privacy.links':
    'Gdy dotkniesz numeru lub linku, otworzy go telefon lub przeglądarka. Wtedy obowiązują zasady prywatności tego, z kim się kontaktujesz.',
  'ext.privacy.clear': 'Usuń ustawienia',
  'ext.privacy.cleared': 'Ustawienia zostały usunięte.',
  'ext.plan.heading': 'Mój plan',
  'ext.plan.text':
    'Plan twoimi słowami na trudne chwile: sygnały ostrzegawcze, co pomaga i z kim możesz się skontaktować. Jeśli go napiszesz, zostanie zapisany tylko w tej przeglądarce i możesz zabezpieczyć go kodem.',
  'ext.plan.open': 'Otwórz „Mój plan”',
  'ext.saved': 'Ustawienia zapisane.',
  'ext.searchHelp.heading': 'Pomoc przy wyszukiwaniu',
  'ext.searchHelp.text':
    'Gdy szukasz w Google, Bing, DuckDuckGo, Kvasir, Ecosia lub Brave Search czegoś o samobójstwie, samookaleczaniu albo o tym, że nie dajesz już rady, rozszerzenie może pokazać nad wynikami kartę z telefonami, które odbierają teraz. Jest wyłączona, dopóki jej nie włączysz. Wtedy przeglądarka zapyta o zgodę na te wyszukiwarki i żadne inne. Startpage nie jest uwzględniony, bo jego adres nie zawiera szukanych słów.',
  'ext.privacy.search':
    'Pomoc przy wyszukiwaniu czyta szukane słowa w adresie strony wyszukiwarki, tylko na tym urządzeniu, żeby zdecydować, czy pokazać kartę. Nic o twoich wyszukiwaniach nie jest zapisywane, rejestrowane ani nigdzie wysyłane, a skrypt na stronie wyszukiwarki nie wysyła zapytań do sieci. Pomoc przy wyszukiwaniu zapisuje tylko to, czy jest włączona.',
};
