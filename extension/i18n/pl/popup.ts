import type { ExtensionMessages } from '../nb/popup';

/** The extension's own texts in Polish. Typed against nb's keys: a missing key fails the type check. */
export const messages: ExtensionMessages = {
  'ext.settings': 'Ustawienia',
  'ext.bar.municipality': 'Gmina: {name}',
  'ext.bar.noMunicipality': 'Nie wybrano gminy',
  'ext.setup.heading': 'Dopasuj pomoc',
  'ext.setup.intro':
    'Wybierz gminę i język, a pomoc będzie lepiej dopasowana do miejsca, w którym mieszkasz. Możesz to pominąć i zmienić później.',
  'ext.setup.private': 'Twoje wybory są zapisywane tylko w tej przeglądarce.',
  'ext.municipality.label': 'Twoja gmina ([[kommune]])',
  'ext.municipality.hint': 'Wpisz nazwę gminy lub kod pocztowy.',
  'ext.municipality.one': 'Pasuje 1 gmina.',
  'ext.municipality.many': 'Pasujące gminy: {n}.',
  'ext.municipality.more': 'Pasujące gminy: {n}. Pokazano pierwsze {shown}; wpisz więcej, aby znaleźć swoją.',
  'ext.municipality.none': 'Żadna gmina nie pasuje. Spróbuj innej nazwy lub czterocyfrowego kodu pocztowego.',
  'ext.municipality.chosen': 'Wybrana gmina: {name}',
  'ext.municipality.clear': 'Usuń gminę',
  'ext.language.legend': 'Język',
  'ext.audience.legend': 'Kto zwykle potrzebuje pomocy?',
  'ext.audience.ask': 'Pytaj za każdym razem',
  'ext.audience.young': 'Dziecko lub nastolatek',
  'ext.save': 'Zapisz',
  'ext.cancel': 'Anuluj',
  'ext.allSettings': 'Wszystkie ustawienia i prywatność',
  'ext.plan': 'Mój plan',
  'ext.setAside':
    'Nie udało się odczytać zapisanych ustawień, więc rozszerzenie zaczyna od nowa. Stare ustawienia są odłożone w tej przeglądarce, a przycisk „Usuń ustawienia” we wszystkich ustawieniach je usuwa.',
};
