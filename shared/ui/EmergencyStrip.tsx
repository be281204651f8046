import { getService, type ServiceId } from '../catalogue/services';
import { t } from '../i18n/messages';
import { telHref } from '../schema/phone-number';
import type { Language } from '../schema/language-schema';

interface Props {
  lang: Language;
  /** The 24/7 line to show beside 113 and 116 117. */
  helpline: ServiceId;
  /** Shown as a "more help" button when given (the strip view opens the guide with it). */
  onMoreHelp?: (() => void) | undefined;
}

function firstPhone(id: ServiceId): string {
  const phone = getService(id)?.contacts.find((c) => c.type === 'phone');
  // The catalogue test guarantees these three services have a phone; 113 is the last resort.
  return phone?.type === 'phone' ? phone.number : '113';
}

/**
 * 113, 116 117 and a 24/7 helpline, one tap each. Rendered first on every screen of every face, from the
 * first paint: it needs no data but the built-in catalogue.
 */
export function EmergencyStrip({ lang, helpline, onMoreHelp }: Props) {
  const items = [
    { id: 'emergency-113' as const, label: t(lang, 'strip.emergency'), kind: 'emergency' },
    { id: 'legevakt-116117' as const, label: t(lang, 'strip.legevakt'), kind: 'urgent' },
    { id: helpline, label: t(lang, 'strip.talk'), kind: 'talk' },
  ];
  return (
    <nav class="ghn-strip" aria-label={t(lang, 'strip.label')}>
      <ul>
        {items.map(({ id, label, kind }) => {
          const number = firstPhone(id);
          return (
            <li key={id}>
              <a class={`ghn-strip__call ghn-strip__call--${kind}`} href={telHref(number)} data-service={id}>
                <span class="ghn-strip__number">
                  {/* Left to right in Arabic too: "116 117", never "117 116". */}
                  <bdi dir="ltr">{number}</bdi>
                </span>
                <span class="ghn-strip__label">{label}</span>
              </a>
            </li>
          );
        })}
      </ul>
      {onMoreHelp && (
        <button type="button" class="ghn-button ghn-strip__more" onClick={onMoreHelp}>
          {t(lang, 'strip.moreHelp')}
        </button>
      )}
    </nav>
  );
}
