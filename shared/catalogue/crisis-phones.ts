import type { OpeningHours } from '../schema/opening-hours-schema';

const ALWAYS: OpeningHours = { type: 'always' };

/**
 * The phone contacts of the lines the search help card offers, from FACTS.md (confirmed there). services.ts takes
 * these five contacts from here, so each number is written once; the card imports only this module, not the
 * whole catalogue, because its script runs on every results page and must stay small.
 */
export const CRISIS_PHONES = {
  'emergency-113': { type: 'phone', number: '113', hours: ALWAYS },
  'mental-helse-116123': { type: 'phone', number: '116 123', hours: ALWAYS },
  'kirkens-sos': { type: 'phone', number: '22 40 00 40', hours: ALWAYS },
  'alarmtelefonen-116111': { type: 'phone', number: '116 111', hours: ALWAYS },
  // Hours: sources conflict (FACTS.md), so none are shipped.
  'kors-pa-halsen': { type: 'phone', number: '800 33 321' },
} as const satisfies Record<string, { type: 'phone'; number: string; hours?: OpeningHours }>;

export type CrisisLine = keyof typeof CRISIS_PHONES;
