import type { FirstPaintTexts } from '../my-plan-first-paint';

/** My plan's first-paint texts in Ukrainian: the tab's title and the emergency numbers' labels. */
export const firstPaint: FirstPaintTexts = {
  title: 'Мій план',
  linesLabel: 'Допомога просто зараз',
  emergency: 'Екстрена допомога, коли життя може бути в небезпеці',
  legevakt: 'Legevakt (черговий лікар)',
  mentalHelse: 'Mental Helse, цілодобово',
  kirkensSos: 'Kirkens SOS, цілодобово',
};
