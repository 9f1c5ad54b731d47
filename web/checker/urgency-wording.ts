/**
 * An outcome's words must promise what its urgency means (NTS, ../shared/domain.md §2): a U3
 * title names the day ("vandaag"), and "now" is kept for U0–U2, so a reader never hears
 * "Bel nu" for a problem that can wait a few hours, nor misses that it cannot wait until tomorrow.
 * The advice of an outcome that can wait (U3–U5) never tells the reader to call now, unless the
 * sentence names a condition ("Wordt het erger? Bel dan meteen."): the review found advice that
 * contradicted its own triage that way. Only languages listed here are checked; a new language
 * adds its words here.
 */
import type { Urgency } from '../engine/tree-model.ts';

interface Words {
  readonly today: RegExp;
  readonly now: RegExp;
  /** An instruction to call or go now, within one sentence. */
  readonly actNow: RegExp;
  /** A word that makes a sentence conditional. */
  readonly condition: RegExp;
}

const WORDS: Readonly<Record<string, Words>> = {
  nl: {
    today: /\bvandaag\b/i,
    now: /\b(nu|meteen|direct)\b/i,
    actNow: /\b(bel|ga|neem)\b[^.?!]*\b(nu|meteen|direct)\b/i,
    condition: /\b(als|dan|wanneer|zodra|tenzij)\b/i,
  },
  en: {
    today: /\btoday\b/i,
    now: /\b(now|straight away|immediately)\b/i,
    actNow: /\b(call|go|contact|phone)\b[^.?!]*\b(now|straight away|immediately|right away)\b/i,
    condition: /\b(if|then|when|unless|should)\b/i,
  },
};

const NOW_URGENCIES: readonly Urgency[] = ['U0', 'U1', 'U2'];

/** What is wrong with this title for this urgency, or undefined when it fits (or the language has no words here). */
export function urgencyWordingProblem(language: string, urgency: Urgency, title: string): string | undefined {
  const words = WORDS[language];
  if (!words) return undefined;
  if (urgency === 'U3' && !words.today.test(title)) return `a U3 title says "today" (${words.today.source}): "${title}"`;
  if (!NOW_URGENCIES.includes(urgency) && words.now.test(title)) return `only U0–U2 titles say "now" (${urgency}): "${title}"`;
  return undefined;
}

/** A sentence of a U3–U5 outcome's advice that tells the reader to act now without a condition, or undefined. */
export function adviceWordingProblem(language: string, urgency: Urgency, advice: string): string | undefined {
  const words = WORDS[language];
  if (!words || NOW_URGENCIES.includes(urgency)) return undefined;
  const sentence = advice.split(/(?<=[.?!])\s+|\n/).find((s) => words.actNow.test(s) && !words.condition.test(s));
  return sentence === undefined ? undefined : `advice of a ${urgency} outcome says to act now without a condition: "${sentence}"`;
}
