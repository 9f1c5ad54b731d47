/**
 * One triage for one person, outside the components. It loads the plan, asks for the age when
 * a complaint tree needs it (to read it, or to know it is the right tree for that age; a tree
 * written for another age gives way to its version for that age), starts the session, answers, goes back and keeps the session (session-store).
 * It is the one source of truth: the navigation (an address per step, /vragen/<n>, or a memory)
 * is its projection, and names only the step: which trees run is the session's. A move the
 * navigation makes by itself (the browser's or the embed's Back, a Forward) comes in as a request
 * for a step, and the controller decides which step that shows.
 */
import { AGE_BANDS, audiencesOf, fitsAudience, momentOf, type AgeBand } from '../engine/context.ts';
import { TREE_SEPARATOR } from '../engine/plan.ts';
import { answer as answerSession, back, requiredContext, startSession, type PlannedTree, type Session } from '../engine/session.ts';
import { hrefFrom, type Navigation } from '../navigation/navigation.ts';
import { pageOf, triagePath } from '../navigation/pages.ts';
import { NOT_LISTED_TREE } from './entry-trees.ts';
import { loadPlan } from './tree-loading.ts';
import {
  activeSession,
  chooseAgeBand,
  chosenAgeBand,
  chosenSex,
  chosenTrees,
  chooseTrees,
  clearSession,
  saveSession,
} from './session-store.ts';

export type TriageState =
  | { readonly kind: 'loading' }
  /** The trees read the age and nobody gave it yet (e.g. a link straight into a triage). */
  | { readonly kind: 'age'; readonly plan: readonly PlannedTree[] }
  | { readonly kind: 'step'; readonly plan: readonly PlannedTree[]; readonly session: Session }
  | { readonly kind: 'failed'; readonly error: Error };

export interface Triage {
  state(): TriageState;
  /** Called after every change of state. */
  subscribe(listener: () => void): () => void;
  /** Begin: load the plan and follow the navigation. */
  start(): void;
  /** Stop following the navigation (the page is gone). */
  stop(): void;
  chooseAge(band: AgeBand): void;
  answer(value: string | number): void;
  /** The previous screen's address: the step before, or the page the person came from. */
  backHref(): string;
  /** Start over: nothing of this person stays. */
  restart(): void;
}

export interface TriageDeps {
  readonly loadPlan: (treeIds: string) => Promise<PlannedTree[]>;
  readonly now: () => Date;
}

/**
 * The trees to run for a person of this age: a complaint tree written for another age gives way
 * to its version for this one (a baby's link into the adults' stomach-ache tree runs the
 * children's), or, without one, to the generic tree, which is written for every age.
 */
export function treesForAge(treeIds: string, plan: readonly PlannedTree[], band: AgeBand): string {
  const audiences = audiencesOf(band);
  const fitting = treeIds.split(TREE_SEPARATOR).map((id) => {
    const tree = plan.find((planned) => planned.tree.id === id)?.tree;
    if (!tree || fitsAudience(tree.audience, band)) return id;
    return audiences.map((audience) => tree.insteadFor?.[audience]).find(Boolean) ?? NOT_LISTED_TREE;
  });
  return [...new Set(fitting)].join(TREE_SEPARATOR);
}

/** Whether the plan needs the age: a tree reads it, or a complaint tree is written for some ages only. */
const needsAge = (plan: readonly PlannedTree[]) =>
  requiredContext(plan).includes('context.age') || plan.some(({ tree }) => tree.kind === 'complaint' && tree.audience !== undefined);

export function createTriage(firstTreeIds: string, navigation: Navigation, deps: TriageDeps = { loadPlan, now: () => new Date() }): Triage {
  /** The trees this triage runs: those asked for, unless they give way to their version for the person's age. */
  let treeIds = firstTreeIds;
  let state: TriageState = { kind: 'loading' };
  let plan: PlannedTree[] | undefined;
  let live = false;
  let unfollow = () => {};
  const listeners = new Set<() => void>();
  const set = (next: TriageState) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  const fail = (error: Error) => set({ kind: 'failed', error });
  const href = (path: string) => hrefFrom(navigation.location(), path);
  const stepHref = (session: Session) => href(triagePath(session.steps.length));

  /** The step the address asks for, while these trees are the ones under way; undefined = a fresh start. */
  function requestedStep(): number | undefined | null {
    const page = pageOf(navigation.location().path);
    return page.kind === 'triage' && chosenTrees() === treeIds ? page.step : null;
  }

  function newSession(loaded: PlannedTree[]): Session | undefined {
    const age = AGE_BANDS.find((band) => band.id === chosenAgeBand())?.value;
    // Sex at birth as said before the list; "anders", nothing said, or a link from outside: unknown, so every question is asked.
    const said = chosenSex();
    const sex = said === 'female' || said === 'male' ? said : 'unknown';
    const started = startSession(loaded, { ...(age === undefined ? {} : { age }), sex, moment: momentOf(deps.now()) });
    if (started.ok) return started.value;
    fail(new Error(started.error));
    return undefined;
  }

  /** Show the step the navigation asks for, as far as the session allows; correct the address if needed. */
  function follow() {
    const step = requestedStep();
    if (!live || !plan || step === null || state.kind === 'failed') return;
    const current = state.kind === 'step' ? state.session : activeSession(treeIds);
    // A tree that needs the age asks for it first, unless a session under way already carries it.
    const band = chosenAgeBand();
    if (!current && band === undefined && needsAge(plan)) {
      if (state.kind !== 'age') set({ kind: 'age', plan });
      return;
    }
    // Never the wrong tree for this age: this triage becomes one of the right tree, from its start.
    const fitting = !current && band !== undefined ? treesForAge(treeIds, plan, band) : treeIds;
    if (fitting !== treeIds) return switchTo(fitting);
    // A link without a step starts afresh; Back goes back in the session; a Forward past the end is refused.
    let session = step === undefined || !current ? newSession(plan) : current;
    if (!session) return;
    while (step !== undefined && step < session.steps.length && session.steps.length > 1) session = back(session);
    if (state.kind !== 'step' || session !== state.session) {
      saveSession(treeIds, session);
      set({ kind: 'step', plan, session });
    }
    if (step !== session.steps.length) navigation.go(stepHref(session), { replace: true });
  }

  function load() {
    deps.loadPlan(treeIds).then((loaded) => {
      plan = loaded;
      follow();
    }, fail);
  }

  /** Run other trees at the same address (the address names no tree, so it does not move). */
  function switchTo(others: string) {
    treeIds = others;
    chooseTrees(others);
    plan = undefined;
    set({ kind: 'loading' });
    load();
  }

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      live = true;
      unfollow = navigation.subscribe(follow);
      load();
    },
    stop() {
      live = false;
      unfollow();
    },
    chooseAge(band) {
      chooseAgeBand(band);
      follow();
    },
    answer(value) {
      if (state.kind !== 'step') return;
      const next = answerSession(state.session, value);
      if (!next.ok) return fail(new Error(next.error));
      saveSession(treeIds, next.value);
      set({ kind: 'step', plan: state.plan, session: next.value });
      navigation.go(stepHref(next.value));
    },
    backHref() {
      if (state.kind === 'step' && state.session.steps.length > 1) return stepHref(back(state.session));
      return href(plan?.at(-1)?.tree.kind === 'complaint' ? '/complaints' : '/');
    },
    restart: clearSession,
  };
}
