import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allMunicipalities } from '../../../shared/catalogue/municipalities';
import { hasOpenLine, recommend } from '../../../shared/routing/recommend';
import type { LocalService } from '../../../shared/schema/local-service-schema';
import { CONCERNS } from '../../../shared/schema/concerns';
import type { Situation } from '../../../shared/schema/situation-schema';

const municipalities = allMunicipalities().map((m) => m.number);

const situation: fc.Arbitrary<Situation> = fc.record(
  {
    danger: fc.boolean(),
    forWhom: fc.constantFrom('self', 'someone-else'),
    age: fc.oneof(fc.integer({ min: 0, max: 130 }), fc.constantFrom(12, 13, 15, 16, 17, 18, 19, 61, 62)),
    concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { maxLength: 5 }),
    urgency: fc.constantFrom('now', 'days', 'weeks'),
    severity: fc.constantFrom('mild', 'moderate', 'severe'),
    duration: fc.constantFrom('recent', 'long-lasting'),
    inSpecialistCare: fc.boolean(),
    municipality: fc.constantFrom(...municipalities),
  },
  { requiredKeys: [] },
);

// Any instant from 2020 to 2040, with extra weight on nights, weekends and holidays.
const instant = fc.oneof(
  fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true }),
  fc.constantFrom(
    new Date('2026-04-03T01:30:00Z'), // Good Friday night
    new Date('2026-12-24T23:00:00Z'), // Christmas Day, midnight in Oslo
    new Date('2026-03-29T01:30:00Z'), // the spring-forward hour
    new Date('2026-05-17T10:00:00Z'), // Constitution Day
  ),
);

const localServices: fc.Arbitrary<LocalService[]> = fc
  .uniqueArray(
    fc.record({
      standsFor: fc.constantFrom('rask-psykisk-helsehjelp', 'kommunepsykolog', 'skolehelsetjenesten', 'other' as const),
      name: fc.constant('Lokal tjeneste'),
      contacts: fc.constant<LocalService['contacts']>([{ type: 'phone', number: '55 00 00 00' }]),
      minAge: fc.constantFrom(undefined, 16, 18),
    }),
    { maxLength: 3, selector: (l) => l.standsFor },
  )
  .map((list) => list.map(({ minAge, ...l }) => (minAge === undefined ? l : { ...l, minAge })));

const RUNS = { numRuns: 3000 };

describe('recommend: invariants over the whole input space', () => {
  it('puts 113 first whenever a life may be in danger, whatever the host configured', () => {
    fc.assert(
      fc.property(situation, instant, localServices, (s, now, local) => {
        const steps = recommend({ ...s, danger: true }, { now, localServices: local }).steps;
        expect(steps[0]?.serviceId).toBe('emergency-113');
      }),
      RUNS,
    );
  });

  it('always gives at least one step and a phone line that is open now', () => {
    fc.assert(
      fc.property(situation, instant, localServices, (s, now, local) => {
        const steps = recommend(s, { now, localServices: local }).steps;
        expect(steps.length).toBeGreaterThan(0);
        expect(steps.some((st) => hasOpenLine(st.service, now, ['phone']))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never offers a service to someone outside its age range or audience', () => {
    fc.assert(
      fc.property(situation, instant, localServices, (s, now, local) => {
        for (const st of recommend(s, { now, localServices: local }).steps) {
          const { minAge, maxAge, forWhom } = st.service.audience;
          if (s.age !== undefined && minAge !== undefined) expect(s.age, st.serviceId).toBeGreaterThanOrEqual(minAge);
          if (s.age !== undefined && maxAge !== undefined) expect(s.age, st.serviceId).toBeLessThanOrEqual(maxAge);
          if (s.forWhom !== undefined && forWhom !== undefined) expect(forWhom, st.serviceId).toContain(s.forWhom);
          if (st.service.area.type === 'municipalities') expect(st.service.area.numbers).toContain(s.municipality);
        }
      }),
      RUNS,
    );
  });

  it('never offers a line that is closed now as the first step', () => {
    fc.assert(
      fc.property(situation, instant, (s, now) => {
        const first = recommend(s, { now }).steps[0];
        const lines =
          first?.service.contacts.filter((c) => c.type === 'phone' || c.type === 'chat' || c.type === 'sms') ?? [];
        if (lines.length > 0)
          expect(hasOpenLine(first?.service ?? ({ contacts: [] } as never), now), first?.serviceId).toBe(true);
      }),
      RUNS,
    );
  });

  it('lists each door once, in tier order', () => {
    const order = ['emergency', 'now', 'soon', 'when-ready', 'info'];
    fc.assert(
      fc.property(situation, instant, (s, now) => {
        const steps = recommend(s, { now }).steps;
        expect(new Set(steps.map((st) => st.serviceId)).size).toBe(steps.length);
        // After the first step (which may be promoted past a closed line), tiers never go back up.
        const tiers = steps.slice(1).map((st) => order.indexOf(st.tier));
        expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('always holds 113 and 116 117, with 113 first exactly when a life may be in danger', () => {
    fc.assert(
      fc.property(situation, instant, localServices, (s, now, local) => {
        const steps = recommend(s, { now, localServices: local }).steps;
        const ids = steps.map((st) => st.serviceId);
        expect(ids).toContain('emergency-113');
        expect(ids).toContain('legevakt-116117');
        const concerns = s.concerns ?? [];
        const mayBeInDanger =
          s.danger === true ||
          (s.danger === undefined && (concerns.includes('suicidal-thoughts') || concerns.includes('self-harm')));
        expect(ids[0] === 'emergency-113', JSON.stringify(s)).toBe(mayBeInDanger);
        // A door added only to make the answer complete comes after a door that fits, and says when to use it.
        for (const [i, st] of steps.entries()) {
          if (!st.safetyNet) continue;
          expect(i).toBeGreaterThan(0);
          expect(['emergency-113', 'legevakt-116117']).toContain(st.serviceId);
          expect(st.reason).toMatch(/\.ifWorse$/);
        }
      }),
      RUNS,
    );
  });

  it('puts 113 among the steps a face shows when help is needed now for psychosis, suicidal thoughts or self-harm', () => {
    const acute = fc.constantFrom('psychosis' as const, 'suicidal-thoughts' as const, 'self-harm' as const);
    fc.assert(
      fc.property(situation, acute, instant, localServices, (s, concern, now, local) => {
        const { danger: _skipped, ...rest } = s;
        const asked = { ...rest, urgency: 'now' as const, concerns: [...new Set([...(s.concerns ?? []), concern])] };
        const steps = recommend(asked, { now, localServices: local }).steps;
        const emergency = steps.find((st) => st.serviceId === 'emergency-113');
        expect(emergency?.safetyNet, JSON.stringify(asked)).toBe(false);
        expect(['emergency', 'now']).toContain(emergency?.tier);
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input and time', () => {
    fc.assert(
      fc.property(situation, instant, localServices, (s, now, local) => {
        expect(recommend(s, { now, localServices: local })).toEqual(
          recommend(structuredClone(s), { now: new Date(now), localServices: local }),
        );
      }),
      { numRuns: 500 },
    );
  });
});
