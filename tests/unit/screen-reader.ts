/**
 * Listening to the app the way a screen-reader user does: the real app with its real trees and
 * Dutch texts, rendered in jsdom, and @guidepup/virtual-screen-reader reading its accessibility
 * tree. What it says is a transcript: one phrase per step, such as
 * "heading, Bel nu 112, level 1", "radio, Ja, not checked, position 1, set size 3", or, for a
 * live region that changed, "polite: De samenvatting is gekopieerd.".
 *
 * The checks read transcripts only, so each can be tried on a small hand-made page with a planted
 * fault (screen-reader-status.test.tsx does). An expected phrase matches a heard one when it is
 * the same, or the start of it up to a comma: "radio, Ja, not checked" matches
 * "radio, Ja, not checked, position 1, set size 3", so a table names what matters and leaves out
 * the library's incidental detail.
 */
import { cleanup, configure, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { virtual } from '@guidepup/virtual-screen-reader';
import { h } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { languages } from '../../web/app/manifest.ts';
import { clearSession } from '../../web/app/session-store.ts';
import { initTexts } from '../../web/app/texts.ts';
import { resolveLanguage } from '../../web/i18n/i18n.ts';
import { browserNavigation } from '../../web/navigation/browser-navigation.ts';
import type { Navigation } from '../../web/navigation/navigation.ts';
import { App } from '../../web/ui/App.tsx';
import { serveData } from './serve-data.ts';

export type Transcript = readonly string[];

// ---- The screen reader in jsdom

/**
 * jsdom has no CSS.escape, and the screen reader looks up id references (aria-controls) with it.
 * Enough of the CSSOM rule for ids: escape what is not a name character, and a leading digit.
 */
const cssEscape = (value: string) =>
  value
    .replace(/[^\w\u00a0-\uffff-]/g, (char) => `\\${char}`)
    .replace(/^(-?)(\d)/, (_, dash: string, digit: string) => `${dash}\\3${digit} `);
globalThis.CSS ??= {} as typeof CSS;
CSS.escape ??= cssEscape;

/**
 * The screen reader reads a radio's or checkbox's state from its `checked` attribute; a browser
 * exposes its checkedness, which Preact sets as a property. Mirrored before each reading, so the
 * transcript says what a browser would.
 */
function mirrorCheckedness(root: ParentNode): void {
  for (const input of root.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')) {
    input.toggleAttribute('checked', input.checked);
  }
}

/** Start listening afresh: from here on, every focus move and live-region change is in `heard()`. */
export async function listen(): Promise<void> {
  await virtual.stop();
  await virtual.start({ container: document.body });
}

/** What has been said since `listen()`: a copy, since the reader goes on adding to its own. */
export const heard = async (): Promise<string[]> => [...(await virtual.spokenPhraseLog())];

const stopListening = (): Promise<void> => virtual.stop();

/** The whole page read from top to bottom, as a user does with "read all" or by arrowing down. */
export async function readPage(): Promise<Transcript> {
  mirrorCheckedness(document.body);
  await listen();
  for (let step = 0; (await virtual.lastSpokenPhrase()) !== 'end of document'; step++) {
    if (step > 2000) throw new Error('the page did not end within 2000 steps');
    await virtual.next();
  }
  return heard();
}

/** Read on from where the reader is, `steps` items down (as a user arrowing down): what that says. */
export async function readOn(steps: number): Promise<Transcript> {
  const before = (await heard()).length;
  for (let step = 0; step < steps; step++) await virtual.next();
  return (await heard()).slice(before);
}

/** Let focus handlers and live-region observers, which speak a moment after the change, have their say. */
export const settle = () => new Promise((done) => setTimeout(done, 50));

// ---- The app

/**
 * Every test of the file on a fresh device: the built data served, nothing stored, no session;
 * afterwards the reader stopped, the real clocks and globals back, and the page gone.
 */
export function freshDeviceForEachTest(): void {
  // Pages and content load lazily: on a busy machine that takes longer than testing-library's 1 s.
  configure({ asyncUtilTimeout: 15_000 });
  beforeEach(() => {
    serveData();
    localStorage.clear();
    clearSession();
  });
  afterEach(async () => {
    await stopListening();
    vi.useRealTimers();
    vi.unstubAllGlobals();
    cleanup();
  });
}

/** "Nee" to each question of the shared ABCDE screen that every complaint tree opens with. */
export const NO_LIFE_THREAT = ['Nee', 'Nee', 'Nee', 'Nee', 'Nee'];

/** The app at an address (with its query: ?lang=nl, &practice=…), as a person opens it. */
export async function openApp(address: string, navigation?: Navigation): Promise<void> {
  window.history.replaceState(null, '', navigation ? '/' : address);
  const language = resolveLanguage(languages, new URL(address, 'http://localhost').search, null, []);
  await initTexts(languages, language.code);
  render(h(App, { navigation: navigation ?? browserNavigation(window), initialLanguage: language, languages: languages.languages }));
}

/** Answer each question in turn by the label of a choice, pressing "Verder" after each. */
export async function answer(...labels: string[]): Promise<void> {
  const user = userEvent.setup();
  for (const label of labels) {
    await user.click(await screen.findByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: 'Verder' }));
  }
}

/** Wait until the page with this h1 is there and has the focus, as it does after every move. */
export async function arrivedAt(name: string | RegExp): Promise<void> {
  const heading = await screen.findByRole('heading', { level: 1, name });
  await waitFor(() => {
    if (document.activeElement !== heading) throw new Error(`focus is on ${document.activeElement?.tagName}, not the h1`);
  });
  await settle();
}

// ---- Reading a transcript

/** How a page's h1 is heard. */
export const h1 = (text: string) => `heading, ${text}, level 1`;

/** The words of a heading phrase ("heading, Bel nu 112, level 1" → "Bel nu 112"). */
export function headingText(phrase: string): string {
  const text = /^heading, (.*), level \d$/.exec(phrase)?.[1];
  if (text === undefined) throw new Error(`"${phrase}" is no heading`);
  return text;
}

/** Whether `expected` names the heard phrase: the same, or its start up to a comma. */
const matches = (phrase: string, expected: string) => phrase === expected || phrase.startsWith(`${expected}, `);

/** How often a phrase is heard. */
const timesHeard = (transcript: Transcript, expected: string) => transcript.filter((phrase) => matches(phrase, expected)).length;

/** The part of a page read inside its main landmark (without "main" and "end of main"). */
export function mainOf(transcript: Transcript): Transcript {
  const start = transcript.indexOf('main');
  const end = transcript.indexOf('end of main');
  if (start < 0 || end < start) throw new Error('the page has no main landmark');
  return transcript.slice(start + 1, end);
}

/** What is said after the last time `phrase` is heard (e.g. after the "Verder" that moved on). */
export function after(transcript: Transcript, phrase: string): Transcript {
  const at = transcript.findLastIndex((heardPhrase) => matches(heardPhrase, phrase));
  if (at < 0) throw new Error(`"${phrase}" is never heard`);
  return transcript.slice(at + 1);
}

/**
 * Each expected phrase heard after the one before it. One line per phrase that is not: what was
 * missing, and after what.
 */
export function orderProblems(transcript: Transcript, expected: readonly string[]): string[] {
  const problems: string[] = [];
  let at = -1;
  for (const phrase of expected) {
    const found = transcript.findIndex((heardPhrase, index) => index > at && matches(heardPhrase, phrase));
    if (found < 0) problems.push(`"${phrase}" is not heard${at < 0 ? '' : ` after "${transcript[at]}"`}`);
    else at = found;
  }
  return problems;
}

/** A live region that changed: how it interrupts, and what it says. */
export interface Announcement {
  readonly politeness: 'polite' | 'assertive';
  readonly text: string;
}

/**
 * An empty announcement: Preact re-sets an empty status text on a re-render, which the virtual
 * reader logs as "polite: " but a screen reader does not speak.
 */
const silent = (phrase: string) => /^(polite|assertive):\s*$/.test(phrase);

/** The live-region announcements, in order, leaving out the silent ones. */
export function announcements(transcript: Transcript): Announcement[] {
  return transcript.flatMap((phrase) => {
    const live = /^(polite|assertive): (.*)$/s.exec(phrase);
    return live && !silent(phrase) ? [{ politeness: live[1] as Announcement['politeness'], text: live[2]! }] : [];
  });
}

/** Status messages never interrupt: one line per announcement that is assertive. */
export const assertiveProblems = (transcript: Transcript): string[] =>
  announcements(transcript)
    .filter((said) => said.politeness === 'assertive')
    .map((said) => `"${said.text}" interrupts (assertive)`);

/** A phrase that only opens or closes a container, or is the way back: not yet something the page says. */
const wayOrFrame = (phrase: string) =>
  phrase === 'link, Terug' || /^end of /.test(phrase) || ['paragraph', 'form', 'list', 'group', 'strong'].includes(phrase);

/** The first thing a page says in its main landmark, past the way back every page has above its heading. */
export const firstSaid = (transcript: Transcript): string | undefined => mainOf(transcript).find((phrase) => !wayOrFrame(phrase));

/** A control a person answers with, heard by its role (a radio and a checkbox with their state). */
const ANSWER = /^(radio|checkbox|textbox|spinbutton|combobox|slider), /;

/** A question page: its answers are heard as answers, and its h1 before any of them. One line per fault. */
export function questionProblems(transcript: Transcript): string[] {
  const main = mainOf(transcript);
  const heading = main.findIndex((phrase) => /^heading, .*, level 1$/.test(phrase));
  const firstAnswer = main.findIndex((phrase) => ANSWER.test(phrase));
  const problems: string[] = [];
  if (heading < 0) problems.push('no h1 is heard');
  if (firstAnswer < 0) problems.push('no answer is heard as a radio, checkbox or field');
  if (heading >= 0 && firstAnswer >= 0 && firstAnswer < heading)
    problems.push(`"${main[firstAnswer]}" is heard before the question "${main[heading]}"`);
  return problems;
}

/**
 * Arriving at a page after a move (what is said after the button that moved on): its h1 is the
 * first thing said, and said once; no live region speaks before it.
 */
export function arrivalProblems(afterMove: Transcript, heading: string): string[] {
  const said = afterMove.filter((phrase) => !silent(phrase));
  const problems: string[] = [];
  if (said[0] !== undefined && !matches(said[0], heading)) problems.push(`"${said[0]}" is said before "${heading}"`);
  const times = timesHeard(said, heading);
  if (times !== 1) problems.push(`"${heading}" is said ${times} times, not once`);
  return problems;
}
