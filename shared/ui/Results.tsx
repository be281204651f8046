import type { Municipality } from '../catalogue/municipalities';
import { t } from '../i18n/messages';
import type { Step, Tier } from '../routing/recommend';
import type { Language } from '../schema/languages';
import { Heading } from './Heading';
import { StepCard } from './StepCard';

export interface ResultsProps {
  /** recommend()'s steps, in its order. */
  steps: readonly Step[];
  lang: Language;
  /** The time the opening hours are shown for. */
  now: Date;
  level: number;
  /** The municipality the guide is set to, for the doors reached through it. */
  municipality?: Municipality | undefined;
}

/**
 * The steps from recommend(), grouped by how soon to act, most important first. A face that splits its code
 * loads this module on demand (see lazyComponent) and hands it to GetHelpNow; the widget passes it directly.
 */
export function Results({ steps, lang, now, level, municipality }: ResultsProps) {
  // Consecutive steps of one tier share a heading. The order is recommend()'s: its first step leads even
  // when it was promoted past a closed line of a more urgent tier.
  const groups: { tier: Tier; steps: Step[] }[] = [];
  for (const step of steps) {
    const last = groups.at(-1);
    if (last && last.tier === step.tier) last.steps.push(step);
    else groups.push({ tier: step.tier, steps: [step] });
  }
  return (
    <div class="ghn-results">
      {groups.map((group) => (
        <section key={`${group.tier}-${group.steps[0]?.serviceId}`} class={`ghn-tier ghn-tier--${group.tier}`}>
          <Heading level={level} class="ghn-tier__heading">
            {t(lang, `tier.${group.tier}`)}
          </Heading>
          <ul class="ghn-steps">
            {group.steps.map((step) => (
              <StepCard
                key={step.serviceId}
                step={step}
                lang={lang}
                now={now}
                level={level + 1}
                municipality={municipality}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
