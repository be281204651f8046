import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../shared/schema/language-schema';
import { FIRST_PAINT } from '../i18n/my-plan-first-paint';
import { t } from '../i18n/my-plan-messages';
import { CrisisMode } from './CrisisMode';
import { PinnedLines } from './PinnedLines';
import type { PlanModel } from './plan-model';
import { PlanPrint } from './PlanPrint';
import { PlanSections } from './PlanSections';
import { DeletePlan, PlanFile, PlanLock, SetAsideNotice } from './PlanTools';

interface Props {
  model: PlanModel;
}

/** The plan while a lock keeps it closed: the numbers stay above, and a forgotten code leads to starting over. */
function LockedScreen({ model, lang }: Props & { lang: Language }) {
  const [secret, setSecret] = useState('');
  const failed = model.unlockFailed.value;
  const input = useRef<HTMLInputElement>(null);
  // The code's field takes focus when the screen opens (on load, or after "Lock now"), and is selected after a
  // wrong code, so the next try replaces it.
  useEffect(() => {
    if (failed) input.current?.select();
    else input.current?.focus();
  }, [failed]);
  return (
    <div class="plan-locked">
      <h1 class="ghn-title">{t(lang, 'locked.heading')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void model.unlock(secret).then(() => {
            if (model.phase.peek() === 'open') setSecret('');
          });
        }}
      >
        <div class="plan-field">
          <label class="plan-label" for="unlock-secret">
            {t(lang, 'lock.secret')}
          </label>
          <input
            id="unlock-secret"
            ref={input}
            class="ext-input"
            type="password"
            autocomplete="off"
            value={secret}
            aria-invalid={failed}
            aria-describedby={failed ? 'unlock-problem' : undefined}
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
        </div>
        {failed && (
          <p id="unlock-problem" class="plan-problem" role="alert">
            {t(lang, 'locked.wrong')}
          </p>
        )}
        <button type="submit" class="ghn-button ghn-button--primary" aria-busy={model.busy.value}>
          {t(lang, 'locked.open')}
        </button>
      </form>
      <details class="plan-forgot">
        <summary>{t(lang, 'locked.forgot')}</summary>
        <p>{t(lang, 'lock.forget')}</p>
        <DeletePlan model={model} lang={lang} />
      </details>
    </div>
  );
}

/** The whole plan: the note, crisis mode's door, the sections, then keeping, locking and deleting it. */
function OpenPlan({ model, lang }: Props & { lang: Language }) {
  const saveState = model.saveState.value;
  return (
    <>
      <h1 class="ghn-title">{FIRST_PAINT[lang].title}</h1>
      <p class="ghn-tagline">{t(lang, 'plan.intro')}</p>
      <p class="plan-note">{t(lang, 'plan.note')}</p>
      <div class="ghn-actions plan-actions">
        <button
          type="button"
          id="crisis-open"
          class="ghn-button ghn-button--primary plan-crisis-open"
          onClick={model.openCrisis}
        >
          {t(lang, 'plan.crisis')}
        </button>
        <button type="button" class="ghn-button" onClick={() => window.print()}>
          {t(lang, 'plan.print')}
        </button>
      </div>
      <SetAsideNotice model={model} lang={lang} />
      <PlanSections model={model} lang={lang} />
      {saveState === 'failed' ? (
        <p class="plan-problem" role="alert">
          {t(lang, 'plan.saveFailed')}
        </p>
      ) : (
        <p class="plan-saved">{saveState === 'saved' ? t(lang, 'plan.saved') : ''}</p>
      )}
      <section aria-labelledby="privacy-heading" class="plan-tools">
        <h2 id="privacy-heading">{t(lang, 'privacy.heading')}</h2>
        <p>{t(lang, 'privacy.text')}</p>
        <p>{t(lang, 'delete.uninstall')}</p>
      </section>
      <PlanFile model={model} lang={lang} />
      <PlanLock model={model} lang={lang} />
      <section aria-labelledby="delete-heading" class="plan-tools">
        <h2 id="delete-heading">{t(lang, 'delete.heading')}</h2>
        <DeletePlan model={model} lang={lang} />
      </section>
      <PlanPrint model={model} lang={lang} />
    </>
  );
}

/**
 * My plan's page. The emergency numbers come first on every screen, from the first paint; below them the plan,
 * its crisis mode, or the locked screen.
 */
export function SafetyPlanApp({ model }: Props) {
  const lang = model.lang.value;
  const phase = model.phase.value;
  const notice = model.notice.value;
  return (
    <div class="ghn-root plan" lang={lang} data-theme="auto">
      <PinnedLines lang={lang} />
      {phase === 'unreadable' && (
        <p class="plan-problem" role="alert">
          {t(lang, 'plan.unreadable')}
        </p>
      )}
      {phase === 'locked' && <LockedScreen model={model} lang={lang} />}
      {phase === 'open' &&
        (model.crisisIndex.value === undefined ? (
          <OpenPlan model={model} lang={lang} />
        ) : (
          <CrisisMode model={model} lang={lang} />
        ))}
      <p class="plan-status" role="status">
        {notice ? t(lang, notice) : ''}
      </p>
    </div>
  );
}
