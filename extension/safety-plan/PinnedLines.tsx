import { getService } from '../../shared/catalogue/services';
import type { Language } from '../../shared/schema/language-schema';
import { telHref } from '../../shared/schema/phone-number';
import { FIRST_PAINT, type FirstPaintTexts } from '../i18n/my-plan-first-paint';

/** 113 first, then legevakt and the two lines that answer day and night. */
const LINES = [
  { id: 'emergency-113', label: 'emergency', kind: 'emergency' },
  { id: 'legevakt-116117', label: 'legevakt', kind: 'urgent' },
  { id: 'mental-helse-116123', label: 'mentalHelse', kind: 'talk' },
  { id: 'kirkens-sos', label: 'kirkensSos', kind: 'talk' },
] as const satisfies readonly { id: string; label: keyof FirstPaintTexts; kind: string }[];

function phoneOf(id: string): string {
  const phone = getService(id)?.contacts.find((c) => c.type === 'phone');
  // The catalogue test guarantees these services have a phone; 113 is the last resort.
  return phone?.type === 'phone' ? phone.number : '113';
}

/**
 * The emergency numbers, one tap each, on every screen of the plan page: open, locked, in crisis mode and on
 * paper. It needs nothing from storage or the page's texts, so it is in the first paint. Drawn with the guide's
 * strip styles and the plan's own first-paint texts, so the page does not load the guide's.
 */
export function PinnedLines({ lang }: { lang: Language }) {
  return (
    <nav class="ghn-strip plan-lines" aria-label={FIRST_PAINT[lang].linesLabel}>
      <ul>
        {LINES.map(({ id, label, kind }) => {
          const number = phoneOf(id);
          return (
            <li key={id}>
              <a class={`ghn-strip__call ghn-strip__call--${kind}`} href={telHref(number)} data-service={id}>
                <span class="ghn-strip__number">
                  {/* Left to right in Arabic too: "116 117", never "117 116". */}
                  <bdi dir="ltr">{number}</bdi>
                </span>
                <span class="ghn-strip__label">{FIRST_PAINT[lang][label]}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
