// Norwegian phone numbers as people write them, and as phones dial them. No zod here: the emergency strip
// needs telHref in its first paint, and a face that splits its code should not load the contact schemas for it.

/**
 * A Norwegian phone number as people write it: 3-digit emergency numbers ("113"), 116 xxx harmonised
 * numbers ("116 117"), 8-digit numbers grouped "22 40 00 40" or "800 33 321", optionally with "+47 ".
 */
export const PHONE_FORMAT = /^(\+47 )?(\d{3}|\d{3} \d{3}|\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3})$/;

/** The `tel:` form of a display number: short numbers are dialled as they are, 8-digit numbers get +47. */
export function telHref(display: string): string {
  const digits = display.replace(/^\+47 /, '').replace(/\s/g, '');
  return digits.length === 8 ? `tel:+47${digits}` : `tel:${digits}`;
}
