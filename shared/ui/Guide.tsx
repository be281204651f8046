import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/messages';
import { CONCERNS } from '../schema/concerns';
import { FOR_WHOM, SEVERITIES, URGENCIES } from '../schema/situation-schema';
import { AGE_BAND_NAMES, type GuideModel, QUESTIONS, type Question } from './guide-model';
import { Heading } from './Heading';
import type { LazyComponent } from './lazy';
import type { ResultsProps } from './Results';

interface Props {
  model: GuideModel;
  /** The heading level of the guide's title; questions and results sit below it. */
  level: number;
  /** The results' component, perhaps loaded on demand: its loading starts with the first answer. */
  Results: LazyComponent<ResultsProps>;
}

/** What shows while the results' code loads. */
export function ResultsLoading() {
  return <div class="ghn-results" aria-busy="true" />;
}

/** One answer to a question: its label, whether it is the current answer, and the action that picks it. */
interface Choice {
  value: string;
  label: MessageKey;
  chosen(model: GuideModel): boolean;
  choose(model: GuideModel): void;
}

function choices<V extends string>(
  values: readonly V[],
  label: (value: V) => MessageKey,
  current: (model: GuideModel) => V | undefined,
  choose: (model: GuideModel, value: V) => void,
): Choice[] {
  return values.map((value) => ({
    value,
    label: label(value),
    chosen: (model) => current(model) === value,
    choose: (model) => choose(model, value),
  }));
}

const answerOf = (model: GuideModel) => model.answers.value;

const CHOICES: Record<Exclude<Question, 'concerns'>, Choice[]> = {
  danger: choices(
    ['yes', 'no'],
    (v) => `answer.${v}`,
    (m) => (answerOf(m).danger === undefined ? undefined : answerOf(m).danger ? 'yes' : 'no'),
    (m, v) => m.answer('danger', v === 'yes'),
  ),
  forWhom: choices(
    FOR_WHOM,
    (v) => `forWhom.${v}`,
    (m) => answerOf(m).forWhom,
    (m, v) => m.answer('forWhom', v),
  ),
  age: choices(
    AGE_BAND_NAMES,
    (v) => `age.${v}`,
    (m) => m.ageBand.value,
    (m, v) => m.setAgeBand(v),
  ),
  urgency: choices(
    URGENCIES,
    (v) => `urgency.${v}`,
    (m) => answerOf(m).urgency,
    (m, v) => m.answer('urgency', v),
  ),
  severity: choices(
    SEVERITIES,
    (v) => `severity.${v}`,
    (m) => answerOf(m).severity,
    (m, v) => m.answer('severity', v),
  ),
};

/** A few plain questions, each skippable, then the doors from recommend(). */
export function Guide({ model, level, Results }: Props) {
  const lang = model.lang.value;
  const question = model.question.value;
  const position = model.position.value;
  const id = useId();
  const focusTarget = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // Move focus to the new question or the results heading after a step, so keyboard and screen-reader users
  // land where the content changed (not on first render: the host page keeps its focus). Before paint, so a
  // quick Tab never starts from the old spot.
  useLayoutEffect(() => {
    if (moved.current) focusTarget.current?.focus();
    moved.current = true;
  }, [position]);

  // The results' code loads with the first answer, so that it is there before anyone asks for help.
  const answered = position > 0 || Object.keys(model.answers.value).length > 0 || model.ageBand.value !== undefined;
  useEffect(() => {
    if (answered) void Results.preload?.();
  }, [answered, Results]);

  if (question === undefined) {
    return (
      <div class="ghn-guide">
        <Heading level={level + 1} class="ghn-guide__heading" tabIndex={-1} headingRef={focusTarget}>
          {t(lang, 'guide.results')}
        </Heading>
        <Results
          steps={model.recommendation.value?.steps ?? []}
          lang={lang}
          now={model.now()}
          level={level + 2}
          municipality={model.municipalityInfo.value}
        />
        <div class="ghn-actions">
          <button type="button" class="ghn-button" onClick={model.restart}>
            {t(lang, 'guide.restart')}
          </button>
        </div>
      </div>
    );
  }

  const legendId = `${id}-legend`;
  const hintId = `${id}-hint`;
  return (
    <form
      class="ghn-guide"
      onSubmit={(e) => {
        e.preventDefault();
        model.next();
      }}
    >
      <p class="ghn-progress">{t(lang, 'guide.progress', { n: position + 1, total: QUESTIONS.length })}</p>
      <fieldset
        class="ghn-question"
        aria-labelledby={legendId}
        {...(question === 'concerns' ? { 'aria-describedby': hintId } : {})}
      >
        <Heading level={level + 1} id={legendId} class="ghn-question__text" tabIndex={-1} headingRef={focusTarget}>
          {t(lang, `guide.q.${question}`)}
        </Heading>
        {question === 'concerns' ? (
          <>
            <p id={hintId} class="ghn-hint">
              {t(lang, 'guide.q.concerns.hint')}
            </p>
            <div class="ghn-options ghn-options--many">
              {CONCERNS.map((concern) => (
                <label key={concern} class="ghn-option">
                  <input
                    type="checkbox"
                    name={`${id}-concerns`}
                    value={concern}
                    checked={model.answers.value.concerns?.includes(concern) ?? false}
                    onChange={() => model.toggleConcern(concern)}
                  />
                  <span>{t(lang, `concern.${concern}`)}</span>
                </label>
              ))}
            </div>
          </>
        ) : (
          <div class="ghn-options">
            {CHOICES[question].map((choice) => (
              <label key={choice.value} class="ghn-option">
                <input
                  type="radio"
                  name={`${id}-${question}`}
                  value={choice.value}
                  checked={choice.chosen(model)}
                  onChange={() => choice.choose(model)}
                />
                <span>{t(lang, choice.label)}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {question === 'danger' && model.answers.value.danger === true && (
        <p class="ghn-alert" role="alert">
          {t(lang, 'reason.113.danger')}
        </p>
      )}
      <div class="ghn-actions">
        {position > 0 && (
          <button type="button" class="ghn-button ghn-button--quiet" onClick={model.back}>
            {t(lang, 'guide.back')}
          </button>
        )}
        <button type="submit" class="ghn-button ghn-button--primary">
          {t(lang, 'guide.next')}
        </button>
        <button type="button" class="ghn-button" onClick={model.showResults}>
          {t(lang, 'guide.showHelp')}
        </button>
      </div>
    </form>
  );
}
