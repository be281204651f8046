import type { CardMessages } from '../nb/card';

/** The search help card's texts in Nynorsk. Typed against nb's keys: a missing key fails the type check. */
export const messages: CardMessages = {
  'card.label': 'Få hjelp no',
  'card.self': 'Du treng ikkje stå i dette åleine: du kan snakke med nokon no, heile døgnet.',
  'card.someoneElse': 'Er du uroleg for nokon, kan du ringje og få råd no, heile døgnet.',
  'line.emergency-113': 'Medisinsk naudtelefon, når livet er i fare',
  'line.mental-helse-116123': 'Mental Helse Hjelpetelefonen',
  'line.kirkens-sos': 'Kirkens SOS',
  'line.alarmtelefonen-116111': 'Alarmtelefonen for barn og unge',
  'line.kors-pa-halsen': 'Kors på halsen (Raudekrossen), for deg under 18',
  'card.open247': 'døgnope',
  'card.guide': 'Meir hjelp der du bur (opnar rettleiaren i ei ny fane)',
  'card.hide': 'Skjul',
  'card.hideLabel': 'Skjul hjelpa for dette søket',
};
