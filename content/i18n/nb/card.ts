/**
 * The search help card's texts in Bokmål. The card ships only these, not the guide's messages: it runs on every
 * results page, so it is kept small. The other languages' are typed against these keys.
 */
export const messages = {
  'card.label': 'Få hjelp nå',
  'card.self': 'Du trenger ikke å stå i dette alene: du kan snakke med noen nå, hele døgnet.',
  'card.someoneElse': 'Er du bekymret for noen, kan du ringe og få råd nå, hele døgnet.',
  // The lines' names, as the catalogue writes them (shared/catalogue/services.ts), with whom each is for.
  'line.emergency-113': 'Medisinsk nødtelefon, når livet er i fare',
  'line.mental-helse-116123': 'Mental Helse Hjelpetelefonen',
  'line.kirkens-sos': 'Kirkens SOS',
  'line.alarmtelefonen-116111': 'Alarmtelefonen for barn og unge',
  'line.kors-pa-halsen': 'Kors på halsen (Røde Kors), for deg under 18',
  'card.open247': 'døgnåpen',
  'card.guide': 'Mer hjelp der du bor (åpner veiviseren i en ny fane)',
  'card.hide': 'Skjul',
  'card.hideLabel': 'Skjul hjelpen for dette søket',
} as const;

export type CardMessageKey = keyof typeof messages;
export type CardMessages = Record<CardMessageKey, string>;
