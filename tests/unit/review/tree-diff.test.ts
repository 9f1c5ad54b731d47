/** What changed between two versions of a tree, on fixture trees in memory (no git). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../web/build/content-files.ts';
import { validate } from '../../../web/engine/schema-errors.ts';
import { TreeSchema, type Tree } from '../../../web/engine/tree-schema.ts';
import { diffTrees } from '../../../web/review/tree-diff.ts';

function fixture(version: string): Tree {
  const raw: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests', 'fixtures', 'review', `hoest-${version}.json`), 'utf8'));
  const parsed = validate(TreeSchema, raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.data;
}

const texts = {
  title: 'Hoesten',
  'q-fever.text': 'Heb je koorts?',
  'q-cough.text': 'Hoest je?',
  'o-today.title': 'Bel vandaag je huisarts',
  'o-today.why': 'De huisarts wil je vandaag spreken.',
  'o-today.safety-net': 'Word je benauwd? Bel dan meteen.',
  'o-next-day.title': 'Maak een afspraak',
  'o-next-day.why': 'De huisarts kijkt morgen.',
  'o-next-day.safety-net': 'Word je zieker? Bel dan eerder.',
  'o-self-care.title': 'Je kunt dit zelf aanpakken',
  'o-self-care.why': 'Dit gaat meestal vanzelf over.',
  'o-self-care.safety-net': 'Gaat het niet over? Bel de huisarts.',
};

describe('diffTrees', () => {
  const before = { tree: fixture('1.0.0'), texts };
  const after = { tree: fixture('1.1.0'), texts };

  it('lists exactly the question whose routing changed and the one path whose outcome moved', () => {
    const diff = diffTrees(before, after);
    expect(diff).toMatchObject({ from: '1.0.0', to: '1.1.0', routing: ['q-cough'] });
    expect(diff.questionsAdded).toEqual([]);
    expect(diff.questionsRemoved).toEqual([]);
    expect(diff.questionsChanged).toEqual([]);
    expect(diff.outcomesChanged).toEqual([]);
    expect(diff.textsChanged).toEqual([]);
    expect(diff.paths).toEqual([
      { path: 'q-fever=no · q-cough=yes', before: { node: 'o-next-day', urgency: 'U4' }, after: { node: 'o-today', urgency: 'U3' } },
    ]);
    // q-fever yes, no and unknown; after "no", q-cough yes or no.
    expect(diff.compared).toBe(4);
  });

  it('finds nothing between a version and itself', () => {
    const diff = diffTrees(after, after);
    expect([diff.routing, diff.paths, diff.questionsChanged, diff.textsChanged]).toEqual([[], [], [], []]);
  });

  it('names a reworded question and its text, without moving any path', () => {
    const reworded = { tree: after.tree, texts: { ...texts, 'q-cough.text': 'Moet je hoesten?' } };
    const diff = diffTrees(after, reworded);
    expect(diff.questionsChanged).toEqual([{ id: 'q-cough', what: ['text'] }]);
    expect(diff.textsChanged).toEqual([{ key: 'q-cough.text', before: 'Hoest je?', after: 'Moet je hoesten?' }]);
    expect(diff.paths).toEqual([]);
  });

  it('names an added question, and compares only the paths the old version can walk', () => {
    const extra = structuredClone(after.tree);
    extra.nodes['q-breath'] = {
      type: 'question',
      input: 'choice',
      text: 'q-breath.text',
      options: 'yes-no',
      next: { rules: [{ when: { '==': [{ var: 'answers.q-breath' }, 'yes'] }, goto: 'o-today' }], otherwise: 'o-self-care' },
    };
    const cough = extra.nodes['q-cough']!;
    if (cough.type === 'question') cough.next.otherwise = 'q-breath';
    const diff = diffTrees(after, { tree: extra, texts: { ...texts, 'q-breath.text': 'Ben je benauwd?' } });
    expect(diff.questionsAdded).toEqual(['q-breath']);
    expect(diff.textsAdded).toEqual(['q-breath.text']);
    expect(diff.routing).toEqual(['q-cough']);
    // q-cough=no now asks q-breath: the old version ended at self-care with the same answers, whatever q-breath says.
    expect(diff.paths).toEqual([
      {
        path: 'q-fever=no · q-cough=no · q-breath=yes',
        before: { node: 'o-self-care', urgency: 'U5' },
        after: { node: 'o-today', urgency: 'U3' },
      },
    ]);
  });
});
