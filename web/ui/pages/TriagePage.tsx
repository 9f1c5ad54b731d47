import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { isSensitive } from '../../app/sensitive-trees.ts';
import { progressOf } from '../../engine/progress.ts';
import { current, outcomeOf } from '../../engine/session.ts';
import { PersonQuestion } from './PersonQuestion.tsx';
import { InfoPage } from './InfoPage.tsx';
import { Loading } from '../parts/Loading.tsx';
import { lazyPage } from '../parts/lazy-page.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { QuickExit } from '../parts/QuickExit.tsx';
import { useI18n } from '../parts/i18n-context.tsx';
import { PageTitleContext } from '../parts/use-page-focus.ts';
import { useTreeTexts } from '../parts/use-tree-texts.ts';
import { useTriage } from './use-triage.ts';

/** The outcome page (actions, links, handover) loads when the first outcome is reached. */
const OutcomePage = lazyPage(() => import('./OutcomePage.tsx').then((m) => m.OutcomePage), ['content']);

/**
 * Runs one triage for one person: renders what the triage controller (web/app/triage.ts) shows
 * and hands it the person's answers. The controller keeps the session and the address in step.
 * Every step's document title is its number ("Vraag 3 – Wegwijzer") or "Advies", never its
 * words; a sensitive triage has "Snel weg" on every page.
 */
export function TriagePage({ treeIds }: { treeIds: string }) {
  const [triage, state] = useTriage(treeIds);
  const { t } = useI18n();
  const plan = state.kind === 'age' || state.kind === 'step' ? state.plan : undefined;
  const textsReady = useTreeTexts(useMemo(() => plan?.map((p) => p.tree) ?? [], [plan]));
  const sensitive = isSensitive(treeIds);
  const page = (title: string | undefined, children: ComponentChildren) => {
    const titled = title ? (
      <PageTitleContext.Provider value={{ title, errorTitle: `${t('question.errorTitle')}: ${title}` }}>
        {children}
      </PageTitleContext.Provider>
    ) : (
      children
    );
    return sensitive ? (
      <>
        <QuickExit />
        {titled}
      </>
    ) : (
      titled
    );
  };

  if (state.kind === 'failed') throw state.error;
  // Fetch the outcome page (code and texts) behind the questions, so the advice shows at once.
  if (plan) OutcomePage.preload().catch(() => undefined);
  if (state.kind === 'age')
    return page(
      undefined,
      <PersonQuestion about="age" pageKey={`${treeIds}/age`} backHref={triage.backHref()} onAnswer={triage.chooseAge} />,
    );
  if (state.kind !== 'step' || !textsReady) return page(undefined, <Loading />);

  const { session } = state;
  const here = current(session);
  const pageKey = `${treeIds}/${session.steps.length}`;
  const backHref = triage.backHref();
  const progress = progressOf(session);
  const stepTitle = t('pageTitle.step', { number: progress.current, app: t('app.name') });
  switch (here.kind) {
    case 'question':
      return page(
        stepTitle,
        <QuestionPage key={pageKey} step={here} pageKey={pageKey} progress={progress} backHref={backHref} onAnswer={triage.answer} />,
      );
    case 'info':
      return page(
        stepTitle,
        <InfoPage key={pageKey} step={here} pageKey={pageKey} backHref={backHref} onContinue={() => triage.answer('continue')} />,
      );
    case 'outcome':
      return page(
        t('pageTitle.outcome', { app: t('app.name') }),
        <OutcomePage
          key={pageKey}
          session={session}
          reached={outcomeOf(session)!}
          pageKey={pageKey}
          backHref={backHref}
          onRestart={triage.restart}
        />,
      );
  }
}
