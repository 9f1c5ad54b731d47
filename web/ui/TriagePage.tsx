import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadPlan } from '../app/content.ts';
import { activeSession, clearSession, saveSession } from '../app/session-store.ts';
import { momentOf } from '../engine/context.ts';
import { progressOf } from '../engine/progress.ts';
import { answer, back, current, startSession, type Session } from '../engine/session.ts';
import type { PlannedTree } from '../engine/session.ts';
import { InfoPage } from './InfoPage.tsx';
import { OutcomePage } from './OutcomePage.tsx';
import { QuestionPage } from './QuestionPage.tsx';
import { hrefFor, navigate } from './router.ts';
import { useTreeTexts } from './use-tree-texts.ts';

const stepHref = (treeId: string, step: number) => hrefFor(`/triage/${treeId}/${step}`);

/**
 * Runs one tree for one person. The address holds only the step number; the session (in
 * memory) holds the answers. Browser Back to step n goes back in the session to step n.
 */
export function TriagePage({ treeId, step }: { treeId: string; step: number | undefined }) {
  const [plan, setPlan] = useState<PlannedTree[] | undefined>();
  const [failure, setFailure] = useState<Error | undefined>();
  const [session, setSession] = useState<Session | undefined>(() => activeSession(treeId));
  const textsReady = useTreeTexts(useMemo(() => plan?.map((p) => p.tree.id) ?? [], [plan]));

  useEffect(() => {
    let live = true;
    loadPlan(treeId).then(
      (loaded) => live && setPlan(loaded),
      (error: Error) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [treeId]);

  // Keep session and address in step: start when there is none, follow Back, refuse a Forward past the end.
  useEffect(() => {
    if (!plan) return;
    let here = session ?? activeSession(treeId);
    if (!here || step === undefined) {
      const started = startSession(plan, { moment: momentOf(new Date()) });
      if (!started.ok) return setFailure(new Error(started.error));
      here = started.value;
    }
    while (step !== undefined && step < here.steps.length && here.steps.length > 1) here = back(here);
    if (here !== session) {
      saveSession(treeId, here);
      setSession(here);
    }
    if (step !== here.steps.length) navigate(stepHref(treeId, here.steps.length), { replace: true });
  }, [plan, step, treeId]); // deps: session changes are made here or by answering

  if (failure) throw failure;
  if (!session || !textsReady || step !== session.steps.length) return null;

  const here = current(session);
  const pageKey = `${treeId}/${session.steps.length}`;
  const previousHref =
    session.steps.length > 1
      ? stepHref(treeId, session.steps.length - 1)
      : hrefFor(session.plan.at(-1)!.tree.kind === 'complaint' ? '/complaints' : '/');
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
      return <OutcomePage key={pageKey} step={here} pageKey={pageKey} backHref={previousHref} onRestart={clearSession} />;
  }
}
