import { useMemo } from 'preact/hooks';
import { progressOf } from '../../engine/progress.ts';
import { current, outcomeOf } from '../../engine/session.ts';
import { AgeQuestion } from './AgeQuestion.tsx';
import { InfoPage } from './InfoPage.tsx';
import { Loading } from '../parts/Loading.tsx';
import { lazyPage } from '../parts/lazy-page.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { useTreeTexts } from '../parts/use-tree-texts.ts';
import { useTriage } from './use-triage.ts';

/** The outcome page (actions, links, handover) loads when the first outcome is reached. */
const OutcomePage = lazyPage(() => import('./OutcomePage.tsx').then((m) => m.OutcomePage), ['content']);

/**
 * Runs one triage for one person: renders what the triage controller (web/app/triage.ts) shows
 * and hands it the person's answers. The controller keeps the session and the address in step.
 */
export function TriagePage({ treeIds }: { treeIds: string }) {
  const [triage, state] = useTriage(treeIds);
  const plan = state.kind === 'age' || state.kind === 'step' ? state.plan : undefined;
  const textsReady = useTreeTexts(useMemo(() => plan?.map((p) => p.tree.id) ?? [], [plan]));

  if (state.kind === 'failed') throw state.error;
  // Fetch the outcome page (code and texts) behind the questions, so the advice shows at once.
  if (plan) OutcomePage.preload().catch(() => undefined);
  if (state.kind === 'age') return <AgeQuestion pageKey={`${treeIds}/age`} backHref={triage.backHref()} onAnswer={triage.chooseAge} />;
  if (state.kind !== 'step' || !textsReady) return <Loading />;

  const { session } = state;
  const here = current(session);
  const pageKey = `${treeIds}/${session.steps.length}`;
  const backHref = triage.backHref();
  switch (here.kind) {
    case 'question':
      return (
        <QuestionPage
          key={pageKey}
          step={here}
          pageKey={pageKey}
          progress={progressOf(session)}
          backHref={backHref}
          onAnswer={triage.answer}
        />
      );
    case 'info':
      return <InfoPage key={pageKey} step={here} pageKey={pageKey} backHref={backHref} onContinue={() => triage.answer('continue')} />;
    case 'outcome':
      return (
        <OutcomePage
          key={pageKey}
          session={session}
          reached={outcomeOf(session)!}
          pageKey={pageKey}
          backHref={backHref}
          onRestart={triage.restart}
        />
      );
  }
}
