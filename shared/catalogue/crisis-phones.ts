import type { OpeningHours } from '../schema/opening-hours-schema';

// The phone contacts of the lines the search help card offers, from FACTS.md (confirmed there). services.ts
// takes these five contacts (and ALWAYS) from here, so each number is written once; the card imports only this
// module, not the whole catalogue, because its script runs on every results page and must stay small. One
// constant each, not one object keyed by id: the popup loads the catalogue too, and its budget counts bytes.

export const ALWAYS: OpeningHours = { type: 'always' };

export const PHONE_113 = { type: 'phone', number: '113', hours: ALWAYS } as const;
export const PHONE_MENTAL_HELSE = { type: 'phone', number: '116 123', hours: ALWAYS } as const;
export const PHONE_KIRKENS_SOS = { type: 'phone', number: '22 40 00 40', hours: ALWAYS } as const;
export const PHONE_ALARMTELEFONEN = { type: 'phone', number: '116 111', hours: ALWAYS } as const;
// Hours: sources conflict (FACTS.md), so none are shipped.
export const PHONE_KORS_PA_HALSEN = { type: 'phone', number: '800 33 321' } as const;
