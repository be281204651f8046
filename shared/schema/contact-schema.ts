import * as z from 'zod/mini';
import { OpeningHoursSchema } from './opening-hours-schema';
import { PHONE_FORMAT } from './phone-number';

/**
 * Only https links to a named host: a chat or web link is something a frightened person taps without reading.
 * A pattern rather than z.url(): it says the same here at a fraction of the bundle size, and it carries into
 * the published JSON Schema as a `pattern` editors check as you type.
 */
export const HTTPS_URL =
  /^https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+(?::\d{1,5})?(?:[/?#][^\s]*)?$/i;
export const HttpsUrlSchema = z.string().check(z.regex(HTTPS_URL, 'must be an https:// address'));

const number = () =>
  z.string().check(z.regex(PHONE_FORMAT, 'phone number must be in Norwegian format, e.g. "116 123" or "22 40 00 40"'));
/** Absent hours mean unknown: the UI says "see the website for opening hours". */
const hours = () => z.optional(OpeningHoursSchema);

export const PhoneContactSchema = z.object({
  type: z.literal('phone'),
  number: number(),
  /** An extra dialling instruction, e.g. Oslo's "press 2": a key of the i18n messages. */
  note: z.optional(z.enum(['contact.note.press2', 'contact.note.fromOutsideOslo'])),
  hours: hours(),
});
export const SmsContactSchema = z.object({ type: z.literal('sms'), number: number(), hours: hours() });
export const ChatContactSchema = z.object({ type: z.literal('chat'), url: HttpsUrlSchema, hours: hours() });
export const WebContactSchema = z.object({ type: z.literal('web'), url: HttpsUrlSchema });
export const EmailContactSchema = z.object({
  type: z.literal('email'),
  address: z.string().check(z.regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'must be an e-mail address')),
});

export const ContactSchema = z.discriminatedUnion('type', [
  PhoneContactSchema,
  SmsContactSchema,
  ChatContactSchema,
  WebContactSchema,
  EmailContactSchema,
]);
export type Contact = z.output<typeof ContactSchema>;
export type PhoneContact = z.output<typeof PhoneContactSchema>;
export type ChatContact = z.output<typeof ChatContactSchema>;
/** Contact points that a person reaches live and that keep hours. */
export type LineContact = Extract<Contact, { hours?: unknown }>;
