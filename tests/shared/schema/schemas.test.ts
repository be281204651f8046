import { describe, expect, it } from 'vitest';
import { ContactSchema } from '../../../shared/schema/contact-schema';
import { LocalServicesSchema } from '../../../shared/schema/local-service-schema';
import { OpeningHoursSchema } from '../../../shared/schema/opening-hours-schema';

// One line per distinct problem: zod may report one bad URL twice (hostname and protocol) with the same message.
const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => [
  ...new Set(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? []),
];

describe('ContactSchema', () => {
  it.each([
    [{ type: 'phone', number: '116 123' }],
    [{ type: 'phone', number: '+47 23 48 72 00', note: 'contact.note.fromOutsideOslo' }],
    [{ type: 'chat', url: 'https://sidetmedord.no', hours: { type: 'always' } }],
    [{ type: 'email', address: 'post@leve.no' }],
  ])('accepts %j', (contact) => {
    expect(messages(ContactSchema.safeParse(contact))).toEqual([]);
  });

  it.each([
    [
      { type: 'phone', number: '1161 23' },
      'number: phone number must be in Norwegian format, e.g. "116 123" or "22 40 00 40"',
    ],
    [
      { type: 'phone', number: '22400040' },
      'number: phone number must be in Norwegian format, e.g. "116 123" or "22 40 00 40"',
    ],
    [{ type: 'web', url: 'http://example.no' }, 'url: must be an https:// address'],
    [{ type: 'chat', url: 'javascript:alert(1)' }, 'url: must be an https:// address'],
    [{ type: 'email', address: 'not-an-address' }, 'address: must be an e-mail address'],
  ])('rejects %j with a message naming the field', (contact, message) => {
    expect(messages(ContactSchema.safeParse(contact))).toEqual([message]);
  });
});

describe('OpeningHoursSchema', () => {
  it('rejects a time that is not HH:MM', () => {
    const result = OpeningHoursSchema.safeParse({
      type: 'weekly',
      periods: [{ days: [1], from: '9', to: '15:00' }],
      publicHolidays: 'closed',
    });
    expect(messages(result)).toEqual(['periods.0.from: time must be HH:MM, e.g. "09:00"']);
  });

  it('rejects a weekday outside 1–7', () => {
    const result = OpeningHoursSchema.safeParse({
      type: 'weekly',
      periods: [{ days: [0], from: '09:00', to: '15:00' }],
      publicHolidays: 'closed',
    });
    expect(messages(result)).toEqual(['periods.0.days.0: weekday is 1 (Monday) to 7 (Sunday)']);
  });
});

describe('LocalServicesSchema', () => {
  const valid = {
    services: [
      { standsFor: 'kommunepsykolog', name: 'Psykolog', contacts: [{ type: 'web', url: 'https://example.no' }] },
    ],
  };

  it('accepts a minimal local service and a text per language', () => {
    expect(messages(LocalServicesSchema.safeParse(valid))).toEqual([]);
    const localized = {
      services: [{ ...valid.services[0], name: { nb: 'Psykolog', nn: 'Psykolog', en: 'Psychologist' } }],
    };
    expect(messages(LocalServicesSchema.safeParse(localized))).toEqual([]);
  });

  it('does not let a host stand in for 113', () => {
    const result = LocalServicesSchema.safeParse({ services: [{ ...valid.services[0], standsFor: 'emergency-113' }] });
    expect(messages(result)).toEqual([
      'services.0.standsFor: standsFor must be one of: rask-psykisk-helsehjelp, kommunepsykolog, kommunal-psykisk-helsetjeneste, oppsokende-team, frisklivssentral, skolehelsetjenesten, parorende, other',
    ]);
  });

  it('asks for at least one contact point', () => {
    const result = LocalServicesSchema.safeParse({ services: [{ ...valid.services[0], contacts: [] }] });
    expect(messages(result)).toEqual(['services.0.contacts: give at least one contact point']);
  });
});
