import type { Language } from '../../shared/schema/language-schema';
import { isContactSection, PLAN_SECTIONS, type PlanService } from '../../shared/schema/safety-plan-schema';
import { FIRST_PAINT } from '../i18n/my-plan-first-paint';
import { t } from '../i18n/my-plan-messages';
import type { PlanModel } from './plan-model';

/** A date as the page's language writes it: the language code is the locale, so no list of languages here. */
export function formatDate(iso: string | Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(iso));
}

/**
 * The plan on paper, for the fridge, the wallet or the therapist: only what is written, in the method's order,
 * with the date. Hidden on screen; the print stylesheet shows it instead of the page.
 */
export function PlanPrint({ model, lang }: { model: PlanModel; lang: Language }) {
  const plan = model.plan.value;
  return (
    <div class="plan-print">
      <p class="plan-print__title">
        <strong>{FIRST_PAINT[lang].title}</strong> · {t(lang, 'plan.printed', { date: formatDate(new Date(), lang) })} ·{' '}
        {t(lang, 'plan.updated', { date: formatDate(plan.updated, lang) })}
      </p>
      <div class="plan-print__sections">
        {PLAN_SECTIONS.map((section, i) => {
          const entries = isContactSection(section)
            ? (plan[section] as readonly PlanService[])
                .filter((c) => c.name.trim() || c.phone.trim())
                .map((c) => [c.name.trim(), c.phone.trim()].filter(Boolean).join(': '))
            : plan[section].filter((line) => line.trim());
          return (
            <div key={section} class="plan-print__section">
              <p class="plan-print__heading">
                {i + 1}. {t(lang, `${section}.heading`)}
              </p>
              <ul>
                {entries.map((entry, j) => (
                  <li key={j}>{entry}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
