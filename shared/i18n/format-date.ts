import type { Language } from '../schema/languages';
import { t } from './messages';

/**
 * A calendar date (`2026-11-22`) as a reader of `lang` writes it: "22. nov. 2026", "22 Nov 2026". Written from
 * the language's own messages rather than Intl, whose Nynorsk is missing in some browsers.
 */
export function formatDate(lang: Language, isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  const months = t(lang, 'date.months').split('|');
  return t(lang, 'date.format', { day: Number(day), month: months[Number(month) - 1] ?? month, year });
}
