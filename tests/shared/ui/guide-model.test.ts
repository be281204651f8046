import { describe, expect, it } from 'vitest';
import { createGuideModel, QUESTIONS } from '../../../shared/ui/guide-model';

const now = () => new Date('2026-11-25T11:00:00Z');

describe('the guide model', () => {
  it('goes straight to the help, 113 first, when a life is in danger', async () => {
    const model = createGuideModel({ lang: 'nb', now });
    model.answer('danger', true);
    model.next();
    expect(model.showingResults.value).toBe(true);
    await model.loadRouting();
    expect(model.recommendation.value?.steps[0]?.serviceId).toBe('emergency-113');
  });

  it('loads the routing with the first answer, not before', async () => {
    const model = createGuideModel({ lang: 'nb', now });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(model.recommendation.value).toBeUndefined();
    model.answer('danger', false);
    await model.loadRouting();
    expect(model.recommendation.value?.steps.length).toBeGreaterThan(0);
  });

  it('walks the questions in order and back', () => {
    const model = createGuideModel({ lang: 'en', now });
    const seen = [model.question.value];
    for (let i = 1; i < QUESTIONS.length; i++) {
      model.next();
      seen.push(model.question.value);
    }
    expect(seen).toEqual([...QUESTIONS]);
    model.back();
    expect(model.question.value).toBe('urgency');
  });

  it.each([
    ['child', 12],
    ['young-teen', 13],
    ['older-teen', 16],
    ['adult', 20],
    ['older', 62],
  ] as const)('routes the %s age band as age %i', (band, age) => {
    const model = createGuideModel({ lang: 'nb', now });
    model.setAgeBand(band);
    expect(model.situation.value.age).toBe(age);
  });

  it('does not offer the youth health service to the adult band', async () => {
    const model = createGuideModel({ lang: 'nb', now, municipality: '0301' });
    model.setAgeBand('adult');
    await model.loadRouting();
    expect(model.recommendation.value?.steps.map((s) => s.serviceId)).not.toContain('skolehelsetjenesten');
  });

  it('shows the children\u2019s line in the strip when the guide is preset for young people', () => {
    expect(createGuideModel({ lang: 'nb', now, audience: 'young' }).stripHelpline.value).toBe('alarmtelefonen-116111');
    expect(createGuideModel({ lang: 'nb', now }).stripHelpline.value).toBe('mental-helse-116123');
  });

  it('routes with the municipality and the host\u2019s local services', async () => {
    const model = createGuideModel({
      lang: 'nb',
      now,
      municipality: '4601',
      localServices: [
        {
          standsFor: 'rask-psykisk-helsehjelp',
          name: 'RPH Bergen',
          contacts: [{ type: 'phone', number: '55 00 00 00' }],
        },
      ],
    });
    model.toggleConcern('anxiety');
    await model.loadRouting();
    expect(model.municipalityInfo.value?.name).toBe('Bergen');
    expect(model.recommendation.value?.steps.map((s) => s.serviceId)).toContain('local-1-rask-psykisk-helsehjelp');
  });

  it('toggles concerns and forgets everything on restart', () => {
    const model = createGuideModel({ lang: 'nb', now });
    model.toggleConcern('stress');
    model.toggleConcern('sleep');
    model.toggleConcern('stress');
    expect(model.answers.value.concerns).toEqual(['sleep']);
    model.setAgeBand('adult');
    model.showResults();
    model.restart();
    expect([model.answers.value, model.ageBand.value, model.position.value]).toEqual([{}, undefined, 0]);
  });
});
