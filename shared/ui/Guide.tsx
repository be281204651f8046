import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../i18n/messages';
import { CONCERNS } from '../schema/concerns';
import { AGE_BANDS, type AgeBand, type GuideModel, QUESTIONS, type Question } from './guide-model';
import { Heading } from './Heading';

interface Props {
  model: GuideModel;
  /** The heading level of the guide's title; questions and results sit below it. */
  level: number;
}

interface Choice {
  value: string;
  label: MessageKey;
}

const YES_NO: Choice[] = [
  { value: 'yes', label: 'answer.yes' },
  { value: 'no', label: 'answer.no' },
];

const CHOICES: Record<Exclude<Question, 'concerns'>, Choice[]> = {
  danger: YES_NO,
  forWhom: [
    { value: 'self', label: 'forWhom.self' },
    { value: 'someone-else', label: 'forWhom.someone-else' },
  ],
  age: (Object.keys(AGE_BANDS) as AgeBand[]).map((band) => ({ value: band, label: `age.${band}` as MessageKey })),
  urgency: (['now', 'days', 'weeks'] as const).map((u) => ({ value: u, label: `urgency.${u}` as const })),
  severity: (['mild', 'moderate', 'severe'] as const).map((s) => ({ value: s, label: `severity.${s}` as const })),
};

function currentValue(model: GuideModel, q: Exclude<Question, 'concerns'>): string | undefined {
  const a = model.answers.value;
  switch (q) {
    case 'danger':
      return a.danger === undefined ? undefined : a.danger ? 'yes' : 'no';
    case 'age':
      return model.ageBand.value;
    default:
      return a[q];
  }
}

function choose(model: GuideModel, q: Exclude<Question, 'concerns'>, value: string) {
  if (q === 'danger') model.answer('danger', value === 'yes');
  else if (q === 'age') model.setAgeBand(value as AgeBand);
  else if (q === 'forWhom') model.answer('forWhom', value as 'self' | 'someone-else');
  else if (q === 'urgency') model.answer('urgency', value as 'now' | 'days' | 'weeks');
  else model.answer('severity', value as 'mild' | 'moderate' | 'severe');
}

/** A few plain questions, each skippable, then the doors from recommend(). */
export function Guide({ model, level }: Props) {
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

  if (question === undefined) {
    const Results = model.results.value?.Results;
    return (
      <div class="ghn-guide">
        <Heading level={level + 1} class="ghn-guide__heading" tabIndex={-1} headingRef={focusTarget}>
          {t(lang, 'guide.results')}
        </Heading>
        {Results ? <Results model={model} level={level + 2} /> : <div class="ghn-results" aria-busy="true" />}
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
                  checked={currentValue(model, question) === choice.value}
                  onChange={() => choose(model, question, choice.value)}
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
