import { getService } from '../catalogue/services';
import { telHref } from '../schema/phone-number';

export interface StripCall {
  id: string;
  label: string;
  /** The call's colour in the strip's styles: emergency (113), urgent (116 117), talk (a helpline). */
  kind: 'emergency' | 'urgent' | 'talk';
}

function firstPhone(id: string): string {
  const phone = getService(id)?.contacts.find((c) => c.type === 'phone');
  // The catalogue test guarantees the strip's services have a phone; 113 is the last resort.
  return phone?.type === 'phone' ? phone.number : '113';
}

/**
 * The emergency strip's calls, one tap each, the numbers from the built-in catalogue. Apart from the strip so
 * that a page with texts of its own (My plan) draws the same calls without loading the guide's texts.
 */
export function StripCalls({ calls }: { calls: readonly StripCall[] }) {
  return (
    <ul>
      {calls.map(({ id, label, kind }) => {
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
  );
}
