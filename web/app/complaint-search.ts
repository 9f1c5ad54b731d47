/**
 * Finding the right tree from the words a person types: lay words, synonyms and English words,
 * in any shipped language (an expat may type "stomach ache" in the Dutch app).
 */
import type { AgeBand } from '../engine/context.ts';
import { AGE_BANDS } from '../engine/context.ts';
import type { Audience } from '../engine/tree-model.ts';

export interface ComplaintEntry {
  readonly id: string;
  readonly audience: readonly Audience[];
  readonly bodyArea: string;
  /** Language → title. */
  readonly title: Readonly<Record<string, string>>;
  /** Language → comma-separated lay words. */
  readonly words: Readonly<Record<string, string>>;
}

/** Words that say nothing about the complaint, in the languages we ship. */
const STOP_WORDS = new Set([
  'ik',
  'heb',
  'een',
  'de',
  'het',
  'in',
  'mijn',
  'op',
  'van',
  'met',
  'last',
  'i',
  'have',
  'a',
  'an',
  'the',
  'my',
  'of',
  'in',
  'on',
  'with',
  'got',
]);

export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function phrases(entry: ComplaintEntry): string[] {
  return [...Object.values(entry.title), ...Object.values(entry.words).flatMap((words) => words.split(','))].map(normalise).filter(Boolean);
}

/** How well a query fits one complaint: 0 is no fit. */
export function score(entry: ComplaintEntry, query: string): number {
  const q = normalise(query);
  if (q.length < 2) return 0;
  const tokens = q.split(' ').filter((token) => token.length > 1 && !STOP_WORDS.has(token));
  let best = 0;
  for (const phrase of phrases(entry)) {
    if (phrase === q) best = Math.max(best, 100);
    else if (phrase.startsWith(q)) best = Math.max(best, 90);
    else if (` ${q} `.includes(` ${phrase} `)) best = Math.max(best, 80);
    else if (phrase.includes(q)) best = Math.max(best, 70);
    else if (tokens.length > 0 && tokens.every((token) => phrase.includes(token))) best = Math.max(best, 60);
  }
  return best;
}

export function search(entries: readonly ComplaintEntry[], query: string, language: string): ComplaintEntry[] {
  return entries
    .map((entry) => ({ entry, fit: score(entry, query) }))
    .filter(({ fit }) => fit > 0)
    .sort((a, b) => b.fit - a.fit || (a.entry.title[language] ?? '').localeCompare(b.entry.title[language] ?? '', language))
    .map(({ entry }) => entry);
}

/** The audiences an age band belongs to: babies under 1, children from 1 to 18, adults from 16 (16–18 both). */
export function audiencesOf(band: AgeBand): Audience[] {
  const age = AGE_BANDS.find((b) => b.id === band)!.value;
  return [...(age < 1 ? (['baby'] as const) : []), ...(age >= 1 && age < 18 ? (['child'] as const) : []), ...(age >= 16 ? (['adult'] as const) : [])];
}

/** Trees written for this age. */
export const fitsAge = (entry: ComplaintEntry, band: AgeBand): boolean => audiencesOf(band).some((audience) => entry.audience.includes(audience));
