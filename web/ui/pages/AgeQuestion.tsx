import { AGE_BANDS, type AgeBand } from '../../engine/context.ts';
import { chosenAgeBand, chosenSex, SEX_CHOICES, type SexChoice } from '../../app/session-store.ts';
import { useI18n } from '../parts/i18n-context.tsx';
import { ChoiceQuestion } from '../parts/QuestionForm.tsx';

/** The age band of the person the questions are about: one tap, never a date of birth. */
export function AgeQuestion(props: { pageKey: string; backHref: string; onAnswer(band: AgeBand): void }) {
  const { t } = useI18n();
  const chosen = chosenAgeBand();
  return (
    <ChoiceQuestion
      id="age"
      title={t('age.title')}
      hint={t('age.hint')}
      pageKey={props.pageKey}
      backHref={props.backHref}
      options={AGE_BANDS.map((band) => ({ id: band.id, label: t(`age.band.${band.id}`) }))}
      initial={chosen ? [chosen] : []}
      errorMessage={t('question.chooseOne')}
      onAnswer={([band]) => props.onAnswer(band as AgeBand)}
    />
  );
}

/** Sex at birth of the person the questions are about, so the list leaves out what cannot concern them; "other" sees everything. */
export function SexQuestion(props: { pageKey: string; backHref: string; onAnswer(choice: SexChoice): void }) {
  const { t } = useI18n();
  const chosen = chosenSex();
  return (
    <ChoiceQuestion
      id="sex"
      title={t('sex.title')}
      hint={t('sex.hint')}
      pageKey={props.pageKey}
      backHref={props.backHref}
      options={SEX_CHOICES.map((choice) => ({ id: choice, label: t(`sex.choice.${choice}`) }))}
      initial={chosen ? [chosen] : []}
      errorMessage={t('question.chooseOne')}
      onAnswer={([choice]) => props.onAnswer(choice as SexChoice)}
    />
  );
}
