import { t } from '../i18n/messages';
import type { Step, Tier } from '../routing/recommend';
import type { GuideModel } from './guide-model';
import { Heading } from './Heading';
import { StepCard } from './StepCard';

interface Props {
  model: GuideModel;
  level: number;
}

/** The steps from recommend(), grouped by how soon to act, most important first. */
export function Results({ model, level }: Props) {
  const lang = model.lang.value;
  // Every face that shows the guide draws the emergency strip above it, with 113 and 116 117: the doors that
  // recommend() adds only so that its answer stands on its own ("if it gets worse") would show them twice.
  const steps = model.recommendation.value?.steps.filter((step) => !step.safetyNet) ?? [];
  const now = model.now();
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
                municipality={model.municipalityInfo.value}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
