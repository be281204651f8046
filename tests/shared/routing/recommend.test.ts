import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/catalogue/services';
import { recommend, SituationError } from '../../../shared/routing/recommend';
import type { LocalService } from '../../../shared/schema/local-service-schema';
import type { Situation } from '../../../shared/schema/situation-schema';

/** Wednesday 25 November 2026, 12:00 in Oslo. */
const WEDNESDAY_NOON = new Date('2026-11-25T11:00:00Z');
/** Sunday 22 November 2026, 03:00 in Oslo. */
const SUNDAY_NIGHT = new Date('2026-11-22T02:00:00Z');

const ids = (s: Situation, now = WEDNESDAY_NOON, localServices: LocalService[] = []) =>
  recommend(s, { now, localServices }).steps.map((st) => st.serviceId);
const step = (s: Situation, id: string, now = WEDNESDAY_NOON) =>
  recommend(s, { now }).steps.find((st) => st.serviceId === id);

const localRph: LocalService = {
  standsFor: 'rask-psykisk-helsehjelp',
  name: 'Rask psykisk helsehjelp Bergen',
  contacts: [
    {
      type: 'phone',
      number: '55 00 00 00',
      hours: {
        type: 'weekly',
        periods: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '15:30' }],
        publicHolidays: 'closed',
      },
    },
  ],
};

describe('recommend', () => {
  describe('life in danger (helsenorge seed: "about life or death, call 113")', () => {
    it.each<Situation>([
      { danger: true },
      { danger: true, forWhom: 'someone-else', age: 15 },
      { danger: true, concerns: ['anxiety'], severity: 'mild', urgency: 'weeks' },
      { danger: true, age: 70, concerns: ['violence-abuse'] },
      { danger: true, municipality: '0301', concerns: ['psychosis'] },
    ])('puts 113 first for %j', (s) => {
      expect(recommend(s, { now: SUNDAY_NIGHT }).steps[0]?.serviceId).toBe('emergency-113');
    });

    it('tells someone worried about another person to stay with them if it is safe', () => {
      expect(recommend({ danger: true, forWhom: 'someone-else' }).steps[0]?.reason).toBe('reason.113.dangerOther');
    });

    it('adds the police, 112, right after 113 when the danger is violence', () => {
      expect(ids({ danger: true, concerns: ['violence-abuse'] }).slice(0, 2)).toEqual(['emergency-113', 'police-112']);
    });

    it('keeps the list short: no referral-based or self-help doors while a life is in danger', () => {
      const got = ids({ danger: true, concerns: ['depression'], severity: 'mild' });
      expect(got).not.toContain('rask-psykisk-helsehjelp');
      expect(got).not.toContain('digital-selvhjelp');
      expect(got).not.toContain('private-psykolog');
    });

    it('puts a host local service below 113 whatever it is', () => {
      const got = ids({ danger: true, concerns: ['anxiety'] }, WEDNESDAY_NOON, [localRph]);
      expect(got[0]).toBe('emergency-113');
    });
  });

  describe('suicidal thoughts and self-harm', () => {
    it.each(['suicidal-thoughts', 'self-harm'] as const)(
      'puts 113 first when danger was not answered (%s)',
      (concern) => {
        const steps = recommend({ concerns: [concern] }, { now: WEDNESDAY_NOON }).steps;
        expect(steps[0]).toMatchObject({ serviceId: 'emergency-113', reason: 'reason.113.ifUnsafe' });
        expect(steps[1]).toMatchObject({
          serviceId: 'legevakt-116117',
          tier: 'now',
          reason: 'reason.legevakt.suicidal',
        });
      },
    );

    it('starts with legevakt 116 117 when the person says no life is in danger now', () => {
      expect(ids({ danger: false, concerns: ['suicidal-thoughts'] })[0]).toBe('legevakt-116117');
    });

    it('speaks to the worried person, not the one at risk, when the help is for someone else', () => {
      const steps = recommend(
        { forWhom: 'someone-else', concerns: ['suicidal-thoughts'] },
        { now: WEDNESDAY_NOON },
      ).steps;
      expect(steps[0]).toMatchObject({ serviceId: 'emergency-113', reason: 'reason.113.ifUnsafeOther' });
      expect(steps[1]).toMatchObject({ serviceId: 'legevakt-116117', reason: 'reason.legevakt.suicidalOther' });
    });

    it('offers a 24/7 line to talk to today', () => {
      expect(step({ danger: false, concerns: ['suicidal-thoughts'], age: 30 }, 'mental-helse-116123')?.tier).toBe(
        'now',
      );
    });
  });

  describe('cannot wait: legevakt 116 117 (helsenorge seed)', () => {
    it.each<Situation>([{ urgency: 'now' }, { concerns: ['psychosis'] }, { concerns: ['anxiety'], urgency: 'now' }])(
      'offers legevakt today for %j',
      (s) => {
        expect(step(s, 'legevakt-116117')?.tier).toBe('now');
      },
    );

    it('in Oslo, puts the psychosocial emergency service (116 117, press 2) before the general legevakt', () => {
      const got = ids({ municipality: '0301', urgency: 'now', danger: false });
      expect(got.indexOf('psykiatrisk-legevakt')).toBeGreaterThanOrEqual(0);
      expect(got.indexOf('psykiatrisk-legevakt')).toBeLessThan(got.indexOf('legevakt-116117'));
      const oslo = step({ municipality: '0301', urgency: 'now' }, 'psykiatrisk-legevakt');
      expect(oslo?.service.contacts[0]).toMatchObject({ number: '116 117', note: 'contact.note.press2' });
    });

    it.each(['4601', '5001', undefined])('offers the Oslo service nowhere else (%s)', (municipality) => {
      expect(ids({ municipality, urgency: 'now' })).not.toContain('psykiatrisk-legevakt');
    });
  });

  describe('an answer that stands on its own: 113 and 116 117 in every answer (helsenorge seed)', () => {
    it.each<Situation>([
      { forWhom: 'self', age: 30, concerns: ['anxiety'], severity: 'mild', duration: 'recent' },
      { concerns: ['depression'], severity: 'severe', danger: false },
      { concerns: ['loneliness'], age: 70 },
      { concerns: ['bereaved-by-suicide'], forWhom: 'someone-else' },
    ])('puts 116 117, then 113, "if it gets worse" right after the doors that fit first, for %j', (s) => {
      const steps = recommend(s, { now: WEDNESDAY_NOON }).steps;
      const at = steps.findIndex((st) => st.safetyNet);
      expect(at).toBeGreaterThan(0);
      expect(steps[at - 1]?.tier).toBe(steps[0]?.tier);
      expect(steps.slice(at, at + 2)).toMatchObject([
        { serviceId: 'legevakt-116117', reason: 'reason.legevakt.ifWorse', tier: steps[0]?.tier, safetyNet: true },
        { serviceId: 'emergency-113', reason: 'reason.113.ifWorse', tier: steps[0]?.tier, safetyNet: true },
      ]);
    });

    it('follows the GP with the legevakt and 113, as the seed does: "unable to get hold of your GP"', () => {
      expect(ids({ concerns: ['depression'], severity: 'severe', danger: false }).slice(0, 3)).toEqual([
        'fastlege',
        'legevakt-116117',
        'emergency-113',
      ]);
    });

    it('adds only 113 when the legevakt is already a door that fits, and puts it behind the legevakt', () => {
      const steps = recommend({ danger: false, concerns: ['suicidal-thoughts'] }, { now: WEDNESDAY_NOON }).steps;
      expect(steps.filter((st) => st.serviceId === 'legevakt-116117')).toMatchObject([{ safetyNet: false }]);
      expect(steps.find((st) => st.serviceId === 'emergency-113')).toMatchObject({
        reason: 'reason.113.ifWorse',
        safetyNet: true,
      });
    });

    it.each<Situation>([
      { concerns: ['psychosis'], urgency: 'now' },
      { concerns: ['psychosis'], urgency: 'now', forWhom: 'someone-else', municipality: '0301' },
    ])('puts 113 behind the legevakt as a door of its own when help is needed now for psychosis: %j', (s) => {
      const steps = recommend(s, { now: SUNDAY_NIGHT }).steps;
      const legevakt = steps.findIndex((st) => st.serviceId === 'legevakt-116117');
      expect(steps[legevakt + 1]).toMatchObject({
        serviceId: 'emergency-113',
        tier: 'now',
        reason: s.forWhom === 'someone-else' ? 'reason.113.ifUnsafeOther' : 'reason.113.ifUnsafe',
        safetyNet: false,
      });
    });

    it('marks no door as a safety net when the routing placed 113 and 116 117 itself', () => {
      expect(recommend({ danger: true }, { now: WEDNESDAY_NOON }).steps.some((st) => st.safetyNet)).toBe(false);
    });

    it('adds only the emergency doors the catalogue holds', () => {
      const without113 = CATALOGUE.filter((c) => c.id !== 'emergency-113');
      const got = recommend({ concerns: ['stress'] }, { now: WEDNESDAY_NOON, catalogue: without113 }).steps;
      expect(got.map((st) => st.serviceId)).not.toContain('emergency-113');
      expect(got.map((st) => st.serviceId)).toContain('legevakt-116117');
    });
  });

  describe('someone to talk to: the 24/7 helplines', () => {
    it('gives adults Mental Helse 116 123 and Kirkens SOS', () => {
      const got = ids({ age: 30, concerns: ['loneliness'] });
      expect(got.slice(0, 2)).toEqual(['mental-helse-116123', 'kirkens-sos']);
    });

    it.each([12, 15, 17])('gives a %i-year-old the youth lines and not the adult line', (age) => {
      const got = ids({ age, forWhom: 'self', concerns: ['loneliness'] });
      expect(got).toContain('alarmtelefonen-116111');
      expect(got).toContain('kors-pa-halsen');
      expect(got).not.toContain('mental-helse-116123');
    });

    it('names what to try if no one answers: another 24/7 line and 116 117', () => {
      const helpline = step({ age: 30, concerns: ['loneliness'] }, 'mental-helse-116123');
      expect(helpline?.ifNoAnswer).toEqual(['kirkens-sos', 'legevakt-116117']);
      const young = step({ age: 15, concerns: ['loneliness'] }, 'alarmtelefonen-116111');
      expect(young?.ifNoAnswer).toContain('legevakt-116117');
      expect(young?.ifNoAnswer).not.toContain('mental-helse-116123');
    });
  });

  describe('Rask psykisk helsehjelp (lommelegen and helsenorge seeds)', () => {
    const fits: Situation = {
      age: 30,
      forWhom: 'self',
      concerns: ['anxiety'],
      severity: 'mild',
      duration: 'recent',
      urgency: 'weeks',
    };

    it('is the first step for new, mild anxiety, and says to ask the municipality when we do not know it offers it', () => {
      expect(recommend(fits, { now: WEDNESDAY_NOON }).steps[0]).toMatchObject({
        serviceId: 'rask-psykisk-helsehjelp',
        tier: 'soon',
        reason: 'reason.rph.ask',
      });
    });

    it.each(['depression', 'anxiety', 'panic', 'stress', 'sleep', 'alcohol-drugs'] as const)(
      'fits new, moderate %s',
      (concern) => {
        expect(ids({ ...fits, concerns: [concern], severity: 'moderate' })).toContain('rask-psykisk-helsehjelp');
      },
    );

    it.each<[string, Situation]>([
      ['severe illness', { ...fits, severity: 'severe' }],
      ['long-lasting problems', { ...fits, duration: 'long-lasting' }],
      ['people already in specialist care', { ...fits, inSpecialistCare: true }],
      ['an acute crisis', { ...fits, urgency: 'now' }],
      ['suicidal thoughts', { ...fits, concerns: ['anxiety', 'suicidal-thoughts'] }],
      ['psychosis', { ...fits, concerns: ['psychosis'] }],
      ['under-16s', { ...fits, age: 15 }],
      ['a worried relative', { ...fits, forWhom: 'someone-else' }],
      ['loneliness alone', { ...fits, concerns: ['loneliness'] }],
    ])('is not offered for %s', (_, s) => {
      expect(ids(s)).not.toContain('rask-psykisk-helsehjelp');
    });

    it("uses the host's own entry, with its phone, when the municipality offers it", () => {
      const got = recommend({ ...fits, municipality: '4601' }, { now: WEDNESDAY_NOON, localServices: [localRph] })
        .steps[0];
      expect(got).toMatchObject({
        serviceId: 'local-1-rask-psykisk-helsehjelp',
        reason: 'reason.rph.offered',
        tier: 'soon',
      });
      expect(got?.service.contacts[0]).toMatchObject({ number: '55 00 00 00' });
      expect(got?.service.cost).toBe('free');
    });

    it("respects the host's age limit of 18", () => {
      expect(ids({ ...fits, age: 16 }, WEDNESDAY_NOON, [{ ...localRph, minAge: 18 }])).not.toContain(
        'local-1-rask-psykisk-helsehjelp',
      );
      expect(ids({ ...fits, age: 16 }, WEDNESDAY_NOON, [localRph])).toContain('local-1-rask-psykisk-helsehjelp');
    });

    it('ignores a local entry for another municipality', () => {
      expect(ids({ ...fits, municipality: '0301' }, WEDNESDAY_NOON, [{ ...localRph, municipality: '4601' }])).toContain(
        'rask-psykisk-helsehjelp',
      );
    });
  });

  describe('the GP and specialist care (helsenorge and lommelegen seeds)', () => {
    it.each<[Situation, string]>([
      [{ concerns: ['depression'], severity: 'moderate' }, 'reason.gp.default'],
      [{ concerns: ['depression'], severity: 'severe' }, 'reason.gp.referral'],
      [{ concerns: ['psychosis'], danger: false }, 'reason.gp.referral'],
      [{ concerns: ['anxiety'], duration: 'long-lasting' }, 'reason.gp.longLasting'],
      [{ concerns: ['anxiety'], forWhom: 'someone-else' }, 'reason.gp.someoneElse'],
    ])('offers the GP for %j with reason %s', (s, reason) => {
      expect(step(s, 'fastlege')?.reason).toBe(reason);
    });

    it.each<[Situation, string, string]>([
      [{ concerns: ['depression'], severity: 'severe', age: 40 }, 'dps', 'reason.dps.referral'],
      [{ concerns: ['psychosis'], age: 25, danger: false }, 'dps', 'reason.dps.referral'],
      [{ concerns: ['depression'], severity: 'severe', age: 14 }, 'bup', 'reason.bup.referral'],
      [{ concerns: ['anxiety'], inSpecialistCare: true, age: 40 }, 'dps', 'reason.specialist.yourTeam'],
      [{ concerns: ['anxiety'], inSpecialistCare: true, age: 15 }, 'bup', 'reason.specialist.yourTeam'],
    ])('for %j offers %s (%s)', (s, id, reason) => {
      expect(step(s, id)?.reason).toBe(reason);
    });

    it('sends someone already in care to their own team before the GP', () => {
      const got = ids({ concerns: ['depression'], inSpecialistCare: true, age: 40 });
      expect(got.indexOf('dps')).toBeLessThan(got.indexOf('fastlege'));
    });

    it('offers outreach teams for severe, long-lasting problems', () => {
      expect(ids({ concerns: ['depression'], severity: 'severe', duration: 'long-lasting' })).toContain(
        'oppsokende-team',
      );
    });
  });

  describe('violence and abuse (FACTS.md lines)', () => {
    it('offers Vold- og overgrepslinjen 116 006 today', () => {
      expect(step({ concerns: ['violence-abuse'], age: 35 }, 'vold-overgrepslinjen-116006')?.tier).toBe('now');
    });

    it('offers Vern for eldre to people over 62 only', () => {
      expect(ids({ concerns: ['violence-abuse'], age: 70 })).toContain('vern-for-eldre');
      expect(ids({ concerns: ['violence-abuse'], age: 40 })).not.toContain('vern-for-eldre');
    });

    it('offers children Alarmtelefonen 116 111', () => {
      expect(step({ concerns: ['violence-abuse'], age: 12 }, 'alarmtelefonen-116111')?.reason).toBe(
        'reason.alarm.violence',
      );
    });

    it('offers the line for sexual abuse first', () => {
      expect(ids({ concerns: ['sexual-abuse'], age: 30 }, SUNDAY_NIGHT)[0]).toBe('seksuelt-misbrukte-80057000');
    });
  });

  describe('other needs', () => {
    it('offers LEVE to people bereaved by suicide', () => {
      expect(ids({ concerns: ['bereaved-by-suicide'] })).toContain('leve');
    });

    it('offers RUSinfo and the municipal service for alcohol and drugs, and Giftinformasjonen when it cannot wait', () => {
      expect(ids({ concerns: ['alcohol-drugs'] })).toEqual(
        expect.arrayContaining(['rusinfo', 'kommunal-psykisk-helsetjeneste']),
      );
      expect(ids({ concerns: ['alcohol-drugs'] })).not.toContain('giftinformasjonen');
      expect(ids({ concerns: ['alcohol-drugs'], urgency: 'now' })).toContain('giftinformasjonen');
    });

    it('offers next of kin support services and the municipal service', () => {
      expect(ids({ forWhom: 'someone-else', concerns: ['depression'] })).toEqual(
        expect.arrayContaining(['parorende', 'kommunal-psykisk-helsetjeneste']),
      );
      expect(ids({ forWhom: 'self', concerns: ['depression'] })).not.toContain('parorende');
    });

    it('tells an adult worried about a child about Alarmtelefonen', () => {
      expect(step({ forWhom: 'someone-else', age: 9, concerns: ['other'] }, 'alarmtelefonen-116111')?.reason).toBe(
        'reason.alarm.worriedAdult',
      );
    });

    it('suggests Alarmtelefonen to a worried adult only when the person is a child', () => {
      expect(ids({ forWhom: 'someone-else', concerns: ['alcohol-drugs'] })).not.toContain('alarmtelefonen-116111');
      expect(ids({ forWhom: 'someone-else', concerns: ['alcohol-drugs'], age: 12 })).toContain('alarmtelefonen-116111');
    });

    it.each([8, 14, 17, 19])('offers the school health service at %i', (age) => {
      expect(ids({ age, concerns: ['stress'] })).toContain('skolehelsetjenesten');
    });

    it.each([30, 4])('does not offer the school health service at %i', (age) => {
      expect(ids({ age, concerns: ['stress'] })).not.toContain('skolehelsetjenesten');
    });

    it.each<[string | undefined, boolean]>([
      ['4601', true], // Bergen, Helse Vest
      ['0301', true], // Oslo, Helse Sør-Øst
      ['5501', false], // Tromsø, Helse Nord: not offered
      [undefined, true],
    ])('offers e-Mestring for panic in municipality %s: %s', (municipality, offered) => {
      expect(ids({ concerns: ['panic'], age: 30, municipality }).includes('e-mestring')).toBe(offered);
    });

    it('offers digital self-help for stress from 13, not to young children', () => {
      expect(ids({ concerns: ['stress'], age: 30 })).toContain('digital-selvhjelp');
      expect(ids({ concerns: ['stress'], age: 10 })).not.toContain('digital-selvhjelp');
    });

    it('gives general guidance when nothing is said', () => {
      const got = ids({});
      expect(got).toEqual(
        expect.arrayContaining(['mental-helse-116123', 'kirkens-sos', 'fastlege', 'kommunal-psykisk-helsetjeneste']),
      );
    });
  });

  describe('opening hours', () => {
    // A catalogue where Vold- og overgrepslinjen keeps office hours: closed on a Sunday night.
    const officeHoursCatalogue = CATALOGUE.map((s) =>
      s.id === 'vold-overgrepslinjen-116006'
        ? {
            ...s,
            contacts: [
              {
                type: 'phone' as const,
                number: '116 006',
                hours: {
                  type: 'weekly' as const,
                  periods: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '15:00' }],
                  publicHolidays: 'closed' as const,
                },
              },
            ],
          }
        : s,
    );

    it('never offers a line that is closed now as the first step', () => {
      const s: Situation = { concerns: ['violence-abuse'], age: 40 };
      expect(recommend(s, { now: WEDNESDAY_NOON, catalogue: officeHoursCatalogue }).steps[0]?.serviceId).toBe(
        'vold-overgrepslinjen-116006',
      );
      const night = recommend(s, { now: SUNDAY_NIGHT, catalogue: officeHoursCatalogue }).steps;
      expect(night[0]?.serviceId).not.toBe('vold-overgrepslinjen-116006');
      expect(night.map((st) => st.serviceId)).toContain('vold-overgrepslinjen-116006');
    });
  });

  describe('invalid situations', () => {
    it.each<[unknown, string]>([
      [{ age: -1 }, 'Invalid situation: age: age must be 0 or more'],
      [{ age: 12.5 }, 'Invalid situation: age: age must be a whole number of years'],
      [
        { municipality: '123' },
        'Invalid situation: municipality: municipality must be a 4-digit municipality number, e.g. "4601"',
      ],
      [{ urgency: 'tomorrow' }, 'Invalid situation: urgency: urgency must be "now", "days" or "weeks"'],
      [{ danger: 'yes' }, 'Invalid situation: danger: danger must be true or false'],
      [{ mood: 'sad' }, 'Invalid situation: unknown field "mood"'],
      [
        { concerns: ['sadness'] },
        'Invalid situation: concerns.0: each concern must be one of: suicidal-thoughts, self-harm, psychosis, depression, anxiety, panic, stress, sleep, alcohol-drugs, violence-abuse, sexual-abuse, bereaved-by-suicide, loneliness, other',
      ],
    ])('rejects %j naming the field', (input, message) => {
      expect(() => recommend(input)).toThrow(new SituationError(message));
    });

    it('treats undefined as an empty situation', () => {
      expect(recommend(undefined, { now: WEDNESDAY_NOON }).steps.length).toBeGreaterThan(0);
    });
  });
});
