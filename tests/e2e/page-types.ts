/**
 * Every kind of page the app shows, and how to reach each one from a fresh browser context, for
 * tests that check something on all of them (wcag22.e2e.ts). Each `open` ends when the page has
 * settled: its heading is there, and whatever the page loads per need (the practice's set-up,
 * search results, a dialog) is shown.
 *
 * Not here: the info page between questions. The engine and the page support it, but no tree
 * the app ships has an info node, so no address or answer leads to one.
 */
import { expect, type Page } from '@playwright/test';
import { answerWhoItIsAbout } from './walk.ts';

export interface PageType {
  readonly name: string;
  open(page: Page): Promise<void>;
  /** The waiting-room screen: it cannot call, so its 112 is text to read, not a link. */
  readonly kiosk?: boolean;
  /** The page asks a question with answers to choose (radios). */
  readonly answers?: boolean;
}

const ABCDE = ['q-breathing', 'q-awake', 'q-stroke', 'q-bleeding-chest', 'q-spots'];
const TREES = '**/data/decision-trees/**';

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** Choose an option of a question and go on. */
export async function answer(page: Page, question: string, option: string): Promise<void> {
  await page.locator(`input[name="answer-${question}"][value="${option}"]`).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

/** The age question, answered for an adult. */
export async function chooseAdult(page: Page): Promise<void> {
  await expect(heading(page)).toHaveText('Hoe oud is de persoon om wie het gaat?');
  await page.getByLabel('18 tot 65 jaar').check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

/**
 * A link into a tree at a given moment (practice De Linde), through the age question (every tree
 * here asks it) and, with `abcde`, the shared life-threat screen with "no" to every question.
 */
export async function intoTree(page: Page, tree: string, { when = '2026-11-24T10:00:00+01:00', abcde = true } = {}) {
  await page.clock.setFixedTime(new Date(when));
  await page.goto(`/triage/${tree}?lang=nl&practice=de-linde`);
  await chooseAdult(page);
  if (abcde) for (const question of ABCDE) await answer(page, question, 'no');
}

/** Whether a triage is kept on the device (runs in the page; never creates the database by looking). */
async function savedOnDevice(): Promise<boolean> {
  if (!(await indexedDB.databases()).some((db) => db.name === 'wegwijzer')) return false;
  return new Promise((done) => {
    const open = indexedDB.open('wegwijzer');
    open.onerror = () => done(false);
    open.onsuccess = () => {
      const db = open.result;
      const found = (result: boolean) => {
        db.close();
        done(result);
      };
      if (!db.objectStoreNames.contains('sessions')) return found(false);
      const read = db.transaction('sessions').objectStore('sessions').count();
      read.onsuccess = () => found(read.result > 0);
      read.onerror = () => found(false);
    };
  });
}

/** The outcome page has settled: its heading, and the practice's set-up that fills in the action. */
async function outcome(page: Page, title: string) {
  await expect(heading(page)).toHaveText(title);
  await expect(page.getByRole('region', { name: 'Wanneer bel je toch?' })).toBeVisible();
}

export const PAGE_TYPES: readonly PageType[] = [
  {
    name: 'start',
    async open(page) {
      await page.goto('/?lang=nl&practice=de-linde');
      await expect(page.getByText('Je huisartsenpraktijk:')).toBeVisible();
    },
  },
  {
    name: 'age question',
    answers: true,
    async open(page) {
      await page.goto('/complaints/age?lang=nl');
      await expect(heading(page)).toHaveText('Hoe oud is de persoon om wie het gaat?');
    },
  },
  {
    name: 'sex question',
    answers: true,
    async open(page) {
      await page.goto('/complaints/age?lang=nl');
      await chooseAdult(page);
      await expect(heading(page)).toHaveText('Wat was het geslacht bij de geboorte?');
    },
  },
  {
    name: 'complaint picker with search results',
    async open(page) {
      await page.goto('/complaints/age?lang=nl');
      await answerWhoItIsAbout(page);
      await page.getByRole('searchbox', { name: 'Zoek je klacht' }).fill('keel');
      await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toBeVisible();
    },
  },
  {
    name: 'yes/no question with a red-flag list',
    answers: true,
    async open(page) {
      await intoTree(page, 'overige-klacht', { abcde: false });
      await expect(heading(page)).toHaveText('Heeft iemand nu grote moeite met ademen?');
      await expect(page.locator('.hint li').first()).toBeVisible();
    },
  },
  {
    name: 'choice question',
    answers: true,
    async open(page) {
      await intoTree(page, 'overige-klacht');
      await answer(page, 'q-alarm', 'no');
      await expect(heading(page)).toHaveText('Hoeveel pijn heb je?');
    },
  },
  {
    name: 'number question',
    async open(page) {
      await intoTree(page, 'keelpijn');
      for (const question of ['q-swallow', 'q-immunity', 'q-very-ill']) await answer(page, question, 'no');
      await expect(heading(page)).toHaveText('Hoeveel dagen heb je al keelpijn?');
    },
  },
  {
    name: 'question of a sensitive tree, with "Snel weg"',
    answers: true,
    async open(page) {
      await intoTree(page, 'angst-paniek', { abcde: false });
      await expect(page.getByRole('button', { name: 'Snel weg' })).toBeVisible();
      await expect(heading(page)).toHaveText('Heeft iemand nu grote moeite met ademen?');
    },
  },
  {
    name: 'outcome: 112',
    async open(page) {
      await intoTree(page, 'overige-klacht', { abcde: false });
      await answer(page, 'q-breathing', 'yes');
      await outcome(page, 'Bel nu 112');
    },
  },
  {
    name: 'outcome: huisartsenpost',
    async open(page) {
      await intoTree(page, 'overige-klacht', { when: '2026-11-27T19:00:00+01:00' });
      await answer(page, 'q-alarm', 'yes');
      await outcome(page, 'Bel nu de huisartsenpost: 030-000 0100');
    },
  },
  {
    name: 'outcome: own GP',
    async open(page) {
      await intoTree(page, 'overige-klacht', { when: '2026-11-28T11:00:00+01:00' });
      await answer(page, 'q-alarm', 'no');
      await answer(page, 'q-pain', 'mild');
      await answer(page, 'q-risk', 'no');
      await answer(page, 'q-again', 'no');
      await answer(page, 'q-wait', 'can-wait');
      await outcome(page, 'Neem maandag 30 november contact op met je huisarts');
    },
  },
  {
    name: 'outcome: self-care',
    async open(page) {
      await intoTree(page, 'hooikoorts');
      for (const question of ['q-asthma', 'q-eye', 'q-tried']) await answer(page, question, 'no');
      await outcome(page, 'Je kunt dit zelf goed aanpakken');
    },
  },
  {
    name: 'helpdesk question',
    answers: true,
    async open(page) {
      await page.goto('/triage/helpdesk-digitale-zorg?lang=nl&practice=de-linde');
      await expect(heading(page)).toHaveText('Ben je patiënt bij een huisartsenpraktijk, of word je dat binnenkort?');
    },
  },
  {
    name: 'about',
    async open(page) {
      await page.goto('/about?lang=nl');
      await expect(heading(page)).toHaveText('Over Wegwijzer');
    },
  },
  {
    name: 'kiosk start',
    kiosk: true,
    async open(page) {
      await page.goto('/?lang=nl&mode=kiosk&practice=de-linde');
      await expect(page.getByText('Je huisartsenpraktijk:')).toBeVisible();
    },
  },
  {
    name: 'kiosk inactivity dialog',
    kiosk: true,
    async open(page) {
      await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
      await page.goto('/?lang=nl&mode=kiosk&practice=de-linde');
      await page.getByRole('link', { name: /Ik heb een klacht/ }).click();
      await expect(heading(page)).toHaveText('Hoe oud is de persoon om wie het gaat?');
      await page.clock.fastForward(91_000);
      await expect(page.getByRole('button', { name: 'Ik ben er nog' })).toBeFocused();
      // The countdown stands still where it is (the time no longer moves, timers still run), so a test can take its time.
      await page.clock.setFixedTime(await page.evaluate(() => Date.now()));
    },
  },
  {
    name: 'resume prompt',
    answers: true,
    async open(page) {
      await page.goto('/triage/helpdesk-digitale-zorg?lang=nl');
      await answer(page, 'q-patient', 'yes');
      await expect(page).toHaveURL(/\/vragen\/2/);
      // The answers are written to the device after the step shows: reload once they are there.
      await expect.poll(() => page.evaluate(savedOnDevice)).toBe(true);
      await page.reload();
      await expect(heading(page)).toHaveText('Wil je verdergaan waar je was?');
    },
  },
  {
    name: 'error page',
    async open(page) {
      await page.route(TREES, (route) => route.abort('internetdisconnected'));
      await page.goto('/triage/helpdesk-digitale-zorg?lang=nl&practice=de-linde');
      await expect(heading(page)).toHaveText('Er ging iets mis');
      await expect(page.getByText(/Bel dan .*: 030-/)).toBeVisible();
    },
  },
  {
    name: 'not found',
    async open(page) {
      await page.goto('/bestaat-niet?lang=nl');
      await expect(heading(page)).toHaveText('Deze pagina bestaat niet');
    },
  },
];
