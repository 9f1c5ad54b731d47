/**
 * A safety net that chains more than two conditions in one sentence ("Bel als …, als …, of als …",
 * "als je koorts, hoofdpijn of een stijve nek hebt", "Komt er …, duurt …, of wordt …?") asks the
 * reader to hold them all at once; as a list ("Bel je huisarts als:" and a line per condition)
 * each can be checked on its own.
 *
 * How conditions are counted, simply enough to explain to a writer:
 * 1. The condition is what follows "als"/"if"; a question is a condition as a whole (Dutch and
 *    English safety nets ask them: "Wordt het erger? Bel dan …").
 * 2. It ends where the advice starts: at ";" or ":", or at a part that opens with the advice
 *    ("bel", "dan", "call", "then" …).
 * 3. Its parts between commas are its conditions, except that a part with "en"/"and" closes one
 *    condition of signs that come together ("slap, bleek en klam") and a part that only narrows
 *    the one before ("ook als …", "vooral …", "even if …") adds none.
 * 4. Only alternatives chain: without "of"/"or" it is one condition. When the last part with
 *    "of"/"or" does not open with it ("A, B of C"), that part holds two conditions.
 */
import { sentencesOf } from './sentences.ts';

interface ChainWords {
  readonly condition: RegExp;
  readonly or: RegExp;
  readonly and: RegExp;
  readonly advice: RegExp;
  readonly narrows: RegExp;
}

/** Only the languages listed here are checked; a new language adds its words here. */
const WORDS: Readonly<Record<string, ChainWords>> = {
  nl: {
    condition: /\bals\b/i,
    or: /\bof\b/i,
    and: /\ben\b/i,
    advice: /^(ook |dan )?(bel|dan|ga|neem|zeg|doe|geef|haal|laat|wacht|zoek|gebruik)\b/i,
    narrows: /^(ook|vooral|zelfs|behalve)\b/i,
  },
  en: {
    condition: /\bif\b/i,
    or: /\bor\b/i,
    and: /\band\b/i,
    advice: /^(also |then )?(call|then|go|take|say|tell|do|contact|see|move|phone|ring|seek|use)\b/i,
    narrows: /^(also|especially|even|except|within)\b/i,
  },
};

/** The conditions a sentence chains (1 when it chains none). */
export function conditionsIn(language: string, sentence: string): number {
  const words = WORDS[language];
  if (!words) return 1;
  const start = words.condition.exec(sentence);
  const condition = start ? sentence.slice(start.index + start[0].length) : sentence.trim().endsWith('?') ? sentence : '';
  const parts: string[] = [];
  for (const part of condition
    .split(/[;:]/)[0]!
    .split(',')
    .map((p) => p.trim())) {
    if (words.advice.test(part)) break;
    if (part && !words.narrows.test(part)) parts.push(part);
  }
  const lastOr = parts.findLastIndex((part) => words.or.test(part));
  if (lastOr < 0) return 1;
  let conditions = 0;
  let open = 0;
  for (const part of parts.slice(0, lastOr + 1)) {
    open++;
    if (words.and.test(part) && !words.or.test(part)) {
      conditions++;
      open = 0;
    }
  }
  const lastHoldsTwo = lastOr > 0 && !words.or.test(parts[lastOr]!.split(' ', 1)[0]!);
  return conditions + open + (lastHoldsTwo ? 1 : 0);
}

/** The sentences of a safety net that chain more than two conditions. */
export function conditionChains(language: string, text: string): string[] {
  return sentencesOf(text).filter((sentence) => conditionsIn(language, sentence) > 2);
}
