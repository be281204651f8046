import { byLanguage } from '../../shared/i18n/folders';

/** What My plan shows before its texts are loaded: the tab's title and the emergency numbers' labels. */
export interface FirstPaintTexts {
  title: string;
  linesLabel: string;
  emergency: string;
  legevakt: string;
  mentalHelse: string;
  kirkensSos: string;
}

/**
 * Every language's, in the page's own script (extension/i18n/<code>/my-plan-first-paint.ts, found by name): the
 * emergency numbers are in the first paint, before storage answers and before the page's texts (one language,
 * loaded on demand) arrive.
 */
export const FIRST_PAINT = byLanguage(
  import.meta.glob<FirstPaintTexts>('./*/my-plan-first-paint.ts', { eager: true, import: 'firstPaint' }),
  'my-plan-first-paint.ts',
);
