import type { FirstPaintTexts } from '../my-plan-first-paint';

/** My plan's first-paint texts in Polish: the tab's title and the emergency numbers' labels. */
export const firstPaint: FirstPaintTexts = {
  title: 'Mój plan',
  linesLabel: 'Pomoc od razu',
  emergency: 'Numer alarmowy, gdy życie może być w niebezpieczeństwie',
  legevakt: 'Legevakt (dyżur lekarski)',
  mentalHelse: 'Mental Helse, całą dobę',
  kirkensSos: 'Kirkens SOS, całą dobę',
};
