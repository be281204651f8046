import type { FirstPaintTexts } from '../my-plan-first-paint';

/** My plan's first-paint texts in Bokmål: the tab's title and the emergency numbers' labels. */
export const firstPaint: FirstPaintTexts = {
  title: 'Min plan',
  linesLabel: 'Hjelp med en gang',
  emergency: 'Nødtelefon når livet kan være i fare',
  legevakt: 'Legevakt',
  mentalHelse: 'Mental Helse, hele døgnet',
  kirkensSos: 'Kirkens SOS, hele døgnet',
};
