import type { FirstPaintTexts } from '../my-plan-first-paint';

/** My plan's first-paint texts in English: the tab's title and the emergency numbers' labels. */
export const firstPaint: FirstPaintTexts = {
  title: 'My plan',
  linesLabel: 'Help right now',
  emergency: 'Emergency, when a life may be in danger',
  legevakt: 'Legevakt (out-of-hours doctor)',
  mentalHelse: 'Mental Helse, day and night',
  kirkensSos: 'Kirkens SOS, day and night',
};
