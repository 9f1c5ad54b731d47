/**
 * A tree's clinical spec is what its sources say must be asked, and how urgently at least. These
 * cases hold a small tree against small specs: each broken case must fail and name the spec item
 * and the path of answers that shows it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent, PROJECT_ROOT } from '../../web/build/content-files.ts';
import { checkSpecs, type ModuleFile, type SpecFile } from '../../web/checker/check-specs.ts';
import type { Problem } from '../../web/checker/check-content.ts';
import type { SpecItem, TreeSpec } from '../../web/checker/spec-schema.ts';
import type { Tree } from '../../web/engine/tree-schema.ts';
import { outcome, parseTree } from '../fixtures/inline-tree.ts';

const mini = loadContent(join(PROJECT_ROOT, 'tests', 'fixtures', 'content', 'valid')).trees[0]!.tree;
const SOURCE = { id: 'nhg', name: 'NHG-Standaard Voorbeeld', url: 'https://richtlijnen.nhg.org/standaarden/voorbeeld' };

const item = (fields: Partial<SpecItem>): SpecItem => ({
  id: 'danger',
  kind: 'red-flag',
  description: 'A sign of danger the source names',
  sources: ['nhg'],
  minUrgency: 'U2',
  asks: [{ question: 'q-danger', answers: ['yes'] }],
  ...fields,
});
const spec = (tree: string, items: SpecItem[]): SpecFile => ({
  file: `decision-trees/specs/${tree}.json`,
  spec: { tree, sources: [SOURCE], items } satisfies TreeSpec,
});

function check(trees: Tree[], specs: SpecFile[], modules: ModuleFile[] = []) {
  const problems: Problem[] = [];
  const summary = checkSpecs({ specs, modules, trees: trees.map((tree) => ({ file: `decision-trees/${tree.id}.json`, tree })) }, problems);
  return { summary, messages: problems.map((p) => `${p.file}: ${p.path}: ${p.message}`) };
}

describe('a tree that honours its spec', () => {
  it('passes: danger is asked first and "yes" or "weet ik niet" reaches the urgent line (U2)', () => {
    const { summary, messages } = check([mini], [spec('mini', [item({})])]);
    expect(messages).toEqual([]);
    expect(summary).toMatchObject({ items: 1, traced: 1 });
  });

  it('a number item: 7 days or more needs at least the practice within a day (U4)', () => {
    const days = item({ id: 'long', kind: 'onset-duration', minUrgency: 'U4', asks: [{ question: 'q-days', atLeast: 7 }] });
    expect(check([mini], [spec('mini', [days])]).messages).toEqual([]);
  });
});

describe('a tree that does not honour its spec fails, naming the item and the path', () => {
  it('an alarm sign whose path ends calmer than its minimum', () => {
    const { messages } = check([mini], [spec('mini', [item({ minUrgency: 'U1' })])]);
    expect(messages).toEqual([
      'decision-trees/specs/mini.json: $.items[0]: spec item "danger" ends at o-urgent (U2), calmer than its minimum U1: q-danger=yes (2 paths; the first shown)',
    ]);
  });

  it('an item the tree asks only after a calmer branch: 7 days asked as an alarm would need the question first', () => {
    const daysFirst = item({ id: 'long', minUrgency: 'U2', asks: [{ question: 'q-days', atLeast: 7 }] });
    const { messages } = check([mini], [spec('mini', [daysFirst])]);
    expect(messages[0]).toContain('spec item "long" ends at o-e-consult (U4), calmer than its minimum U2: q-danger=no, q-days=7');
  });

  it('an item no question rules out before a calmer outcome', () => {
    const twoAsks = item({
      id: 'both',
      asks: [
        { question: 'q-days', atLeast: 7 },
        { question: 'q-danger', answers: ['no'] },
      ],
    });
    const { messages } = check([mini], [spec('mini', [twoAsks])]);
    expect(messages[0]).toMatch(/spec item "both" ends at o-e-consult \(U4\), calmer than its minimum U2: q-danger=no, q-days=7/);
  });

  it('an item whose question the tree no longer has', () => {
    const { messages } = check([mini], [spec('mini', [item({ asks: [{ question: 'q-gone', answers: ['yes'] }] })])]);
    expect(messages).toEqual([
      'decision-trees/specs/mini.json: $.items[0].asks[0].question: spec item "danger": "q-gone" is not a question of mini',
    ]);
  });

  it('an answer the question does not have, and an unknown source', () => {
    const { messages } = check([mini], [spec('mini', [item({ sources: ['nice'], asks: [{ question: 'q-danger', answers: ['maybe'] }] })])]);
    expect(messages).toEqual([
      'decision-trees/specs/mini.json: $.items[0].sources[0]: spec item "danger": unknown source "nice" (list it in $.sources)',
      'decision-trees/specs/mini.json: $.items[0].asks[0].answers: spec item "danger": "maybe" is not an answer of "q-danger" (yes, no, unknown)',
    ]);
  });

  it('an item no path ever presents (its answers are never given together)', () => {
    const never = item({
      id: 'never',
      asks: [
        { question: 'q-danger', answers: ['yes'] },
        { question: 'q-days', atLeast: 7 },
      ],
    });
    expect(check([mini], [spec('mini', [never])]).messages).toEqual([
      'decision-trees/specs/mini.json: $.items[0]: spec item "never" is never asked: no path answers its asks that way',
    ]);
  });

  it('a complaint or shared tree without a spec', () => {
    const complaint = { ...mini, id: 'buik', kind: 'complaint' as const };
    expect(check([complaint], []).messages).toEqual([
      'decision-trees/buik.json: $: a complaint tree needs a clinical spec: decision-trees/specs/buik.json',
    ]);
  });
});

describe('questions of the shared screen that runs first', () => {
  const screen = parseTree(
    {
      'q-life': {
        type: 'question',
        input: 'choice',
        redFlag: true,
        text: 'q-life.text',
        options: 'yes-no-unknown',
        next: { rules: [{ when: { in: [{ var: 'answers.q-life' }, ['yes', 'unknown']] }, goto: 'o-112' }], otherwise: 'go-on' },
      },
      'o-112': outcome('U1', 'emergency-112'),
      'go-on': { type: 'continue' },
    },
    { id: 'screen', kind: 'shared' },
  );
  const withScreen = { ...mini, preamble: ['screen'] };
  const life = item({ id: 'life', minUrgency: 'U1', asks: [{ question: 'screen:q-life', answers: ['yes'] }] });

  it('count as asked in the tree after it, and are proven on the screen itself', () => {
    const { summary, messages } = check(
      [screen, withScreen],
      [spec('mini', [life]), spec('screen', [{ ...life, asks: [{ question: 'q-life', answers: ['yes'] }] }])],
    );
    expect(messages).toEqual([]);
    expect(summary).toMatchObject({ shared: 1, traced: 2, items: 2 });
  });

  it('a screen that lets the person through on "yes" fails in the tree that relies on it', () => {
    const leaky = structuredClone(screen);
    const question = leaky.nodes['q-life']!;
    if (question.type === 'question') question.next = { otherwise: 'go-on' };
    leaky.nodes['o-112'] = outcome('U1', 'emergency-112') as never;
    const { messages } = check([leaky, withScreen], [spec('mini', [life])]);
    expect(messages).toContain(
      'decision-trees/specs/mini.json: $.items[0]: spec item "life" ends at o-urgent (U2), calmer than its minimum U1: screen:q-life=yes, q-danger=yes (16 paths; the first shown)',
    );
  });
});

describe('shared risk modules: the same situation, the same urgency in every tree', () => {
  const module: ModuleFile = {
    file: 'decision-trees/specs/modules/danger.json',
    module: { id: 'danger', kind: 'red-flag', description: 'A sign of danger many trees meet', sources: [SOURCE], minUrgency: 'U2' },
  };
  const calmer = structuredClone({ ...mini, id: 'other' });
  const calmerUrgent = calmer.nodes['o-urgent']!;
  if (calmerUrgent.type === 'outcome') Object.assign(calmerUrgent, { urgency: 'U1', channel: 'emergency-112' });

  it('a tree item keeps the module minimum', () => {
    const { messages } = check([mini], [spec('mini', [item({ module: 'danger', minUrgency: 'U3' })])], [module]);
    expect(messages).toContain(
      'decision-trees/specs/mini.json: $.items[0].minUrgency: spec item "danger" uses module "danger", whose minimum is U2',
    );
  });

  it('two trees that end the same situation at different levels both fail', () => {
    const specs = [spec('mini', [item({ module: 'danger' })]), spec('other', [item({ module: 'danger' })])];
    const { messages } = check([mini, calmer], specs, [module]);
    expect(messages).toEqual([
      'decision-trees/specs/mini.json: $.items: module "danger" must end at the same least urgent level in every tree: mini U2, other U1',
      'decision-trees/specs/other.json: $.items: module "danger" must end at the same least urgent level in every tree: mini U2, other U1',
    ]);
  });
});
