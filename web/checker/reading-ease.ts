/**
 * Reading ease of a text: Flesch's formula for English and Douma's adaptation of it for Dutch,
 * 206.835 − a·(words per sentence) − b·(syllables per word). Syllables are the pieces the `hyphen`
 * package's TeX patterns (Dutch; English: en-us) cut a word into. Hyphenation never leaves a
 * single letter at either end ("ade-men", "emer-gency"), so it counts a few syllables short and
 * the ease reads a little high: the figure compares texts and releases, it is not a grade.
 */
import nl from 'hyphen/nl/index.js';
import en from 'hyphen/en/index.js';

export interface Hyphenator {
  hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}

interface Formula {
  readonly hyphenator: Hyphenator;
  readonly perWordInSentence: number;
  readonly perSyllableInWord: number;
}

/** Only the languages listed here get a reading ease; a new language adds its formula here. */
const FORMULAS: Readonly<Record<string, Formula>> = {
  nl: { hyphenator: nl, perWordInSentence: 0.93, perSyllableInWord: 77 },
  en: { hyphenator: en, perWordInSentence: 1.015, perSyllableInWord: 84.6 },
};

const SOFT_HYPHEN = '\u00AD';
// minWordLength 1: the patterns, not the word's length, decide ("ba-by").
const HYPHENATE = { hyphenChar: SOFT_HYPHEN, minWordLength: 1 };
const known = new Map<string, number>();

/** The syllables of a word: the hyphenation pieces of each run of letters ("e-consult": e + con-sult); at least one. */
function countSyllables(language: string, formula: Formula, word: string): number {
  const id = `${language}:${word.toLowerCase()}`;
  let count = known.get(id);
  if (count === undefined) {
    const runs = word.toLowerCase().match(/\p{L}+/gu) ?? [];
    const pieces = runs.map((run) => formula.hyphenator.hyphenateSync(run, HYPHENATE).split(SOFT_HYPHEN).length);
    count = Math.max(
      1,
      pieces.reduce((sum, n) => sum + n, 0),
    );
    known.set(id, count);
  }
  return count;
}

/** The syllables of a word; undefined for a language without a formula. */
export function syllablesOf(language: string, word: string): number | undefined {
  const formula = FORMULAS[language];
  return formula && countSyllables(language, formula, word);
}

/** The reading ease of a text given as its sentences' words; undefined for a language without a formula or a text without words. */
export function readingEase(language: string, sentences: readonly (readonly string[])[]): number | undefined {
  const formula = FORMULAS[language];
  const words = sentences.flat();
  if (!formula || words.length === 0) return undefined;
  const syllables = words.reduce((sum, word) => sum + countSyllables(language, formula, word), 0);
  return 206.835 - formula.perWordInSentence * (words.length / sentences.length) - formula.perSyllableInWord * (syllables / words.length);
}
