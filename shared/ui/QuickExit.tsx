import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/messages';
import type { Concern } from '../schema/situation-schema';
import type { GuideModel } from './guide-model';

/**
 * Where the quick exit goes when the host names no page: a neutral one, Norway's weather service, as GOV.UK's
 * "Exit this page" goes to BBC Weather.
 */
export const NEUTRAL_EXIT_URL = 'https://www.yr.no/';

/** Concerns after which someone who harms the person may be watching the screen: the quick exit shows. */
export const QUICK_EXIT_CONCERNS: readonly Concern[] = ['violence-abuse', 'sexual-abuse'];

/** Shift pressed this many times within SHIFT_WINDOW_MS leaves too, as GOV.UK's component does. */
const SHIFT_PRESSES = 3;
const SHIFT_WINDOW_MS = 5000;

/** Leaves for `url` so that Back does not return here: the history entry is replaced. */
export function replacePage(url: string): void {
  window.location.replace(url);
}

interface Props {
  model: GuideModel;
  /** Shown on every screen (the host set data-quick-exit), not only after violence or abuse is chosen. */
  always: boolean;
  /** Hides the face at once and leaves: replaces the page, or closes the extension's popup. */
  leave: () => void;
}

/**
 * "Leave this page quickly": one press, or Shift three times, hides the guide and leaves, for a person whose
 * screen may be watched by someone who harms them. Shown when the person chooses violence or abuse or sexual
 * abuse, and on every screen when the host asks for it.
 */
export function QuickExit({ model, always, leave }: Props) {
  const lang = model.lang.value;
  const concerns = model.answers.value.concerns ?? [];
  const shown = always || QUICK_EXIT_CONCERNS.some((c) => concerns.includes(c));

  // The faces pass a new `leave` on every render: read through a ref, so that a re-render between two presses
  // (an opening time turning, a language arriving) does not start the count again.
  const leaveRef = useRef(leave);
  leaveRef.current = leave;
  useEffect(() => {
    if (!shown) return;
    let presses: number[] = [];
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) return;
      const now = event.timeStamp;
      presses = [...presses.filter((at) => now - at < SHIFT_WINDOW_MS), now];
      if (presses.length >= SHIFT_PRESSES) leaveRef.current();
    };
    // On the whole document, in the capture phase: the keys count wherever the focus is on the page.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [shown]);

  if (!shown) return null;
  return (
    <p class="ghn-quick-exit">
      <button type="button" class="ghn-button ghn-quick-exit__button" onClick={leave}>
        {t(lang, 'quickExit.button')}
      </button>{' '}
      <span class="ghn-quick-exit__hint">{t(lang, 'quickExit.hint')}</span>
    </p>
  );
}
