import type { Language } from '../../../shared/schema/language-schema';

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
 * In every language at once, and in the page's own script: the emergency numbers are in the first paint, before
 * storage answers and before the page's texts (one language, loaded on demand) arrive.
 */
export const FIRST_PAINT: Record<Language, FirstPaintTexts> = {
  nb: {
    title: 'Min plan',
    linesLabel: 'Hjelp med en gang',
    emergency: 'Nødtelefon når livet kan være i fare',
    legevakt: 'Legevakt',
    mentalHelse: 'Mental Helse, hele døgnet',
    kirkensSos: 'Kirkens SOS, hele døgnet',
  },
  nn: {
    title: 'Min plan',
    linesLabel: 'Hjelp med ein gong',
    emergency: 'Naudtelefon når livet kan vere i fare',
    legevakt: 'Legevakt',
    mentalHelse: 'Mental Helse, heile døgeret',
    kirkensSos: 'Kirkens SOS, heile døgeret',
  },
  en: {
    title: 'My plan',
    linesLabel: 'Help right now',
    emergency: 'Emergency, when a life may be in danger',
    legevakt: 'Legevakt (out-of-hours doctor)',
    mentalHelse: 'Mental Helse, day and night',
    kirkensSos: 'Kirkens SOS, day and night',
  },
};
