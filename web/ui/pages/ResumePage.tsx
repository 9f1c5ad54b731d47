import { useMemo } from 'preact/hooks';
import { TREE_SEPARATOR } from '../../engine/plan.ts';
import type { Session } from '../../engine/session.ts';
import { clearSession, restoreSession } from '../../app/session-store.ts';
import { triagePath } from '../../navigation/pages.ts';
import { useI18n } from '../parts/i18n-context.tsx';
import { ChoiceQuestion } from '../parts/QuestionForm.tsx';
import { useTreeTexts } from '../parts/use-tree-texts.ts';
import { useHref, useNavigation } from '../parts/navigation-context.tsx';

/** Asked once after a reload or reopening: go on where you were, or start over (answers deleted). */
export function ResumePage({ treeIds, session, onDone }: { treeIds: string; session: Session; onDone(): void }) {
  const { t } = useI18n();
  const hrefFor = useHref();
  const navigation = useNavigation();
  const ready = useTreeTexts(useMemo(() => session.plan.map((planned) => planned.tree), [session]));
  if (!ready) return null;
  const titles = session.plan
    .filter((planned) => treeIds.split(TREE_SEPARATOR).includes(planned.tree.id))
    .map((planned) => t(planned.tree.title, { ns: planned.tree.id }))
    .join(', ');
  return (
    <ChoiceQuestion
      id="resume"
      title={t('resume.title')}
      hint={t('resume.hint', { titles })}
      pageKey="resume"
      options={[
        { id: 'continue', label: t('resume.continue') },
        { id: 'start-over', label: t('resume.startOver') },
      ]}
      errorMessage={t('question.chooseOne')}
      onAnswer={([choice]) => {
        if (choice === 'continue') {
          restoreSession(treeIds, session);
          navigation.go(hrefFor(triagePath(session.steps.length)), { replace: true });
        } else {
          clearSession();
          navigation.go(hrefFor('/'), { replace: true });
        }
        onDone();
      }}
    />
  );
}
