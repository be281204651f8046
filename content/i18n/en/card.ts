import type { CardMessages } from '../nb/card';

/** The search help card's texts in English. Typed against nb's keys: a missing key fails the type check. */
export const messages: CardMessages = {
  'card.label': 'Get help now',
  'card.self': 'You do not have to carry this alone: you can talk to someone now, day and night.',
  'card.someoneElse': 'If you are worried about someone, you can call for advice now, day and night.',
  'line.emergency-113': 'Medisinsk nødtelefon (medical emergency), when a life is in danger',
  'line.mental-helse-116123': 'Mental Helse Hjelpetelefonen (helpline)',
  'line.kirkens-sos': 'Kirkens SOS (crisis helpline)',
  'line.alarmtelefonen-116111': 'Alarmtelefonen for barn og unge (for children and young people)',
  'line.kors-pa-halsen': 'Kors på halsen (Red Cross helpline, under 18)',
  'card.open247': 'open day and night',
  'card.guide': 'More help where you live (opens the guide in a new tab)',
  'card.hide': 'Hide',
  'card.hideLabel': 'Hide the help for this search',
};
