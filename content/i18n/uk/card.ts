import type { CardMessages } from '../nb/card';

/** The search help card's texts in Ukrainian. Typed against nb's keys: a missing key fails the type check. */
export const messages: CardMessages = {
  'card.label': 'Отримати допомогу зараз',
  'card.self': 'Вам не треба нести це самотужки: ви можете поговорити з кимось зараз, цілодобово.',
  'card.someoneElse': 'Якщо ви хвилюєтеся за когось, ви можете зателефонувати і отримати пораду зараз, цілодобово.',
  'line.emergency-113': 'Medisinsk nødtelefon (екстрена медична допомога), коли життя в небезпеці',
  'line.mental-helse-116123': 'Mental Helse Hjelpetelefonen (телефон довіри)',
  'line.kirkens-sos': 'Kirkens SOS (кризовий телефон довіри)',
  'line.alarmtelefonen-116111': 'Alarmtelefonen for barn og unge (для дітей і молоді)',
  'line.kors-pa-halsen': 'Kors på halsen (телефон довіри Червоного Хреста, до 18 років)',
  'card.open247': 'працює цілодобово',
  'card.guide': 'Більше допомоги там, де ви живете (довідник відкриється в новій вкладці)',
  'card.hide': 'Сховати',
  'card.hideLabel': 'Сховати допомогу для цього пошуку',
};
