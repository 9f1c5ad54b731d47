/**
 * The outcome page as a person keeps it: a reload (mobile browsers reload tabs by themselves)
 * shows the same advice while the saved outcome is kept (30 minutes), a printout holds the date,
 * the age band, the outcome, the safety net and the Thuisarts addresses and nothing else, the
 * file for care systems has a name that says nothing of the complaint, and "Klopt dit advies
 * niet?" mails the content owner the trees and the answer ids and nothing else.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe.ts';
import { answerWhoItIsAbout } from './walk.ts';

const texts = JSON.parse(readFileSync(new URL('../../i18n/nl/trees/keelpijn.json', import.meta.url), 'utf8'));
/** A text as the page shows it, line by line: a "- " line is a list item, shown without its dash. */
const shownLines = (text: string) => text.split('\n').map((line) => line.replace(/^- /, ''));
const abcde = JSON.parse(readFileSync(new URL('../../i18n/nl/trees/abcde.json', import.meta.url), 'utf8'));
const abcdeTree = JSON.parse(readFileSync(new URL('../../decision-trees/abcde.json', import.meta.url), 'utf8'));
const deployment = JSON.parse(readFileSync(new URL('../../content/deployment.json', import.meta.url), 'utf8'));

/**
 * Keelpijn for an adult, every answer calm: "Je kunt dit zelf goed aanpakken", with a Thuisarts
 * page. Returns the answers given, as "question id=answer id" in the order asked.
 */
async function selfCareOutcome(page: Page): Promise<string[]> {
  const given: string[] = [];
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
  await page.goto('/complaints?lang=nl');
  await answerWhoItIsAbout(page);
  await page.getByRole('link', { name: 'Keelpijn' }).click();
  for (let asked = 0; asked < 20 && (await page.getByRole('heading', { level: 1 }).textContent()) !== texts['o-self-care'].title; asked++) {
    await expect(page.locator('form.question')).toBeVisible();
    const question = (await page.locator('form.question input').first().getAttribute('name'))!.replace(/^answer-/, '');
    const answer = (await page.locator('input[value="no"]').count()) > 0 ? 'no' : '2';
    if (answer === 'no') await page.locator('input[value="no"]').check();
    else await page.getByRole('textbox').fill(answer);
    given.push(`${question}=${answer}`);
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts['o-self-care'].title);
  return given;
}

test('a reload keeps the outcome for 30 minutes, then it is gone', async ({ page }) => {
  await selfCareOutcome(page);
  const address = page.url();
  await page.clock.fastForward('29:00');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(texts['o-self-care'].title);
  const safetyNet = page.getByRole('region', { name: 'Wanneer bel je toch?' });
  for (const line of shownLines(texts['o-self-care']['safety-net'])) await expect(safetyNet).toContainText(line);
  expect(page.url()).toBe(address);
  await expectNoAxeViolations(page);

  await page.clock.fastForward('02:00');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(texts['o-self-care'].title);
  await expect(page.getByText(texts['o-self-care'].title)).toHaveCount(0);
});

test('the printout: date, age band, outcome, safety net and Thuisarts addresses, and nothing else', async ({ page }) => {
  await selfCareOutcome(page);
  await page.emulateMedia({ media: 'print' });
  // Made only for printing: the page as seen and heard holds no second copy of the advice.
  await expect(page.locator('.printout')).toBeVisible();
  const printed = (await page.locator('body').innerText())
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  expect(printed).toEqual([
    expect.stringMatching(/^Ingevuld op 24 november 2026 om \d\d:\d\d$/),
    'Leeftijd: 18 tot 65 jaar',
    texts['o-self-care'].title,
    ...[texts['o-self-care'].why, texts['o-self-care'].what].flatMap(shownLines),
    'Wanneer bel je toch?',
    ...shownLines(texts['o-self-care']['safety-net']),
    'Meer lezen op Thuisarts.nl',
    'Ik heb keelpijn: www.thuisarts.nl/keelpijn/ik-heb-keelpijn',
  ]);
  const all = printed.join('\n');
  for (const question of [abcde['q-breathing'].text, texts['q-swallow'].text]) expect(all).not.toContain(question);
  expect(all).not.toMatch(/Levensgevaar|Samenvatting|Vragenlijst|concept|internet|Opnieuw/);

  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.printout')).toHaveCount(0);
});

test('the file for care systems is named without the complaint', async ({ page }) => {
  await selfCareOutcome(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /FHIR/ }).click()]);
  expect(download.suggestedFilename()).toBe('wegwijzer-samenvatting-2026-11-24.json');
});

test('"Klopt dit advies niet?" mails the content owner the trees and the answer ids, and nothing else', async ({ page }) => {
  const given = await selfCareOutcome(page);
  const href = await page.getByRole('link', { name: 'Klopt dit advies niet? Mail ons' }).getAttribute('href');
  // Read, never followed: a mailto: would open a mail program outside the browser.
  const [to, query] = href!.replace(/^mailto:/, '').split('?');
  expect(to).toBe(deployment.contentOwner.email);
  const fields = query!.split('&').map((pair) => pair.split('=').map(decodeURIComponent));
  expect(fields.map(([name]) => name)).toEqual(['subject', 'body']);
  const { subject, body } = Object.fromEntries(fields) as { subject: string; body: string };

  // The version and hash the page shows; the shared screen's hash is shown nowhere, only its form is known.
  const [, version, hash] = /versie (\S+), inhoud (sha256-[0-9a-f]{16})/.exec((await page.locator('.provenance .version').textContent())!)!;
  const inAbcde = (answer: string) => answer.split('=')[0]! in abcdeTree.nodes;
  expect(subject).toBe(`Wegwijzer: keelpijn ${version}`);
  expect(body.split('\r\n')).toEqual([
    expect.stringMatching(new RegExp(`^abcde ${abcdeTree.version.replaceAll('.', '\\.')} sha256-[0-9a-f]{16}$`)),
    ...given.filter(inAbcde),
    '',
    `keelpijn ${version} ${hash}`,
    ...given.filter((answer) => !inAbcde(answer)),
  ]);
  expect(given.filter(inAbcde)).toHaveLength(5);
  await expectNoAxeViolations(page);
});
