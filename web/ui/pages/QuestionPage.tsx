import type { Progress } from '../../engine/progress.ts';
import type { Current } from '../../engine/session.ts';
import { optionsOf } from '../../engine/tree-model.ts';
import { useI18n, useTreeText } from '../parts/i18n-context.tsx';
import { ChoiceQuestion, NumberQuestion } from '../parts/QuestionForm.tsx';

type QuestionStep = Extract<Current, { kind: 'question' }>;

/** A tree's question, in the tree's own words and the chosen voice. */
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
  const frame = {
    id: `answer-${step.nodeId}`,
    title: tt(question.text),
    hint: question.hint && tt(question.hint),
    explanation: question.explanation && tt(question.explanation),
    progress:
      progress.atMost > progress.current
        ? t('question.progressMax', { current: progress.current, total: progress.atMost })
        : t('question.progress', { current: progress.current }),
    pageKey: props.pageKey,
    backHref: props.backHref,
  };
  if (question.input === 'number') {
    return (
      <NumberQuestion
        {...frame}
        min={question.min}
        max={question.max}
        unit={question.unit && tt(question.unit)}
        initial={typeof step.answer === 'number' ? step.answer : undefined}
        unknownLabel={question.unknown && tt(question.unknown)}
        onAnswer={props.onAnswer}
      />
    );
  }
  return (
    <ChoiceQuestion
      {...frame}
      options={optionsOf(question).map((option) => ({ id: option.id, label: tt(option.label), hint: option.hint && tt(option.hint) }))}
      initial={typeof step.answer === 'string' ? [step.answer] : []}
      errorMessage={t('question.chooseOne')}
      onAnswer={([choice]) => props.onAnswer(choice!)}
    />
  );
}
