import { z } from 'zod';
import { OpeningHoursSchema } from './opening-hours-schema';

/**
 * A Norwegian phone number as people write it: 3-digit emergency numbers ("113"), 116 xxx harmonised
 * numbers ("116 117"), 8-digit numbers grouped "22 40 00 40" or "800 33 321", optionally with "+47 ".
 */
export const PHONE_FORMAT = /^(\+47 )?(\d{3}|\d{3} \d{3}|\d{2} \d{2} \d{2} \d{2}|\d{3} \d{2} \d{3})$/;

/** `tel:` form of a display number: short numbers stay short (they are dialled as is), 8-digit numbers get +47. */
export function telHref(display: string): string {
  const digits = display.replace(/^\+47 /, '').replace(/\s/g, '');
  return digits.length === 8 ? `tel:+47${digits}` : `tel:${digits}`;
}

const httpsUrl = z.url({ protocol: /^https$/, error: 'must be an https:// address' });

const PhoneNumberSchema = z.string().regex(PHONE_FORMAT, 'phone number must be in Norwegian format, e.g. "116 123"');

export const PhoneContactSchema = z
  .object({
    type: z.literal('phone'),
    number: PhoneNumberSchema,
    /** Extra dialling instruction, e.g. Oslo's "press 2". Key into the i18n messages. */
    note: z.string().optional(),
    hours: OpeningHoursSchema.default({ type: 'unknown' }),
  })
  .transform((c) => ({ ...c, href: telHref(c.number) }));

export const SmsContactSchema = z
  .object({
    type: z.literal('sms'),
    number: PhoneNumberSchema,
    hours: OpeningHoursSchema.default({ type: 'unknown' }),
  })
  .transform((c) => ({ ...c, href: `sms:${telHref(c.number).slice(4)}` }));

export const ChatContactSchema = z.object({
  type: z.literal('chat'),
  url: httpsUrl,
  hours: OpeningHoursSchema.default({ type: 'unknown' }),
});

export const WebContactSchema = z.object({ type: z.literal('web'), url: httpsUrl });

export const EmailContactSchema = z
  .object({ type: z.literal('email'), address: z.email() })
  .transform((c) => ({ ...c, href: `mailto:${c.address}` }));

export const ContactSchema = z.union([
  PhoneContactSchema,
  SmsContactSchema,
  ChatContactSchema,
  WebContactSchema,
  EmailContactSchema,
]);
export type Contact = z.output<typeof ContactSchema>;
export type PhoneContact = z.output<typeof PhoneContactSchema>;
export type ChatContact = z.output<typeof ChatContactSchema>;
