/**
 * Finding the right tree, or front-door request, from the words a person types: lay words,
 * synonyms and English words, in any shipped language (an expat may type "stomach ache" in the
 * Dutch app), as people type them: a whole sentence, a word cut short, a word with a typing error,
 * a diminutive or a compound ("buikje", "kniepijn"). Pure: the picker and the simulator's
 * `--search` rank with this same code.
 */
import { fitsAudience, type AgeBand } from '../engine/context.ts';
import type { Audience, BodyArea, Sex } from '../engine/tree-model.ts';
import { NOT_LISTED_TREE } from './entry-trees.ts';

export interface ComplaintEntry {
  /** A tree id, or "request:<id>" for a front-door request. */
  readonly id: string;
  /** Who a tree is for; a request (empty) is for everyone. */
  readonly audience: readonly Audience[];
  /** Only for people of this sex at birth (absent: everyone). */
  readonly sexes?: readonly Sex[];
  /** The tree written for another audience, by audience (a child's stomach ache for the adults' tree). */
  readonly insteadFor?: Readonly<Partial<Record<Audience, string>>>;
  /** Where a tree sits in the list by body area; a request is in no area. */
  readonly bodyArea?: BodyArea;
  /** Language → title. */
  readonly title: Readonly<Record<string, string>>;
  /** Language → comma-separated lay words, the most central first. */
  readonly words: Readonly<Record<string, string>>;
}

export const REQUEST_PREFIX = 'request:';
export const isRequest = (entry: ComplaintEntry) => entry.id.startsWith(REQUEST_PREFIX);

/** Words that say nothing about the complaint, in the languages we ship. */
const STOP_WORDS = new Set(
  (
    'ik je jij mijn m n me mij hij zij ze we wij hem haar zijn ons onze een de het in op van met aan bij voor uit over naar ' +
    'en of als dat die dit er te na nu al ook nog wel niet geen heel erg veel beetje last heb heeft hebben had ben is was ' +
    'kan kun wil moet doe doet wat hoe waarom sinds sind dag dagen week weken gisteren vandaag ' +
    'i me my mine you your he she his her we our it its a an the of in on at to for from with and or is am are was ' +
    'have has had got get been do does did what how why since day days week weeks today yesterday really very bit lot'
  ).split(' '),
);

export const isStopWord = (word: string) => STOP_WORDS.has(word);

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every form one deletion away, and the word itself: two words share one of these when one typing error apart. */
function withDeletions(word: string): string[] {
  const forms = [word];
  for (let i = 0; i < word.length; i++) forms.push(word.slice(0, i) + word.slice(i + 1));
  return forms;
}

/** Words shorter than this get no typing error: one error in "oor" or "flu" makes another word. */
const TYPO_MIN = 4;
/** A word cut short, or one with a diminutive or compound ending, counts from this length. */
const PART_MIN = 4;

interface Prepared {
  readonly entry: ComplaintEntry;
  /** Titles, then lay words in their order: normalised. */
  readonly phrases: readonly string[];
  /** The same phrases written together ("buik pijn" → "buikpijn"). */
  readonly compact: readonly string[];
  /** Each word of the entry, at the position of the first phrase it occurs in. */
  readonly words: ReadonlyMap<string, number>;
}

interface Vocabulary {
  readonly prepared: readonly Prepared[];
  /** Word → how many entries use it (a word every tree uses, like "pijn", tells little). */
  readonly spread: ReadonlyMap<string, number>;
  /** Deletion form → the words it comes from. */
  readonly deletions: ReadonlyMap<string, readonly string[]>;
}

function prepare(entry: ComplaintEntry): Prepared {
  const phrases = [...Object.values(entry.title), ...Object.values(entry.words).flatMap((words) => words.split(','))]
    .map(normalise)
    .filter(Boolean);
  const words = new Map<string, number>();
  phrases.forEach((phrase, position) => {
    for (const word of phrase.split(' ')) if (!words.has(word) && !STOP_WORDS.has(word)) words.set(word, position);
  });
  return { entry, phrases, compact: phrases.map((phrase) => phrase.replaceAll(' ', '')), words };
}

const vocabularies = new WeakMap<readonly ComplaintEntry[], Vocabulary>();

function vocabularyOf(entries: readonly ComplaintEntry[]): Vocabulary {
  const known = vocabularies.get(entries);
  if (known) return known;
  const prepared = entries.map(prepare);
  const spread = new Map<string, number>();
  for (const { words } of prepared) for (const word of words.keys()) spread.set(word, (spread.get(word) ?? 0) + 1);
  const deletions = new Map<string, string[]>();
  for (const word of spread.keys()) {
    if (word.length < TYPO_MIN) continue;
    for (const form of withDeletions(word)) deletions.set(form, [...(deletions.get(form) ?? []), word]);
  }
  const vocabulary = { prepared, spread, deletions };
  vocabularies.set(entries, vocabulary);
  return vocabulary;
}

/**
 * The vocabulary words a typed word stands for, each with how sure the match is: the word
 * itself; a word cut short while typing ("hoofd" → "hoofdpijn"); a longer form ("buikje" →
 * "buik", "kniepijn" → "knie"); one typing error ("hoofpijn" → "hoofdpijn").
 */
function meanings(token: string, vocabulary: Vocabulary): Map<string, number> {
  const found = new Map<string, number>();
  const add = (word: string, sureness: number) => found.set(word, Math.max(found.get(word) ?? 0, sureness));
  if (vocabulary.spread.has(token)) add(token, 1);
  for (const word of vocabulary.spread.keys()) {
    if (word === token) continue;
    if (token.length >= 3 && word.startsWith(token)) add(word, 0.8);
    else if (word.length >= PART_MIN && token.startsWith(word)) add(word, 0.8);
    else if (word.length >= PART_MIN + 1 && token.includes(word)) add(word, 0.6);
  }
  // A token one letter short of a word ("tng" for "tong") only by that deletion; from 4 letters, every error.
  const forms = token.length >= TYPO_MIN ? withDeletions(token) : token.length === TYPO_MIN - 1 ? [token] : [];
  for (const form of forms) for (const word of vocabulary.deletions.get(form) ?? []) if (word !== token) add(word, 0.7);
  return found;
}

/** How much a word says: the fewer entries use it, the more ("koorts" more than "pijn"). */
const weight = (word: string, vocabulary: Vocabulary) => Math.log(1 + vocabulary.prepared.length / (vocabulary.spread.get(word) ?? 1));

/** One typing error apart or less: a letter left out, added, changed, or two letters swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i + 1);
  const restB = b.slice(i + 1);
  if (a.length === b.length) return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? restA === b.slice(i) : a.slice(i) === restB;
}

/** A whole phrase in what was typed: exact, written apart or together, cut short, or with one error. */
function phraseFit(phrase: string, compactPhrase: string, query: string, compactQuery: string): number {
  if (phrase === query || compactPhrase === compactQuery) return 10;
  if (compactQuery.length >= 5 && withinOneEdit(compactPhrase, compactQuery)) return 8;
  if (query.length >= 3 && phrase.startsWith(query)) return 6;
  if (` ${query} `.includes(` ${phrase} `)) return 2 + phrase.split(' ').length;
  return 0;
}

/** How well a query fits one entry, and the position of what fits best (earlier is more central). */
function fit(prepared: Prepared, query: string, compactQuery: string, tokens: readonly Map<string, number>[], vocabulary: Vocabulary) {
  let score = 0;
  let position = Infinity;
  for (const tokenMeanings of tokens) {
    let best = 0;
    for (const [word, sureness] of tokenMeanings) {
      const at = prepared.words.get(word);
      if (at === undefined) continue;
      const value = sureness * weight(word, vocabulary);
      if (value > best || (value === best && at < position)) [best, position] = [value, Math.min(position, at)];
    }
    score += best;
  }
  let bonus = 0;
  prepared.phrases.forEach((phrase, at) => {
    const value = phraseFit(phrase, prepared.compact[at]!, query, compactQuery);
    if (value > bonus || (value > 0 && value === bonus && at < position))
      [bonus, position] = [Math.max(bonus, value), Math.min(position, at)];
  });
  return { score: score + bonus, position };
}

/**
 * Words that say the complaint is a child's ("mijn zoontje", "my toddler"): a tree that has a
 * children's version then gives its place to that version. (The app's own list is already cut to
 * the age band; this matters where no age is known, as in the simulator.)
 */
const CHILD_WORDS = new Set(
  'kind kindje kinderen zoon zoontje dochter dochtertje baby peuter kleuter meisje jongen child kid kids son daughter toddler infant boy girl'.split(
    ' ',
  ),
);
const forChildrenOnly = (entry: ComplaintEntry) => entry.audience.length > 0 && !entry.audience.includes('adult');

/** Each children's version takes its adult tree's score, and a little more, where that is higher than its own. */
function childrenFirst(matches: { entry: ComplaintEntry; score: number; position: number }[]) {
  const raised = new Map<string, number>();
  for (const { entry, score } of matches) {
    const version = entry.insteadFor?.child;
    if (version) raised.set(version, Math.max(raised.get(version) ?? 0, score + 0.5));
  }
  return matches.map((match) => ({ ...match, score: Math.max(match.score, raised.get(match.entry.id) ?? 0) }));
}

export interface Match {
  readonly entry: ComplaintEntry;
  readonly score: number;
}

/** The entries that fit what was typed, best first; ties go to the entry whose matching word it lists earlier. */
export function rank(entries: readonly ComplaintEntry[], query: string, language: string): Match[] {
  const q = normalise(query);
  if (q.length < 2) return [];
  const vocabulary = vocabularyOf(entries);
  const tokens = q
    .split(' ')
    .filter((token) => token.length > 1 && !STOP_WORDS.has(token))
    .map((token) => meanings(token, vocabulary));
  const aboutAChild = q.split(' ').some((word) => CHILD_WORDS.has(word));
  const matches = vocabulary.prepared
    .map((prepared) => ({ entry: prepared.entry, ...fit(prepared, q, q.replaceAll(' ', ''), tokens, vocabulary) }))
    .filter(({ score }) => score > 0);
  return (aboutAChild ? childrenFirst(matches) : matches)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.position - b.position ||
        // Without a word about a child, a tree for everyone (or adults) before the children's.
        Number(forChildrenOnly(a.entry)) - Number(forChildrenOnly(b.entry)) ||
        (a.entry.title[language] ?? '').localeCompare(b.entry.title[language] ?? '', language),
    )
    .map(({ entry, score }) => ({ entry, score: Math.round(score * 100) / 100 }));
}

export const search = (entries: readonly ComplaintEntry[], query: string, language: string): ComplaintEntry[] =>
  rank(entries, query, language).map(({ entry }) => entry);

/** Entries written for this age (a request is for everyone). */
export const fitsAge = (entry: ComplaintEntry, band: AgeBand): boolean => fitsAudience(entry.audience, band);

/** Entries for this sex at birth; a person who says "anders" (other) or nothing sees them all. */
export const fitsSex = (entry: ComplaintEntry, sex: Sex | 'other' | undefined): boolean =>
  !sex || sex === 'other' || !entry.sexes || entry.sexes.includes(sex);

/** What the complaint page offers this person: the entries for their age and sex, without the generic tree (its own link). */
export const offeredTo = (entries: readonly ComplaintEntry[], band: AgeBand, sex: Sex | 'other' | undefined): ComplaintEntry[] =>
  entries.filter((entry) => entry.id !== NOT_LISTED_TREE && fitsAge(entry, band) && fitsSex(entry, sex));
