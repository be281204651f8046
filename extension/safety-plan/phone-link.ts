import { telHref } from '../../shared/schema/phone-number';

/**
 * A `tel:` link for a number the person wrote, however they wrote it ("22 40 00 40", "+47 912-34-567",
 * "(0047) 91234567"); undefined when it is not a number a phone can dial.
 */
export function telLink(written: string): string | undefined {
  let digits = written.replace(/[\s().-]/g, '').replace(/^00/, '+');
  if (!/^\+?\d{3,15}$/.test(digits)) return undefined;
  if (digits.startsWith('+')) return `tel:${digits}`;
  digits = telHref(digits).slice('tel:'.length);
  return `tel:${digits}`;
}
