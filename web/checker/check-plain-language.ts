/**
 * Plain language (B1) over every text a patient reads, in every shipped language. It refuses a
 * sentence over 20 words, a medicine named by its box name before a lay word for its kind, and a
 * safety net that chains more than two conditions in one sentence; it reports the figures
 * (sentences over 15 and over 20 words, median words per sentence, reading ease) per language.
 * Search words and the practice-staff wording are not read by patients and are left out.
 */
import { conditionChains } from './condition-chains.ts';
import { STAFF_SUFFIX, textFile } from './check-texts.ts';
import type { ContentSet, Problem } from './content-set.ts';
import { unexplainedMedicines } from './medicine-names.ts';
import { readingEase } from './reading-ease.ts';
import { sentencesOf, wordsOf } from './sentences.ts';

/**
 * Each rule refuses (fails trees:check) while its switch is on; off, its findings are only
 * counted in the figures. The switches exist for the rewrite of the long texts (issue 20):
 * the rules are meant to stay on.
 */
export const REFUSE_OVER_20 = true;
export const REFUSE_UNEXPLAINED_MEDICINES = true;
export const REFUSE_CONDITION_CHAINS = true;
const MAX_WORDS = 20;
/** Sentences over this many words are counted in the figures, not refused. */
const LONG_WORDS = 15;
/** Reading ease says little of a label ("Helpdesk Digitale Zorg"): only texts of at least this many words get one. */
const MIN_WORDS_FOR_EASE = 10;
const HARDEST = 20;

export interface HardText {
  readonly file: string;
  readonly path: string;
  readonly readingEase: number;
  readonly text: string;
}

export interface TextFigures {
  readonly count: number;
  readonly sentencesOver15: number;
  readonly sentencesOver20: number;
  readonly medianWordsPerSentence: number;
  /** Texts naming a medicine before a lay word for its kind (one per kind). */
  readonly unexplainedMedicines: number;
  /** Safety-net sentences that chain more than two conditions. */
  readonly conditionChains: number;
  /** null for a language without a reading-ease formula. */
  readonly readingEaseMedian: number | null;
  /** The texts with the lowest reading ease, lowest first. */
  readonly hardest: readonly HardText[];
}

const lastPart = (key: string) => key.slice(key.lastIndexOf('.') + 1);
/** Search words and synonyms (a tree's `search`, `requests.search.*`) and staff wording (`*_staff`) are not for patients. */
const readByPatients = (key: string) => !key.split('.').includes('search') && !key.endsWith(STAFF_SUFFIX);
/** The question a hint or explanation belongs to, which the reader has read just before it. */
const questionOf = (key: string) =>
  ['hint', 'explanation'].includes(lastPart(key)) ? `${key.slice(0, key.lastIndexOf('.'))}.text` : undefined;

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** What the plain-language rules find in one text. */
interface Findings {
  readonly wordsPerSentence: readonly number[];
  /** Problem messages, each with the switch that decides whether it refuses. */
  readonly messages: readonly { readonly refuse: boolean; readonly rule: 'over20' | 'medicine' | 'chain'; readonly message: string }[];
  readonly readingEase?: number;
}

function readText(language: string, key: string, text: string, before: string | undefined): Findings {
  const sentences = sentencesOf(text).map((sentence) => ({ sentence, words: wordsOf(sentence) }));
  const messages: Findings['messages'][number][] = [];
  for (const { sentence, words } of sentences)
    if (words.length > MAX_WORDS)
      messages.push({
        refuse: REFUSE_OVER_20,
        rule: 'over20',
        message: `a sentence of ${words.length} words (at most ${MAX_WORDS}): "${sentence}"`,
      });
  for (const message of unexplainedMedicines(text, before))
    messages.push({ refuse: REFUSE_UNEXPLAINED_MEDICINES, rule: 'medicine', message });
  if (lastPart(key) === 'safety-net')
    for (const sentence of conditionChains(language, text))
      messages.push({
        refuse: REFUSE_CONDITION_CHAINS,
        rule: 'chain',
        message: `a safety net that chains more than two conditions in one sentence (make it a list: a lead line ending in ":", then a "- " line each): "${sentence}"`,
      });
  const wordsPerSentence = sentences.map(({ words }) => words.length);
  const enough = wordsPerSentence.reduce((sum, n) => sum + n, 0) >= MIN_WORDS_FOR_EASE;
  const ease = enough
    ? readingEase(
        language,
        sentences.map(({ words }) => words),
      )
    : undefined;
  return { wordsPerSentence, messages, ...(ease === undefined ? {} : { readingEase: ease }) };
}

export function checkPlainLanguage(set: ContentSet, problems: Problem[]): Record<string, TextFigures> {
  const figures: Record<string, TextFigures> = {};
  for (const [language, namespaces] of Object.entries(set.texts)) {
    let count = 0;
    const wordsPerSentence: number[] = [];
    const found = { over20: 0, medicine: 0, chain: 0 };
    const eased: HardText[] = [];
    for (const [ns, texts] of Object.entries(namespaces)) {
      const file = textFile(set, language, ns);
      for (const [key, text] of Object.entries(texts)) {
        if (!readByPatients(key)) continue;
        const question = questionOf(key);
        const findings = readText(language, key, text, question && texts[question]);
        count++;
        wordsPerSentence.push(...findings.wordsPerSentence);
        for (const { refuse, rule, message } of findings.messages) {
          found[rule]++;
          if (refuse) problems.push({ file, path: `$.${key}`, message });
        }
        if (findings.readingEase !== undefined) eased.push({ file, path: `$.${key}`, readingEase: oneDecimal(findings.readingEase), text });
      }
    }
    eased.sort((a, b) => a.readingEase - b.readingEase);
    figures[language] = {
      count,
      sentencesOver15: wordsPerSentence.filter((n) => n > LONG_WORDS).length,
      sentencesOver20: found.over20,
      medianWordsPerSentence: median(wordsPerSentence),
      unexplainedMedicines: found.medicine,
      conditionChains: found.chain,
      readingEaseMedian: eased.length ? oneDecimal(median(eased.map((t) => t.readingEase))) : null,
      hardest: eased.slice(0, HARDEST),
    };
  }
  return figures;
}
