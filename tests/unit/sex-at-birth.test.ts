/**
 * Sex at birth, said once before the complaint list, spares people questions that cannot concern
 * them: a man is never asked whether he could be pregnant, a woman never about her testicles. A
 * person who said "anders" or nothing ("unknown", also after a link from outside) is asked all.
 */
import { describe, expect, it } from 'vitest';
import { walkTree } from '../../web/checker/tree-paths.ts';
import { content } from './harness.ts';

/** Which questions some path asks, for people of this sex at birth. */
function askedFor(treeId: string, sex: string): Set<string> {
  const asked = new Set<string>();
  walkTree(content.planned.get(treeId)!.tree, {
    onPath: (path) => {
      if (path.context.sex === sex) for (const step of path.steps) asked.add(step.node);
    },
  });
  return asked;
}

const PREGNANCY = [
  'bloeddruk',
  'buikpijn-volwassene',
  'dik-pijnlijk-been',
  'flauwvallen',
  'gordelroos',
  'hoofdpijn',
  'huiduitslag',
  'jeuk',
];

describe('questions that concern one sex only', () => {
  it.each(PREGNANCY.filter((id) => id !== 'buikpijn-volwassene'))(
    '%s: "could you be pregnant?" for women and for "unknown", never for men',
    (treeId) => {
      expect(askedFor(treeId, 'male').has('q-pregnant')).toBe(false);
      expect(askedFor(treeId, 'female').has('q-pregnant')).toBe(true);
      expect(askedFor(treeId, 'unknown').has('q-pregnant')).toBe(true);
    },
  );

  it('stomach ache: a woman is not asked about her testicles; a man and "unknown" are', () => {
    expect(askedFor('buikpijn-volwassene', 'female').has('q-testicle')).toBe(false);
    expect(askedFor('buikpijn-volwassene', 'male').has('q-testicle')).toBe(true);
    expect(askedFor('buikpijn-volwassene', 'unknown').has('q-testicle')).toBe(true);
  });
});
