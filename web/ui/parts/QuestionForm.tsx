import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useI18n } from './i18n-context.tsx';
import { RichText } from './RichText.tsx';
import { usePageFocus } from './use-page-focus.ts';
import { PageTop } from './PageTop.tsx';
import type { AnswerOnScreen, QuestionOnScreen } from './reading-order.ts';

export interface ChoiceOption extends AnswerOnScreen {
  readonly id: string;
}

interface FrameProps {
  readonly id: string;
  readonly title: string;
  readonly hint?: string;
  readonly explanation?: string;
  readonly progress?: string;
  readonly pageKey: string;
  readonly backHref?: string;
}

/**
 * The GOV.UK / NHS question page, for every question the app asks: one question per page, the
 * h1 as the legend (or label), hint and error tied to the field, and an error summary that takes
 * focus when "Verder" is pressed without a valid answer. `validate` returns an error or nothing.
 */
function QuestionFrame(
  props: FrameProps & {
    readonly error: string | undefined;
    readonly firstInputId: string;
    readonly onSubmit: () => void;
    readonly legend: boolean;
    /** The answers as "Lees voor" reads them after the heading and hint. */
    readonly answers: QuestionOnScreen['groups'];
    readonly children: ComponentChildren;
  },
) {
  const { t } = useI18n();
  const heading = usePageFocus(
    props.error ? `${t('question.errorTitle')}: ${props.title}` : props.title,
    props.pageKey,
    Boolean(props.error),
  );
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const h1 = (
    <h1 ref={heading} tabIndex={-1} class={props.legend ? undefined : 'label-heading'}>
      {props.legend ? props.title : <label for={props.firstInputId}>{props.title}</label>}
    </h1>
  );
  const body = (
    <>
      {props.hint && <RichText id={hintId} class="hint" text={props.hint} />}
      {props.error && (
        <p id={errorId} class="error-message">
          <span class="visually-hidden">{t('question.errorTitle')}:</span> {props.error}
        </p>
      )}
      {props.children}
    </>
  );
  return (
    <>
      <PageTop backHref={props.backHref} screen={{ kind: 'question', title: props.title, hint: props.hint, groups: props.answers }} />
      {props.error && (
        <div id="error-summary" class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
          <h2 id="error-summary-title">{t('question.errorSummary')}</h2>
          <ul>
            <li>
              <a href={`#${props.firstInputId}`}>{props.error}</a>
            </li>
          </ul>
        </div>
      )}
      {props.progress && <p class="progress">{props.progress}</p>}
      <form
        class="question"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.legend ? (
          <fieldset class={props.error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
            <legend>{h1}</legend>
            {body}
          </fieldset>
        ) : (
          <div class={props.error ? 'field field--error' : 'field'}>
            {h1}
            {body}
          </div>
        )}
        {props.explanation && (
          <details class="details">
            <summary>{t('question.why')}</summary>
            <RichText text={props.explanation} />
          </details>
        )}
        <button class="button" type="submit">
          {t('nav.continue')}
        </button>
      </form>
    </>
  );
}

/** Focus the error summary once Preact has drawn it, so it is read out first. */
function useError(): [string | undefined, (message: string | undefined) => void] {
  const [error, setError] = useState<string | undefined>();
  return [
    error,
    (message) => {
      setError(message);
      if (message) requestAnimationFrame(() => document.getElementById('error-summary')?.focus());
    },
  ];
}

/** One answer from a list (radios), or several (checkboxes) with `multiple`. */
export function ChoiceQuestion(
  props: FrameProps & {
    readonly options: readonly ChoiceOption[];
    readonly groups?: readonly { readonly title: string; readonly optionIds: readonly string[] }[];
    readonly multiple?: boolean;
    readonly initial?: readonly string[];
    readonly errorMessage: string;
    readonly onAnswer: (chosen: string[]) => void;
  },
) {
  const [chosen, setChosen] = useState<string[]>([...(props.initial ?? [])]);
  const [error, setError] = useError();
  const type = props.multiple ? 'checkbox' : 'radio';
  const inputId = (optionId: string) => `${props.id}-${optionId}`;
  const toggle = (optionId: string) =>
    setChosen((now) => (props.multiple ? (now.includes(optionId) ? now.filter((c) => c !== optionId) : [...now, optionId]) : [optionId]));
  const input = (option: ChoiceOption) => (
    <div class={type} key={option.id}>
      <input
        class={`${type}__input`}
        id={inputId(option.id)}
        type={type}
        name={props.id}
        value={option.id}
        checked={chosen.includes(option.id)}
        aria-describedby={option.hint ? `${inputId(option.id)}-hint` : undefined}
        onChange={() => toggle(option.id)}
      />
      <label class={`${type}__label`} for={inputId(option.id)}>
        {option.label}
      </label>
      {option.hint && (
        <p id={`${inputId(option.id)}-hint`} class={`${type}__hint`}>
          {option.hint}
        </p>
      )}
    </div>
  );
  const byId = new Map(props.options.map((option) => [option.id, option]));
  const groups = props.groups?.map((group) => ({ title: group.title, answers: group.optionIds.map((optionId) => byId.get(optionId)!) }));
  return (
    <QuestionFrame
      {...props}
      legend
      error={error}
      answers={groups ?? [{ answers: props.options }]}
      firstInputId={inputId(props.options[0]!.id)}
      onSubmit={() => (chosen.length === 0 ? setError(props.errorMessage) : props.onAnswer(chosen))}
    >
      {groups ? (
        groups.map((group) => (
          <div class="choice-group" key={group.title}>
            <h2 class="choice-group__title">{group.title}</h2>
            <div class={`${type}s`}>{group.answers.map(input)}</div>
          </div>
        ))
      ) : (
        <div class={`${type}s`}>{props.options.map(input)}</div>
      )}
    </QuestionFrame>
  );
}

/** Dutch people write 38,5; accept both separators. */
export function parseNumber(text: string): number | undefined {
  const normal = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : undefined;
}

export function NumberQuestion(
  props: FrameProps & {
    readonly min: number;
    readonly max: number;
    readonly unit?: string;
    readonly initial?: number;
    /** The label of "weet ik niet / niet gemeten", when the question offers it. */
    readonly unknownLabel?: string;
    readonly onAnswer: (value: number | 'unknown') => void;
  },
) {
  const { t } = useI18n();
  const [text, setText] = useState(props.initial === undefined ? '' : String(props.initial));
  const [error, setError] = useError();
  const inputId = `${props.id}-input`;
  const unitId = props.unit ? `${props.id}-unit` : undefined;
  // The unit ("mmol/l", "dagen") is part of what to type: a screen reader says it with the field.
  const describedBy =
    [unitId, props.hint ? `${props.id}-hint` : undefined, error ? `${props.id}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const submit = () => {
    const value = parseNumber(text);
    if (value === undefined) return setError(t('question.enterNumber'));
    if (value < props.min || value > props.max) return setError(t('question.numberRange', { min: props.min, max: props.max }));
    props.onAnswer(value);
  };
  return (
    <QuestionFrame
      {...props}
      legend={false}
      error={error}
      answers={props.unknownLabel ? [{ answers: [{ label: props.unknownLabel }] }] : []}
      firstInputId={inputId}
      onSubmit={submit}
    >
      <div class="number">
        <input
          class="number__input"
          id={inputId}
          name={props.id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-describedby={describedBy}
          aria-invalid={error ? 'true' : undefined}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
        {props.unit && (
          <span id={unitId} class="number__unit">
            {props.unit}
          </span>
        )}
      </div>
      {props.unknownLabel && (
        <button type="button" class="button button--secondary number__unknown" onClick={() => props.onAnswer('unknown')}>
          {props.unknownLabel}
        </button>
      )}
    </QuestionFrame>
  );
}
