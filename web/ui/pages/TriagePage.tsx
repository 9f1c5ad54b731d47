import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadPlan } from '../../app/content.ts';
import { activeSession, chooseAgeBand, chosenAgeBand, clearSession, saveSession } from '../../app/session-store.ts';
import { AGE_BANDS, momentOf } from '../../engine/context.ts';
import { progressOf } from '../../engine/progress.ts';
import { answer, back, current, outcomeOf, requiredContext, startSession, type Session } from '../../engine/session.ts';
import type { PlannedTree } from '../../engine/session.ts';
import { AgeQuestion } from './AgeQuestion.tsx';
import { InfoPage } from './InfoPage.tsx';
import { Loading } from '../parts/Loading.tsx';
import { lazyPage } from '../parts/lazy-page.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { hrefFor, navigate } from '../../navigation/router.ts';
import { useTreeTexts } from '../parts/use-tree-texts.ts';

/** The outcome page (actions, links, handover) loads when the first outcome is reached. */
const OutcomePage = lazyPage(() => import('./OutcomePage.tsx').then((m) => m.OutcomePage), ['content']);

const stepHref = (treeId: string, step: number) => hrefFor(`/triage/${treeId}/${step}`);

/**
 * Runs one tree for one person. The address holds only the step number; the session (in
 * memory) holds the answers. Browser Back to step n goes back in the session to step n.
 */
export function TriagePage({ treeId, step }: { treeId: string; step: number | undefined }) {
  const [plan, setPlan] = useState<PlannedTree[] | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const [session, setSession] = useState<Session | undefined>(() => activeSession(treeId));
  const [ageBand, setAgeBand] = useState(chosenAgeBand);
  // A session already under way (e.g. continued after a reload) carries its age in its context.
  const needsAge = plan !== undefined && session === undefined && requiredContext(plan).includes('context.age') && ageBand === undefined;
  const textsReady = useTreeTexts(useMemo(() => plan?.map((p) => p.tree.id) ?? [], [plan]));

  useEffect(() => {
    let live = true;
    loadPlan(treeId).then(
      (loaded) => {
        if (live) setPlan(loaded);
        // Fetch the outcome page (code and texts) behind the questions, so the advice shows at once.
        OutcomePage.preload().catch(() => undefined);
      },
      (error: Error) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [treeId]);

  // Keep session and address in step: start when there is none, follow Back, refuse a Forward past the end.
  useEffect(() => {
    if (!plan || needsAge) return;
    let here = session ?? activeSession(treeId);
    if (!here || step === undefined) {
      const age = AGE_BANDS.find((band) => band.id === ageBand)?.value;
      const started = startSession(plan, { ...(age === undefined ? {} : { age }), moment: momentOf(new Date()) });
      if (!started.ok) return setFailure(new Error(started.error));
      here = started.value;
    }
    while (step !== undefined && step < here.steps.length && here.steps.length > 1) here = back(here);
    if (here !== session) {
      saveSession(treeId, here);
      setSession(here);
    }
    if (step !== here.steps.length) navigate(stepHref(treeId, here.steps.length), { replace: true });
  }, [plan, step, treeId, needsAge]); // deps: session changes are made here or by answering

  if (failure) throw failure;
  const entryHref = hrefFor(plan?.at(-1)?.tree.kind === 'complaint' ? '/complaints' : '/');
  // A tree that reads the age asks for it first (e.g. when opened from a link).
  if (needsAge) {
    return (
      <AgeQuestion
        pageKey={`${treeId}/age`}
        backHref={entryHref}
        onAnswer={(band) => {
          chooseAgeBand(band);
          setAgeBand(band);
        }}
      />
    );
  }
  if (!session || !textsReady || step !== session.steps.length) return <Loading />;

  const here = current(session);
  const pageKey = `${treeId}/${session.steps.length}`;
  const previousHref = session.steps.length > 1 ? stepHref(treeId, back(session).steps.length) : entryHref;
  const onAnswer = (value: string | number) => {
    const next = answer(session, value);
    if (!next.ok) return setFailure(new Error(next.error));
    saveSession(treeId, next.value);
    setSession(next.value);
    navigate(stepHref(treeId, next.value.steps.length));
  };

  switch (here.kind) {
    case 'question':
      return (
        <QuestionPage
          key={pageKey}
          step={here}
          pageKey={pageKey}
          progress={progressOf(session)}
          backHref={previousHref}
          onAnswer={onAnswer}
        />
      );
    case 'info':
      return <InfoPage key={pageKey} step={here} pageKey={pageKey} backHref={previousHref} onContinue={() => onAnswer('continue')} />;
    case 'outcome':
      return (
        <OutcomePage
          key={pageKey}
          session={session}
          reached={outcomeOf(session)!}
          pageKey={pageKey}
          backHref={previousHref}
          onRestart={clearSession}
        />
      );
  }
}
