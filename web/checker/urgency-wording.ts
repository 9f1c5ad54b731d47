/**
 * An outcome's title must promise what its urgency means (NTS, ../shared/domain.md §2): a U3
 * title names the day ("vandaag"), and "now" is kept for U0–U2, so a reader never hears
 * "Bel nu" for a problem that can wait a few hours, nor misses that it cannot wait until tomorrow.
 * Only languages listed here are checked; a new language adds its words here.
 */
import type { Urgency } from '../engine/tree-schema.ts';

interface Words {
  readonly today: RegExp;
  readonly now: RegExp;
}

const WORDS: Readonly<Record<string, Words>> = {
  nl: { today: /\bvandaag\b/i, now: /\b(nu|meteen|direct)\b/i },
  en: { today: /\btoday\b/i, now: /\b(now|straight away|immediately)\b/i },
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
