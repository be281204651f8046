import { t } from '../i18n/messages';
import { openState } from '../routing/opening-hours';
import { osloWallClock } from '../routing/oslo-time';
import type { Contact } from '../schema/contact-schema';
import type { Language } from '../schema/language-schema';

const pad = (n: number) => String(n).padStart(2, '0');

/** "09:00", in Oslo time whatever the device's time zone. */
export function osloTime(date: Date): string {
  const { minutes } = osloWallClock(date);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function dayWord(date: Date, now: Date, lang: Language): string {
  const a = osloWallClock(now);
  const b = osloWallClock(date);
  const dayIndex = (c: { year: number; month: number; day: number }) =>
    Date.UTC(c.year, c.month - 1, c.day) / 86_400_000;
  const diff = dayIndex(b) - dayIndex(a);
  if (diff === 0) return t(lang, 'day.today');
  if (diff === 1) return t(lang, 'day.tomorrow');
  return t(lang, `day.${b.weekday}` as 'day.1');
}

export type LineState = 'open' | 'closed' | 'unknown';

/** Whether a phone, SMS or chat line answers now, in words; undefined for contacts without hours. */
export function lineStatus(
  contact: Contact,
  now: Date,
  lang: Language,
): { state: LineState; text: string } | undefined {
  if (contact.type === 'web' || contact.type === 'email') return undefined;
  const hours = contact.hours ?? { type: 'unknown' as const };
  if (hours.type === 'always') return { state: 'open', text: t(lang, 'open.always') };
  const state = openState(hours, now);
  if (state.status === 'open') {
    return {
      state: 'open',
      text: state.closesAt ? t(lang, 'open.until', { time: osloTime(state.closesAt) }) : t(lang, 'open.now'),
    };
  }
  if (state.status === 'closed') {
    const text = state.opensAt
      ? t(lang, 'open.opensAt', { day: dayWord(state.opensAt, now, lang), time: osloTime(state.opensAt) })
      : t(lang, 'open.closed');
    return { state: 'closed', text };
  }
  return { state: 'unknown', text: t(lang, 'open.unknown') };
}

/** A link's visible host, e.g. "sidetmedord.no", so a person sees where a link goes. */
export function displayHost(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return url;
  }
}
