import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../shared/schema/language-schema';
import { isContactSection, type PlanService } from '../../shared/schema/safety-plan-schema';
import { t } from '../i18n/my-plan-messages';
import type { PlanModel } from './plan-model';
import { focusSoon } from './focus-soon';
import { telLink } from './phone-link';

interface Props {
  model: PlanModel;
  lang: Language;
}

/** One step's content, large: the person's own lines, or their people and services as one-tap calls. */
function StepContent({ model, lang }: Props) {
  const step = model.crisisStep.value;
  if (step === undefined || step === 'end') return <p class="plan-crisis__text">{t(lang, 'crisis.end')}</p>;
  if (isContactSection(step)) {
    const contacts = (model.plan.value[step] as readonly PlanService[]).filter((c) => c.name.trim() || c.phone.trim());
    return (
      <ul class="plan-crisis__list">
        {contacts.map((contact, i) => {
          const tel = telLink(contact.phone);
          const name = contact.name.trim() || contact.phone;
          return (
            <li key={i}>
              {tel ? (
                <a class="ghn-button ghn-button--primary plan-crisis__call" href={tel}>
                  {t(lang, 'plan.call', { name })}
                  {contact.name.trim() && <span class="plan-crisis__number">{contact.phone}</span>}
                </a>
              ) : contact.web ? (
                <a class="plan-crisis__text" href={contact.web} target="_blank" rel="noopener noreferrer">
                  {name}
                </a>
              ) : (
                <span class="plan-crisis__text">{name}</span>
              )}
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ul class="plan-crisis__list">
      {model.plan.value[step]
        .filter((line) => line.trim())
        .map((line, i) => (
          <li key={i} class="plan-crisis__text">
            {line}
          </li>
        ))}
    </ul>
  );
}

/**
 * "I need my plan now": one section at a time, in order, large, with Next to go on. The emergency numbers stay
 * above every step (the app draws them first). Each step's heading takes focus, so a screen reader reads the
 * new step and the next Tab reaches its first call.
 */
export function CrisisMode({ model, lang }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const index = model.crisisIndex.value ?? 0;
  const steps = model.crisisSteps.value;
  const step = model.crisisStep.value;
  useEffect(() => {
    heading.current?.focus();
  }, [index]);
  const last = index >= steps.length - 1;
  return (
    <section class="plan-crisis" aria-labelledby="crisis-heading">
      <p class="ghn-progress">{t(lang, 'crisis.progress', { n: index + 1, total: steps.length })}</p>
      <h1 id="crisis-heading" class="ghn-title" tabIndex={-1} ref={heading}>
        {step === undefined || step === 'end' ? t(lang, 'crisis.endHeading') : t(lang, `${step}.heading`)}
      </h1>
      <StepContent model={model} lang={lang} />
      <div class="ghn-actions plan-crisis__nav">
        {!last && (
          <button type="button" class="ghn-button ghn-button--primary" onClick={model.nextStep}>
            {t(lang, 'crisis.next')}
          </button>
        )}
        {index > 0 && (
          <button type="button" class="ghn-button" onClick={model.previousStep}>
            {t(lang, 'crisis.back')}
          </button>
        )}
        <button
          type="button"
          class="ghn-button ghn-button--quiet"
          onClick={() => {
            model.closeCrisis();
            // Back where the person left the page: on the button that opened crisis mode.
            focusSoon('crisis-open');
          }}
        >
          {t(lang, 'crisis.close')}
        </button>
      </div>
    </section>
  );
}
