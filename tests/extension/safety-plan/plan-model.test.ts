import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPlan } from '../../../extension/safety-plan/plan-file';
import { createPlanModel } from '../../../extension/safety-plan/plan-model';
import { createPlanStore, PLAN_KEY } from '../../../extension/safety-plan/plan-store';
import { loadTexts } from '../../../extension/i18n/my-plan-messages';
import { LANGUAGES } from '../../../shared/schema/language-schema';
import { examplePlan } from './example-plan';

const now = () => new Date('2026-11-30T08:00:00.000Z');
const stored = () => fakeBrowser.storage.local.get();

async function openModel(settings: { lang?: 'nb' | 'nn' | 'en'; municipality?: string } = {}) {
  const model = createPlanModel({ lang: 'en', store: createPlanStore(now), now, lockIterations: 1000 });
  await model.start(settings);
  return model;
}

describe('the plan page’s model', () => {
  beforeAll(async () => {
    for (const lang of LANGUAGES) await loadTexts(lang);
  });

  beforeEach(() => {
    fakeBrowser.reset();
  });

  describe('a new plan', () => {
    it('starts with 113 first, legevakt, the two 24/7 lines and my GP without a number', async () => {
      const model = await openModel({ lang: 'nb' });

      expect(model.phase.value).toBe('open');
      expect(model.plan.value.services.map((s) => [s.phone, s.from])).toEqual([
        ['113', 'emergency-113'],
        ['116 117', 'legevakt-116117'],
        ['116 123', 'mental-helse-116123'],
        ['22 40 00 40', 'kirkens-sos'],
        ['', 'fastlege'],
      ]);
      expect(model.plan.value.services[4]?.name).toBe('Fastlegen min');
      // Nothing is stored until the person writes something.
      expect(await stored()).toEqual({});
    });

    it('adds the municipality’s services when one is set: Oslo’s psychiatric emergency service and its website', async () => {
      const model = await openModel({ lang: 'en', municipality: '0301' });

      expect(model.plan.value.services.slice(5)).toEqual([
        {
          name: 'Psykososial akuttjeneste, Legevakten i Oslo (psychiatric emergency service) (then press 2)',
          phone: '116 117',
          from: 'psykiatrisk-legevakt',
        },
        {
          name: 'Oslo municipality: mental health',
          phone: '',
          web: 'https://www.oslo.kommune.no',
          from: 'municipality',
        },
      ]);
    });

    it('adds only the website where the municipality has no service of its own in the catalogue', async () => {
      const model = await openModel({ lang: 'nn', municipality: '4621' });

      expect(model.plan.value.services.slice(5).map((s) => [s.name, s.web])).toEqual([
        ['Voss kommune: psykisk helse', 'https://www.voss.kommune.no'],
      ]);
    });

    it('ignores a municipality number that names none', async () => {
      const model = await openModel({ municipality: '9999' });

      expect(model.plan.value.services).toHaveLength(5);
    });
  });

  it('saves each change as it is made, and a new page reads it back', async () => {
    const model = await openModel();
    void model.setText('warningSigns', 0, 'Jeg');
    void model.setText('warningSigns', 0, 'Jeg sover');
    await model.setText('warningSigns', 0, 'Jeg sover dårlig');
    await model.addText('warningSigns');
    await model.setText('warningSigns', 1, 'Jeg trekker meg unna');
    await model.setContact('helpers', 0, 'name', 'Kari');
    await model.setContact('helpers', 0, 'phone', '912 34 567');
    await model.removeContact('services', 3);

    const reopened = await openModel();

    expect(reopened.plan.value).toEqual(model.plan.value);
    expect(reopened.plan.value.warningSigns).toEqual(['Jeg sover dårlig', 'Jeg trekker meg unna']);
    expect(reopened.plan.value.helpers).toEqual([{ name: 'Kari', phone: '912 34 567' }]);
    expect(reopened.plan.value.services.map((s) => s.from)).not.toContain('kirkens-sos');
    expect(Object.keys(await stored())).toEqual([PLAN_KEY]);
    expect(await fakeBrowser.storage.sync.get()).toEqual({});
  });

  describe('the lock', () => {
    it('refuses a code that is too short or typed differently twice', async () => {
      const model = await openModel();

      await model.lock('12', '12');
      expect(model.lockProblem.value).toBe('lock.tooShort');
      await model.lock('2468', '2486');
      expect(model.lockProblem.value).toBe('lock.mismatch');
      expect(model.lockSet.value).toBe(false);
    });

    it('stores the plan encrypted, keeps it open in the page, and opens only with the right code', async () => {
      const model = await openModel();
      await model.setContact('helpers', 0, 'name', 'Kari Nordmann');
      await model.lock('2468', '2468');
      await model.setText('reasonsToLive', 0, 'Katten min');

      // Phrases with spaces, which base64 never holds, so the check cannot fail by chance.
      const raw = JSON.stringify(await stored());
      expect(raw).toContain('"locked"');
      expect(raw).not.toContain('Kari Nordmann');
      expect(raw).not.toContain('Katten min');

      const reopened = await openModel();
      expect(reopened.phase.value).toBe('locked');
      await reopened.unlock('1357');
      expect(reopened.unlockFailed.value).toBe(true);
      expect(reopened.phase.value).toBe('locked');
      await reopened.unlock('2468');
      expect(reopened.phase.value).toBe('open');
      expect(reopened.plan.value).toEqual(model.plan.value);

      // Changes after unlocking are saved encrypted too.
      await reopened.setText('onMyOwn', 0, 'Gå en tur');
      expect(JSON.stringify(await stored())).not.toContain('Gå en tur');
    });

    it('locks now: the open plan leaves memory until the code is given again', async () => {
      const model = await openModel();
      await model.setText('warningSigns', 0, 'Jeg sover dårlig');
      await model.lock('2468', '2468');

      await model.lockNow();

      expect(model.phase.value).toBe('locked');
      expect(model.plan.value.warningSigns).toEqual(['']);
      await model.unlock('2468');
      expect(model.plan.value.warningSigns).toEqual(['Jeg sover dårlig']);
    });

    it('removing the lock stores the plan readable again', async () => {
      const model = await openModel();
      await model.setText('warningSigns', 0, 'Jeg sover dårlig');
      await model.lock('2468', '2468');
      await model.removeLock();

      expect((await stored())[PLAN_KEY]).toEqual(model.plan.value);
    });

    it('after a forgotten code, deleting starts over with nothing left in storage', async () => {
      const model = await openModel();
      await model.setText('warningSigns', 0, 'Jeg sover dårlig');
      await model.lock('2468', '2468');
      const reopened = await openModel({ municipality: '0301' });

      await reopened.confirmDelete();

      expect(await stored()).toEqual({});
      expect(reopened.phase.value).toBe('open');
      expect(reopened.lockSet.value).toBe(false);
      expect(reopened.plan.value.warningSigns).toEqual(['']);
      expect(reopened.plan.value.services.at(-1)?.from).toBe('municipality');
    });
  });

  it('deletes the plan, what was set aside and the lock: storage.local holds nothing of them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: 'damaged', settings: { firstRunDone: true } });
    const model = await openModel();
    await model.setText('warningSigns', 0, 'Jeg sover dårlig');
    await model.lock('2468', '2468');
    model.askDelete();
    expect(model.confirmingDelete.value).toBe(true);

    await model.confirmDelete();

    expect(await stored()).toEqual({ settings: { firstRunDone: true } });
    expect(model.notice.value).toBe('delete.done');
    expect(model.setAside.value).toEqual([]);
    vi.restoreAllMocks();
  });

  it('tells the person about a record it could not read, and lets them download or drop it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const damaged = { version: 1, warningSigns: ['Jeg sover dårlig'], helpers: 'Kari' };
    await fakeBrowser.storage.local.set({ [PLAN_KEY]: damaged });

    const model = await openModel();

    expect(model.phase.value).toBe('open');
    expect(model.setAside.value).toHaveLength(1);
    expect(JSON.parse(model.setAsideText())[0]).toMatchObject({ problem: 'invalid', value: damaged });
    await model.dropSetAside();
    expect(model.setAside.value).toEqual([]);
    expect(await stored()).toEqual({});
    vi.restoreAllMocks();
  });

  describe('importing', () => {
    it('shows the plan from the file and replaces nothing until the person confirms', async () => {
      const model = await openModel();
      await model.setText('warningSigns', 0, 'Min egen linje');

      model.previewImport(exportPlan(examplePlan, now()));

      expect(model.pendingImport.value?.plan).toEqual(examplePlan);
      expect((await stored())[PLAN_KEY]).toMatchObject({ warningSigns: ['Min egen linje'] });
      model.cancelImport();
      expect(model.pendingImport.value).toBeUndefined();

      model.previewImport(exportPlan(examplePlan, now()));
      await model.confirmImport();
      expect((await stored())[PLAN_KEY]).toEqual(examplePlan);
      expect(model.notice.value).toBe('file.imported');
    });

    it('says why a file cannot be imported, and keeps the plan', async () => {
      const model = await openModel();

      model.previewImport('{"not":"a plan"}');

      expect(model.importProblem.value).toBe('file.notAPlan');
      expect(model.pendingImport.value).toBeUndefined();
    });
  });

  describe('crisis mode', () => {
    it('goes through the sections with something in them, in order, then the closing words', async () => {
      const model = await openModel();
      model.previewImport(exportPlan({ ...examplePlan, breaks: [''], helpers: [] }, now()));
      await model.confirmImport();

      model.openCrisis();
      const seen = [model.crisisStep.value];
      for (let i = 0; i < 8; i++) {
        model.nextStep();
        seen.push(model.crisisStep.value);
      }

      expect([...new Set(seen)]).toEqual([
        'warningSigns',
        'onMyOwn',
        'services',
        'saferSurroundings',
        'reasonsToLive',
        'end',
      ]);
      model.previousStep();
      expect(model.crisisStep.value).toBe('reasonsToLive');
      model.closeCrisis();
      expect(model.crisisStep.value).toBeUndefined();
    });
  });
});
