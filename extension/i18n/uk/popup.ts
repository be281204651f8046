import type { ExtensionMessages } from '../nb/popup';

/** The extension's own texts in Ukrainian. Typed against nb's keys: a missing key fails the type check. */
export const messages: ExtensionMessages = {
  'ext.settings': 'Налаштування',
  'ext.bar.municipality': 'Комуна: {name}',
  'ext.bar.noMunicipality': 'Комуну не вибрано',
  'ext.setup.heading': 'Налаштуйте допомогу під себе',
  'ext.setup.intro':
    'Виберіть свою комуну і мову, і допомога краще відповідатиме місцю, де ви живете. Цей крок можна пропустити і змінити все пізніше.',
  'ext.setup.private': 'Ваш вибір зберігається лише в цьому браузері.',
  'ext.municipality.label': 'Ваша комуна ([[kommune]])',
  'ext.municipality.hint': 'Введіть назву комуни або поштовий індекс.',
  'ext.municipality.one': 'Знайдено 1 комуну.',
  'ext.municipality.many': 'Знайдено комун: {n}.',
  'ext.municipality.more': 'Знайдено комун: {n}. Показано перші {shown}; введіть більше, щоб знайти свою.',
  'ext.municipality.none': 'Такої комуни не знайдено. Спробуйте іншу назву або поштовий індекс із чотирьох цифр.',
  'ext.municipality.chosen': 'Вибрана комуна: {name}',
  'ext.municipality.clear': 'Прибрати комуну',
  'ext.language.legend': 'Мова',
  'ext.audience.legend': 'Кому зазвичай потрібна допомога?',
  'ext.audience.ask': 'Запитувати щоразу',
  'ext.audience.young': 'Дитині або підлітку',
  'ext.save': 'Зберегти',
  'ext.cancel': 'Скасувати',
  'ext.allSettings': 'Усі налаштування і конфіденційність',
  'ext.plan': 'Мій план',
  'ext.setAside':
    'Збережені налаштування не вдалося прочитати, тому розширення починає спочатку. Старі налаштування збережено окремо в цьому браузері; кнопка «Видалити налаштування» у всіх налаштуваннях їх видаляє.',
};
