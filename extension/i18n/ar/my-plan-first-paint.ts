import type { FirstPaintTexts } from '../my-plan-first-paint';

/** My plan's first-paint texts in Arabic: the tab's title and the emergency numbers' labels. */
export const firstPaint: FirstPaintTexts = {
  title: 'خطتي',
  linesLabel: 'مساعدة الآن',
  emergency: 'الطوارئ، عندما تكون حياة في خطر',
  legevakt: 'Legevakt (الطبيب المناوب)',
  mentalHelse: 'Mental Helse، ليلاً ونهاراً',
  kirkensSos: 'Kirkens SOS، ليلاً ونهاراً',
};
