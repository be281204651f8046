import type { SearchHelpMessages } from '../nb/search-help';

/** The search help switch's texts in Ukrainian. Typed against nb's keys: a missing key fails the type check. */
export const messages: SearchHelpMessages = {
  'ext.searchHelp.offer': 'Показувати мені допомогу вгорі сторінок пошуку, коли я шукаю щось про кризу.',
  'ext.searchHelp.denied': 'Допомогу під час пошуку не ввімкнено: браузер не отримав дозволу на пошукові сайти.',
};
