import type { ServiceId } from '../catalogue/services';
import { t } from '../i18n/messages';
import type { Language } from '../schema/language-schema';
import { type StripCall, StripCalls } from './StripCalls';

interface Props {
  lang: Language;
  /** The 24/7 line to show beside 113 and 116 117. */
  helpline: ServiceId;
  /** Shown as a "more help" button when given (the strip view opens the guide with it). */
  onMoreHelp?: (() => void) | undefined;
}

/**
 * 113, 116 117 and a 24/7 helpline, one tap each. Rendered first on every screen of every face, from the
 * first paint: it needs no data but the built-in catalogue.
 */
export function EmergencyStrip({ lang, helpline, onMoreHelp }: Props) {
  const calls: StripCall[] = [
    { id: 'emergency-113', label: t(lang, 'strip.emergency'), kind: 'emergency' },
    { id: 'legevakt-116117', label: t(lang, 'strip.legevakt'), kind: 'urgent' },
    { id: helpline, label: t(lang, 'strip.talk'), kind: 'talk' },
  ];
  return (
    <nav class="ghn-strip" aria-label={t(lang, 'strip.label')}>
      <StripCalls calls={calls} />
      {onMoreHelp && (
        <button type="button" class="ghn-button ghn-strip__more" onClick={onMoreHelp}>
          {t(lang, 'strip.moreHelp')}
        </button>
      )}
    </nav>
  );
}
