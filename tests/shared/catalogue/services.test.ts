import { describe, expect, it } from 'vitest';
import { fullCatalogue } from '../../../shared/i18n/full-catalogue';
import { CATALOGUE, getService } from '../../../shared/catalogue/services';
import { telHref } from '../../../shared/schema/phone-number';
import { CatalogueSchema } from '../../../shared/schema/service-schema';

/** Every phone number FACTS.md lists as confirmed. Nothing else may ship. */
const CONFIRMED_NUMBERS = [
  '113',
  '112',
  '116 117',
  '+47 23 48 72 00',
  '116 123',
  '22 40 00 40',
  '116 111',
  '800 33 321',
  '116 006',
  '800 57 000',
  '22 36 17 00',
  '800 30 196',
  '22 59 13 00',
  '23 32 70 00',
];

/** The service ids of FACTS.md, in its order. */
const FACTS_IDS = [
  'emergency-113',
  'police-112',
  'legevakt-116117',
  'psykiatrisk-legevakt',
  'mental-helse-116123',
  'kirkens-sos',
  'alarmtelefonen-116111',
  'kors-pa-halsen',
  'vold-overgrepslinjen-116006',
  'seksuelt-misbrukte-80057000',
  'leve',
  'vern-for-eldre',
  'giftinformasjonen',
  'veiledning-helsenorge',
  'rusinfo',
  'parorende',
  'fastlege',
  'rask-psykisk-helsehjelp',
  'kommunepsykolog',
  'kommunal-psykisk-helsetjeneste',
  'oppsokende-team',
  'frisklivssentral',
  'skolehelsetjenesten',
  'dps',
  'bup',
  'e-mestring',
  'digital-selvhjelp',
  'private-psykolog',
];

const phones = CATALOGUE.flatMap((s) =>
  s.contacts.flatMap((c) => (c.type === 'phone' || c.type === 'sms' ? [{ id: s.id, c }] : [])),
);
const hoursOf = (id: string, type: string) => getService(id)?.contacts.find((c) => c.type === type);

describe('the service catalogue', () => {
  it('is valid against the service schema, and parsing changes nothing', () => {
    const result = CatalogueSchema.safeParse(fullCatalogue());
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toEqual(fullCatalogue());
  });

  it('holds exactly the services of FACTS.md', () => {
    expect(CATALOGUE.map((s) => s.id).sort()).toEqual([...FACTS_IDS].sort());
  });

  it.each(phones.map(({ id, c }) => [id, c.number] as const))('%s ships only a confirmed number (%s)', (_, number) => {
    expect(CONFIRMED_NUMBERS).toContain(number);
  });

  it('never shows 112 as a medical number: only the police entry carries it', () => {
    expect(phones.filter(({ c }) => c.number === '112').map(({ id }) => id)).toEqual(['police-112']);
  });

  it.each([
    ['kirkens-sos', 'chat'],
    ['kors-pa-halsen', 'phone'],
    ['kors-pa-halsen', 'chat'],
    ['leve', 'phone'],
    ['veiledning-helsenorge', 'phone'],
  ])('ships no opening hours for %s %s, which FACTS.md marks unconfirmed', (id, type) => {
    const contact = hoursOf(id, type);
    expect(contact).toBeDefined();
    expect(contact && 'hours' in contact ? contact.hours : undefined).toBeUndefined();
  });

  it('ships no phone number for RUSinfo, whose number is unconfirmed', () => {
    expect(getService('rusinfo')?.contacts.map((c) => c.type)).not.toContain('phone');
  });

  it.each(fullCatalogue().map((s) => [s.id, s] as const))('%s cites a source and a verified date', (_, s) => {
    expect(s.sources.length).toBeGreaterThan(0);
    expect(s.verified).toBe('2026-11-22');
  });

  it.each([
    ['113', 'tel:113'],
    ['116 117', 'tel:116117'],
    ['22 40 00 40', 'tel:+4722400040'],
    ['800 33 321', 'tel:+4780033321'],
    ['+47 23 48 72 00', 'tel:+4723487200'],
  ])('dials %s as %s', (display, href) => {
    expect(telHref(display)).toBe(href);
  });

  it('rejects a catalogue with a duplicate id, naming it', () => {
    const twice = [fullCatalogue()[0], fullCatalogue()[0]];
    const result = CatalogueSchema.safeParse(twice);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['duplicate service id "emergency-113"']);
  });
});
