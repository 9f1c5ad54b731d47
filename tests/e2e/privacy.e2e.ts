/**
 * Nothing leaks: what a family computer or the waiting-room screen keeps after someone used it.
 *
 * The history is read where the browser really keeps it: a persistent profile (a temporary
 * user-data-dir), closed after the triage, and its `History` SQLite database read with the
 * `sqlite3` command (every visited address is a row of its `urls` table, with the last title the
 * page had). Beside it, every address the page committed and every title it ever had are
 * recorded while it runs (`framenavigated`, and a MutationObserver on the title), so a title that
 * was shown and then replaced cannot hide either.
 */
import { chromium, devices, expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './axe.ts';
import { answerCalmlyToOutcome, answerWhoItIsAbout } from './walk.ts';

const TREE = 'gedachten-aan-zelfmoord';
const json = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

/** Every text of a tree that names it, asks it or tells its outcome: the tree's id and title, each question and outcome. */
function treeWords(id: string): string[] {
  const tree = json(`decision-trees/${id}.json`);
  const texts = json(`i18n/nl/trees/${id}.json`);
  const words = [id, texts.title];
  for (const [nodeId, node] of Object.entries<{ type: string }>(tree.nodes)) {
    if (node.type === 'question') words.push(texts[nodeId].text);
    if (node.type === 'outcome' || node.type === 'info') words.push(texts[nodeId].title);
  }
  return words;
}
/** The sensitive tree and the screen asked before it. */
const FORBIDDEN = [...treeWords(TREE), ...treeWords('abcde'), 'zelfmoord', '/triage/'].map((word) => word.toLowerCase());
const leaks = (text: string) => FORBIDDEN.filter((word) => text.toLowerCase().includes(word));
/** Every title a page of this walk may have: the pages before the triage, and its steps by number. */
const NEUTRAL_TITLE =
  /^(|Wegwijzer|Waarmee kunnen we je helpen\?|Hoe oud is de persoon om wie het gaat\?|Wat was het geslacht bij de geboorte\?|Waar gaat je klacht over\?|Vraag \d+ – Wegwijzer|Advies – Wegwijzer)$/;

/** A browser with a profile on disk, as on a family computer; `seen` collects every address and title. */
async function familyComputer(baseURL: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wegwijzer-profile-'));
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  const context = await chromium.launchPersistentContext(dir, {
    ...pixel,
    baseURL,
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-quic'],
  });
  const seen: string[] = [];
  await context.exposeBinding('reportTitle', (_source, title: string) => void seen.push(`title: ${title}`));
  await context.addInitScript(() => {
    let last = '';
    const report = () => {
      if (document.title === last) return;
      last = document.title;
      (window as unknown as { reportTitle(title: string): void }).reportTitle(last);
    };
    new MutationObserver(report).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(`address: ${frame.url()}`);
  });
  // Same-document moves (pushState) do not always commit a navigation event: poll the address too.
  const poll = setInterval(() => {
    if (!page.isClosed()) seen.push(`address: ${page.url()}`);
  }, 50);
  return {
    context,
    page,
    seen,
    /** Close the browser and read what its profile kept: every row of the history. */
    async history(): Promise<{ url: string; title: string }[]> {
      clearInterval(poll);
      await context.close();
      const rows = execFileSync('sqlite3', ['-json', join(dir, 'Default', 'History'), 'SELECT url, title FROM urls'], { encoding: 'utf8' });
      rmSync(dir, { recursive: true, force: true });
      return rows.trim() ? JSON.parse(rows) : [];
    },
  };
}

/** From the start screen through the age question to the picker. */
async function toPicker(page: Page) {
  await page.goto('/?lang=nl');
  await page.getByRole('link', { name: /gezondheidsklacht|klacht of maak me zorgen/ }).click();
  await answerWhoItIsAbout(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waar gaat je klacht over?');
}

/** What a page shows, as a person sees it: its address, title and text. */
const shown = async (page: Page) => `${page.url()}\n${await page.title()}\n${await page.locator('body').innerText()}`;

test('a whole triage of suicidal thoughts on a family computer: no history row and no title names it, asks it or tells its outcome', async ({
  baseURL,
}) => {
  const browser = await familyComputer(baseURL!);
  const { page, seen } = browser;
  await toPicker(page);
  await page.getByRole('link', { name: 'Gedachten aan zelfmoord' }).click();
  const asked = await answerCalmlyToOutcome(page, 'Verder');
  expect(asked).toBeGreaterThan(5);
  await expect(page.getByRole('region', { name: 'Wanneer bel je toch?' })).toBeVisible();
  await expect(page).toHaveTitle('Advies – Wegwijzer');
  await expect(page.getByRole('button', { name: 'Snel weg' })).toBeInViewport();
  // It ran in memory: the browser's address stayed at the picker all along.
  expect(page.url()).toMatch(/\/complaints\?lang=nl$/);

  const rows = await browser.history();
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) {
    expect(leaks(`${row.url} ${row.title}`), `history row ${row.url} | ${row.title}`).toEqual([]);
    expect(row.title).toMatch(NEUTRAL_TITLE);
  }
  const titles = seen.filter((line) => line.startsWith('title: ')).map((line) => line.slice('title: '.length));
  expect(titles.length).toBeGreaterThan(asked);
  for (const title of titles) expect(title).toMatch(NEUTRAL_TITLE);
  for (const line of seen) expect(leaks(line), line).toEqual([]);
});

test('any other triage on a family computer: steps are /vragen/<n> titled "Vraag n", Back goes step by step, and no row names the complaint', async ({
  baseURL,
}) => {
  const browser = await familyComputer(baseURL!);
  const { page, seen } = browser;
  const words = [...treeWords('keelpijn'), 'keelpijn'].map((word) => word.toLowerCase());
  await toPicker(page);
  await page.getByRole('link', { name: 'Keelpijn' }).click();
  await expect(page).toHaveURL(/\/vragen\/1\?lang=nl$/);
  await expect(page).toHaveTitle('Vraag 1 – Wegwijzer');
  const first = await page.getByRole('heading', { level: 1 }).textContent();
  await page.locator('input[value="no"]').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page).toHaveURL(/\/vragen\/2\?lang=nl$/);
  await expect(page).toHaveTitle('Vraag 2 – Wegwijzer');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first!);
  await expect(page.locator('input[value="no"]')).toBeChecked();
  await expect(page).toHaveURL(/\/vragen\/1\?lang=nl$/);
  await answerCalmlyToOutcome(page, 'Verder');
  await expect(page).toHaveTitle('Advies – Wegwijzer');

  const rows = await browser.history();
  expect(rows.map((row) => new URL(row.url).pathname)).toContain('/vragen/3');
  for (const row of [...rows.map((r) => `${r.url} | ${r.title}`), ...seen]) {
    expect(
      words.filter((word) => row.toLowerCase().includes(word)),
      row,
    ).toEqual([]);
  }
});

test('"Snel weg" leaves for the start page, and no Back or Forward entry shows anything of the triage', async ({ page }) => {
  await toPicker(page);
  await page.getByRole('link', { name: 'Gedachten aan zelfmoord' }).click();
  for (let step = 0; step < 7; step++) {
    // On every page of the triage, in view wherever the page is scrolled.
    await expect(page.getByRole('button', { name: 'Snel weg' })).toBeInViewport();
    await expectNoAxeViolations(page);
    await page.locator('input[value="no"]').check();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\?$/);
  const quickExit = page.getByRole('button', { name: 'Snel weg' });
  await expect(quickExit).toBeInViewport();
  await quickExit.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
  expect(new URL(page.url()).pathname).toBe('/');

  // Back through every entry there is, then Forward again: never a question, an outcome or the complaint's name.
  const visited: string[] = [await shown(page)];
  const move = async (direction: 'back' | 'forward') => {
    const can = await page.evaluate((to) => (to === 'back' ? navigation.canGoBack : navigation.canGoForward), direction);
    if (!can) return false;
    await (direction === 'back' ? page.goBack() : page.goForward());
    await page.waitForLoadState();
    // The page the entry shows, once the app has drawn it (about:blank, the first entry, has none).
    if (new URL(page.url()).protocol !== 'about:') await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    visited.push(await shown(page));
    return true;
  };
  while (await move('back'));
  while (await move('forward'));
  // The start page that replaced the picker's entry, back to the age question and the start, forward again.
  expect(visited.length).toBeGreaterThanOrEqual(5);
  for (const text of visited) expect(leaks(text), text).toEqual([]);
});

test('the waiting-room screen after its reset: no clipboard, download, window, Back entry or storage of the person before', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
  const downloads: string[] = [];
  const windows: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  page.on('popup', (opened) => windows.push(opened.url()));

  await page.goto('/?lang=nl&mode=kiosk&practice=de-linde');
  const historyAtStart = await page.evaluate(() => history.length);
  await page.evaluate(() => navigator.clipboard.writeText('not from the app'));
  await page.getByRole('link', { name: /gezondheidsklacht|klacht of maak me zorgen/ }).click();
  await answerWhoItIsAbout(page);
  await page.getByRole('link', { name: 'Keelpijn' }).click();
  // Keelpijn, and swallowing is impossible: urgent, while the practice is open.
  for (const answer of ['no', 'no', 'no', 'no', 'no', 'yes']) {
    await page.locator(`input[value="${answer}"]`).check();
    await page.getByRole('button', { name: 'Verder' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meld je nu bij de balie');
  await expectNoAxeViolations(page);
  const outcome = await shown(page);
  expect(await page.locator('a[href^="tel:"]:visible, a[target]:visible, a[download]:visible').count()).toBe(0);
  for (const name of ['Kopiëren', 'Afdrukken', 'Delen', /Downloaden/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByText('Bel 112').first()).toBeVisible();
  // The steps ran in memory: the browser's address and history never changed.
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);

  await page.clock.fastForward(91_000);
  await expect(page.getByRole('alertdialog', { name: 'Ben je er nog?' })).toBeVisible();
  await page.clock.fastForward(31_000);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');

  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('not from the app');
  expect(downloads).toEqual([]);
  expect(windows).toEqual([]);
  expect(context.pages()).toHaveLength(1);
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
  expect(
    await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
    })),
  ).toEqual({ local: 0, session: 0, databases: 0 });
  const question = outcome.split('\n').find((line) => line.includes('Meld je nu bij de balie'))!;
  if (await page.goBack()) expect(await shown(page)).not.toContain(question);
});
