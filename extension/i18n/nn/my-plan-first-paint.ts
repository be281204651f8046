import type { FirstPaintTexts } from '../my-plan-first-paint';

/** My plan's first-paint texts in Nynorsk: the tab's title and the emergency numbers' labels. */
export const firstPaint: FirstPaintTexts = {
  title: 'Min plan',
  linesLabel: 'Hjelp med ein gong',
  emergency: 'Naudtelefon når livet kan vere i fare',
  legevakt: 'Legevakt',
  mentalHelse: 'Mental Helse, heile døgeret',
  kirkensSos: 'Kirkens SOS, heile døgeret',
};
