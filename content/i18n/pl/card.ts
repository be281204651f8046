import type { CardMessages } from '../nb/card';

/** The search help card's texts in Polish. Typed against nb's keys: a missing key fails the type check. */
export const messages: CardMessages = {
  'card.label': 'Uzyskaj pomoc teraz',
  'card.self': 'Nie musisz dźwigać tego sam ani sama: możesz teraz z kimś porozmawiać, całą dobę.',
  'card.someoneElse': 'Jeśli martwisz się o kogoś, możesz teraz zadzwonić i uzyskać radę, całą dobę.',
  'line.emergency-113': 'Medisinsk nødtelefon (numer alarmowy pogotowia), gdy życie jest zagrożone',
  'line.mental-helse-116123': 'Mental Helse Hjelpetelefonen (telefon zaufania)',
  'line.kirkens-sos': 'Kirkens SOS (kryzysowy telefon zaufania)',
  'line.alarmtelefonen-116111': 'Alarmtelefonen for barn og unge (dla dzieci i młodzieży)',
  'line.kors-pa-halsen': 'Kors på halsen (telefon zaufania Czerwonego Krzyża, do 18 lat)',
  'card.open247': 'czynne całą dobę',
  'card.guide': 'Więcej pomocy tam, gdzie mieszkasz (przewodnik otworzy się w nowej karcie)',
  'card.hide': 'Ukryj',
  'card.hideLabel': 'Ukryj pomoc dla tego wyszukiwania',
};
