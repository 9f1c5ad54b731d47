import { useState } from 'preact/hooks';
import type { Current } from '../engine/session.ts';
import { optionsOf } from '../engine/tree-schema.ts';
import type { Progress } from '../engine/progress.ts';
import { useI18n, useTreeText } from './i18n-context.tsx';
import { RichText } from './RichText.tsx';
import { onLinkClick } from './router.ts';
import { usePageFocus } from './use-page-focus.ts';

type QuestionStep = Extract<Current, { kind: 'question' }>;

/** Dutch people write 38,5; accept both separators. */
export function parseNumber(text: string): number | undefined {
  const normal = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

/**
 * One question per page (GOV.UK / NHS pattern): the h1 is the legend, the hint and any error
 * are tied to the fieldset, and a failed submit shows an error summary that takes focus.
 */
export function QuestionPage(props: {
  step: QuestionStep;
  pageKey: string;
  progress: Progress;
  backHref: string;
  onAnswer(value: string | number): void;
}) {
  const { step, progress } = props;
  const { t } = useI18n();
  const tt = useTreeText(step.tree.tree.id);
  const question = step.node;
  const previous = step.answer;
  const [choice, setChoice] = useState<string | undefined>(typeof previous === 'string' ? previous : undefined);
  const [text, setText] = useState(typeof previous === 'number' ? String(previous) : '');
  const [error, setError] = useState<string | undefined>();
  const title = tt(question.text);
  const heading = usePageFocus(error ? `${t('question.errorTitle')}: ${title}` : title, props.pageKey, Boolean(error));

  const inputId = `answer-${step.nodeId}`;
  const hintId = question.hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const progressText =
    progress.atMost > progress.current
      ? t('question.progressMax', { current: progress.current, total: progress.atMost })
      : t('question.progress', { current: progress.current });

  function submit(event: Event) {
    event.preventDefault();
    if (question.input === 'choice') {
      if (!choice) return fail(t('question.chooseOne'));
      return props.onAnswer(choice);
    }
    const value = parseNumber(text);
    if (value === undefined) return fail(t('question.enterNumber'));
    if (value < question.min || value > question.max) return fail(t('question.numberRange', { min: question.min, max: question.max }));
    props.onAnswer(value);
  }
  function fail(message: string) {
    setError(message);
    // After Preact renders the summary: focus it, as GOV.UK does, so the problem is read out.
    requestAnimationFrame(() => document.getElementById('error-summary')?.focus());
  }

  return (
    <>
      <a class="back-link" href={props.backHref} onClick={onLinkClick}>
        {t('nav.back')}
      </a>
      {error && (
        <div id="error-summary" class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('question.errorSummary')}</h2>
          <ul>
            <li>
              <a href={`#${question.input === 'choice' ? `${inputId}-0` : inputId}`}>{error}</a>
            </li>
          </ul>
        </div>
      )}
      <p class="progress">{progressText}</p>
      <form class="question" onSubmit={submit} noValidate>
        {question.input === 'choice' ? (
          <fieldset class={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
            <legend>
              <h1 ref={heading} tabIndex={-1}>
                {title}
              </h1>
            </legend>
            {question.hint && <RichText id={hintId} class="hint" text={tt(question.hint)} />}
            {error && (
              <p id={errorId} class="error-message">
                <span class="visually-hidden">{t('question.errorTitle')}:</span> {error}
              </p>
            )}
            <div class="radios">
              {optionsOf(question).map((option, i) => (
                <div class="radio" key={option.id}>
                  <input
                    class="radio__input"
                    id={`${inputId}-${i}`}
                    type="radio"
                    name={inputId}
                    value={option.id}
                    checked={choice === option.id}
                    aria-describedby={option.hint ? `${inputId}-${i}-hint` : undefined}
                    onChange={() => setChoice(option.id)}
                  />
                  <label class="radio__label" for={`${inputId}-${i}`}>
                    {tt(option.label)}
                  </label>
                  {option.hint && (
                    <p id={`${inputId}-${i}-hint`} class="radio__hint">
                      {tt(option.hint)}
                    </p>
                  )}
                </div>
              ))}
            </div>
          </fieldset>
        ) : (
          <div class={error ? 'field field--error' : 'field'}>
            <h1 ref={heading} tabIndex={-1} class="label-heading">
              <label for={inputId}>{title}</label>
            </h1>
            {question.hint && <RichText id={hintId} class="hint" text={tt(question.hint)} />}
            {error && (
              <p id={errorId} class="error-message">
                <span class="visually-hidden">{t('question.errorTitle')}:</span> {error}
              </p>
            )}
            <div class="number">
              <input
                class="number__input"
                id={inputId}
                name={inputId}
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellcheck={false}
                value={text}
                aria-describedby={describedBy}
                aria-invalid={error ? 'true' : undefined}
                onInput={(event) => setText((event.target as HTMLInputElement).value)}
              />
              {question.unit && <span class="number__unit">{tt(question.unit)}</span>}
            </div>
          </div>
        )}
        {question.explanation && (
          <details class="details">
            <summary>{t('question.why')}</summary>
            <RichText text={tt(question.explanation)} />
          </details>
        )}
        <button class="button" type="submit">
          {t('nav.continue')}
        </button>
      </form>
    </>
  );
}
