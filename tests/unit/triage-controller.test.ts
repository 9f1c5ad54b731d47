/**
 * The triage controller owns the session; the navigation is its projection, and names only the
 * step (/vragen/<n>): which trees run is the session's. Plain TypeScript, no components: a step is
 * an answer, Back is the navigation's, a Forward past the end is refused.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../web/build/content-files.ts';
import { chooseAgeBand, chooseSex, chooseTrees, chosenTrees, clearSession } from '../../web/app/session-store.ts';
import { createTriage, type Triage } from '../../web/app/triage.ts';
import { planFor } from '../../web/engine/plan.ts';
import { current } from '../../web/engine/session.ts';
import { memoryNavigation } from '../../web/navigation/memory-navigation.ts';

const content = loadContent();
const loadPlan = async (treeIds: string) => {
  const plan = planFor(treeIds, (id) => content.planned.get(id));
  if (!plan.ok) throw new Error(plan.error);
  return plan.value;
};
const now = () => new Date('2026-11-24T10:00:00+01:00');

/** Start a triage of these trees at an address and wait until it has settled. */
async function startAt(address: string, treeIds: string) {
  chooseTrees(treeIds);
  const navigation = memoryNavigation(address);
  const triage = createTriage(treeIds, navigation, { loadPlan, now });
  triage.start();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { navigation, triage };
}

const question = (triage: Triage) => {
  const state = triage.state();
  return state.kind === 'step' ? current(state.session).nodeId : state.kind;
};

beforeEach(() => clearSession());

describe('the triage controller', () => {
  it('starts at step 1 of an address without a step, and writes that step (and no tree) into the address', async () => {
    const { navigation, triage } = await startAt('/vragen?lang=en', 'helpdesk-digitale-zorg');
    expect(question(triage)).toBe('q-patient');
    expect(navigation.location().path).toBe('/vragen/1');
    expect(navigation.location().query.get('lang')).toBe('en');
  });

  it('an answer is a new step and a new address; the navigation’s Back goes back in the session', async () => {
    const { navigation, triage } = await startAt('/vragen', 'helpdesk-digitale-zorg');
    triage.answer('yes');
    expect(question(triage)).toBe('q-medical');
    expect(navigation.location().path).toBe('/vragen/2');
    navigation.back();
    expect(question(triage)).toBe('q-patient');
    expect(triage.backHref()).toBe('/');
  });

  it('refuses a Forward past the last answered step, and corrects the address', async () => {
    const { navigation, triage } = await startAt('/vragen', 'helpdesk-digitale-zorg');
    navigation.go('/vragen/5');
    expect(question(triage)).toBe('q-patient');
    expect(navigation.location().path).toBe('/vragen/1');
  });

  it('asks the age first when the tree reads it, then starts with it', async () => {
    const { triage } = await startAt('/vragen', 'keelpijn');
    expect(triage.state().kind).toBe('age');
    expect(triage.backHref()).toBe('/complaints');
    triage.chooseAge('4-to-12-years');
    const state = triage.state();
    expect(state.kind === 'step' && state.session.context.age).toBe(4);
  });

  it('leaves the navigation alone once the person has moved on to another page', async () => {
    chooseAgeBand('18-to-65-years');
    const { navigation, triage } = await startAt('/vragen', 'helpdesk-digitale-zorg');
    navigation.go('/about');
    triage.stop();
    expect(navigation.location().path).toBe('/about');
  });

  it('leaves the navigation alone once another triage has started on it', async () => {
    const { navigation, triage } = await startAt('/vragen', 'helpdesk-digitale-zorg');
    chooseTrees('keelpijn');
    navigation.go('/vragen/3');
    expect(navigation.location().path).toBe('/vragen/3');
    expect(question(triage)).toBe('q-patient');
  });
});

describe('the right tree for the age', () => {
  /** Start, and wait until the plan of the trees it gives way to has loaded too. */
  async function startFor(treeIds: string) {
    const started = await startAt('/vragen', treeIds);
    await new Promise((resolve) => setTimeout(resolve, 0));
    return started;
  }

  it('a link into the adults’ stomach-ache tree for a baby of 2 months runs the children’s tree, never the adults’', async () => {
    chooseAgeBand('1-to-3-months');
    const { navigation, triage } = await startFor('buikpijn-volwassene');
    expect(chosenTrees()).toBe('buikpijn-kind');
    const state = triage.state();
    expect(state.kind === 'step' && state.plan.at(-1)!.tree.id).toBe('buikpijn-kind');
    // The address names no tree, so it stays the first step's.
    expect(navigation.location().path).toBe('/vragen/1');
  });

  it('a 30-year-old’s link into the children’s fever tree runs the adults’', async () => {
    chooseAgeBand('18-to-65-years');
    await startFor('koorts-kind');
    expect(chosenTrees()).toBe('koorts-volwassene');
  });

  it('a tree with no version for a newborn gives way to the generic tree, written for every age', async () => {
    chooseAgeBand('under-1-month');
    await startFor('rugpijn');
    expect(chosenTrees()).toBe('overige-klacht');
  });

  it('without a chosen age, a complaint tree asks for it first, even one that never reads it; the answer then decides the tree', async () => {
    const { triage } = await startFor('rugpijn');
    expect(triage.state().kind).toBe('age');
    triage.chooseAge('3-to-12-months');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(chosenTrees()).toBe('overige-klacht');
  });

  it('a tree that fits the age runs as it is', async () => {
    chooseAgeBand('4-to-12-years');
    const { navigation, triage } = await startFor('buikpijn-kind');
    expect(question(triage)).toBe('q-breathing');
    expect(chosenTrees()).toBe('buikpijn-kind');
    expect(navigation.location().path).toBe('/vragen/1');
  });
});

describe('sex at birth in the session', () => {
  const sexOf = (triage: Triage) => {
    const state = triage.state();
    return state.kind === 'step' ? state.session.context.sex : state.kind;
  };

  it('is what the person said before the list, and "unknown" for "anders" or when nothing was said (a link from outside)', async () => {
    chooseSex('male');
    expect(sexOf((await startAt('/vragen', 'helpdesk-digitale-zorg')).triage)).toBe('male');
    chooseSex('other');
    expect(sexOf((await startAt('/vragen', 'helpdesk-digitale-zorg')).triage)).toBe('unknown');
    chooseSex(undefined);
    expect(sexOf((await startAt('/vragen', 'helpdesk-digitale-zorg')).triage)).toBe('unknown');
  });
});
