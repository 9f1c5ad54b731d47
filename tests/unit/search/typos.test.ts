/**
 * One typing error never loses a complaint: every word of every tree's and request's vocabulary
 * (4 letters or more: one error in "oor" or "flu" is another word; not the words the search skips,
 * such as "mijn" or "with") is typed wrong once, as a
 * letter left out, two letters swapped, a letter changed or a letter added, and the search must
 * still list the entry it belongs to.
 */
import { describe, expect, it } from 'vitest';
import { isStopWord, normalise, rank } from '../../../web/app/complaint-search.ts';
import { buildManifest } from '../../../web/build/content-plugin.ts';

const { index } = buildManifest();

/** The four kinds of typing error, each at the middle of the word. */
const TYPOS = [
  (word: string, at: number) => word.slice(0, at) + word.slice(at + 1),
  (word: string, at: number) => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
  (word: string, at: number) => word.slice(0, at) + (word[at] === 'e' ? 'a' : 'e') + word.slice(at + 1),
  (word: string, at: number) => word.slice(0, at) + word[at] + word.slice(at),
];

/** Each entry's own words, with the error kind taking turns so every kind is met often. */
function typedWrong(): { id: string; word: string; typed: string }[] {
  const cases: { id: string; word: string; typed: string }[] = [];
  let turn = 0;
  for (const entry of index) {
    const words = new Set(
      [...Object.values(entry.title), ...Object.values(entry.words)]
        .flatMap((text) => normalise(text).split(' '))
        .filter((w) => w.length >= 4 && !isStopWord(w)),
    );
    for (const word of words) {
      const typed = TYPOS[turn++ % TYPOS.length]!(word, Math.floor((word.length - 1) / 2));
      // An error that makes a word the search skips ("huis" → "his") cannot be found: not a case.
      if (typed !== word && !isStopWord(typed)) cases.push({ id: entry.id, word, typed });
    }
  }
  return cases;
}

describe('one typing error', () => {
  const cases = typedWrong();

  it('is tried on thousands of vocabulary words', () => {
    expect(cases.length).toBeGreaterThan(2000);
  });

  it('still finds the entry each word belongs to', () => {
    const lost = cases.filter(({ id, typed }) => !rank(index, typed, 'nl').some(({ entry }) => entry.id === id));
    console.log(`typing errors: ${cases.length - lost.length} of ${cases.length} words still find their entry`);
    expect(lost.map(({ id, word, typed }) => `${id}: "${word}" typed "${typed}"`)).toEqual([]);
  });
});
