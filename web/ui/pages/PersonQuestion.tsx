/**
 * Who the questions are about, asked once before the complaint list: the age band (one tap, never
 * a date of birth), then sex at birth ("anders, of zeg ik liever niet" sees every tree).
 */
import { AGE_BANDS, type AgeBand } from '../../engine/context.ts';
import { chosenAgeBand, chosenSex, SEX_CHOICES, type SexChoice } from '../../app/session-store.ts';
import { useI18n } from '../parts/i18n-context.tsx';
import { ChoiceQuestion } from '../parts/QuestionForm.tsx';

const ABOUT = {
  age: { choices: AGE_BANDS.map((band) => band.id), chosen: chosenAgeBand, label: 'age.band' },
  sex: { choices: SEX_CHOICES, chosen: chosenSex, label: 'sex.choice' },
} as const;
type Answer<About extends keyof typeof ABOUT> = About extends 'age' ? AgeBand : SexChoice;

export function PersonQuestion<About extends keyof typeof ABOUT>(props: {
  about: About;
  pageKey: string;
  backHref: string;
  onAnswer(choice: Answer<About>): void;
}) {
  const { t } = useI18n();
  const { choices, chosen, label } = ABOUT[props.about];
  const current = chosen();
  return (
    <ChoiceQuestion
      id={props.about}
      title={t(`${props.about}.title`)}
      hint={t(`${props.about}.hint`)}
      pageKey={props.pageKey}
      backHref={props.backHref}
      options={choices.map((choice) => ({ id: choice, label: t(`${label}.${choice}`) }))}
      initial={current ? [current] : []}
      errorMessage={t('question.chooseOne')}
      onAnswer={([choice]) => props.onAnswer(choice as Answer<About>)}
    />
  );
}
