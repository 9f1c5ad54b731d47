import { isRequest, offeredTo } from '../../app/complaint-search.ts';
import { chosenAgeBand, chosenSex } from '../../app/session-store.ts';
import { TREE_SEPARATOR } from '../../engine/plan.ts';
import { BODY_AREAS } from '../../engine/tree-model.ts';
import { useI18n } from '../parts/i18n-context.tsx';
import { ChoiceQuestion } from '../parts/QuestionForm.tsx';
import { useComplaintIndex } from '../parts/use-complaint-index.ts';
import { useHref, useNavigation } from '../parts/navigation-context.tsx';

/** "I have more than one complaint": tick them all; the triage runs each, the most urgent wins. */
export function MultiplePage() {
  const hrefFor = useHref();
  const navigation = useNavigation();
  const { t, language } = useI18n();
  const index = useComplaintIndex();
  if (!index) return null;
  const band = chosenAgeBand()!;
  const sex = chosenSex();
  const entries = offeredTo(index, band, sex).filter((entry) => !isRequest(entry));
  const title = (id: string) => entries.find((entry) => entry.id === id)!.title[language.code] ?? id;
  const groups = BODY_AREAS.map((area) => ({
    title: t(`content:bodyArea.${area}`),
    optionIds: entries
      .filter((entry) => entry.bodyArea === area)
      .map((entry) => entry.id)
      .sort((a, b) => title(a).localeCompare(title(b), language.code)),
  })).filter((group) => group.optionIds.length > 0);
  return (
    <ChoiceQuestion
      id="complaints"
      multiple
      title={t('multiple.title')}
      hint={t('multiple.hint')}
      pageKey="multiple"
      backHref={hrefFor('/complaints')}
      options={entries.map((entry) => ({ id: entry.id, label: title(entry.id) }))}
      groups={groups}
      errorMessage={t('multiple.chooseOne')}
      // In the order of the list, so the questions come in the order the person saw.
      onAnswer={(chosen) =>
        navigation.go(
          hrefFor(
            `/triage/${groups
              .flatMap((g) => g.optionIds)
              .filter((id) => chosen.includes(id))
              .join(TREE_SEPARATOR)}`,
          ),
        )
      }
    />
  );
}
