import { untilControlled } from './service-worker.ts';
import { expect, test, type Page } from '@playwright/test';
import { buildRelease, deployment, NEW_VERSION, OLD_VERSION } from './deploy.ts';
import { PORTS } from './ports.ts';
import { chooseAgeIfAsked } from './walk.ts';

const ABCDE = ['q-breathing', 'q-awake', 'q-stroke', 'q-bleeding-chest', 'q-spots'];

// One server and its releases, shared by these tests in order.
const deployed = deployment(PORTS.deploy);

async function choose(page: Page, question: string, option: string) {
  await page.locator(`input[name="answer-${question}"][value="${option}"]`).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

async function resume(page: Page, label: string) {
  await page.getByLabel(label).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

async function startSoreThroat(page: Page) {
  await page.goto(`${deployed.server.url}/complaints?lang=nl`);
  await chooseAgeIfAsked(page, '18 tot 65 jaar');
  await page.getByRole('searchbox', { name: 'Zoek je klacht' }).fill('keelpijn');
  await page.locator('#search-results a').first().click();
}

async function finishSoreThroat(page: Page) {
  for (const question of ['q-swallow', 'q-immunity', 'q-very-ill']) await choose(page, question, 'no');
  await page.getByRole('textbox').fill('3');
  await page.getByRole('button', { name: 'Verder' }).click();
}

test('a triage in progress keeps its tree version through a deploy and a reload; the next one uses the new version', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`${deployed.server.url}/?lang=nl`);
  await untilControlled(page);
  await startSoreThroat(page);
  for (const question of ABCDE) await choose(page, question, 'no');
  await expect(page.locator('input[name="answer-q-swallow"]').first()).toBeVisible();

  // Deploy the new version while the person is answering, then reload mid-triage.
  deployed.server.serve(buildRelease(deployed.work, 'next'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wil je verdergaan waar je was?');
  await resume(page, 'Ja, ga verder waar ik was');
  await expect(page.locator('input[name="answer-q-swallow"]').first()).toBeVisible();
  await finishSoreThroat(page);
  await expect(page.getByText(new RegExp(`Keelpijn, versie ${OLD_VERSION.replaceAll('.', '\\.')}, inhoud`))).toBeVisible();

  // At the outcome, a session boundary, the new version is offered; applying it reloads.
  const reloaded = page.waitForEvent('domcontentloaded');
  await page.getByRole('button', { name: 'Nu bijwerken' }).click();
  await reloaded;
  await expect(page.getByRole('button', { name: 'Nu bijwerken' })).toBeHidden();
  await startSoreThroat(page);
  for (const question of ABCDE) await choose(page, question, 'no');
  await finishSoreThroat(page);
  await expect(page.getByText(new RegExp(`Keelpijn, versie ${NEW_VERSION.replaceAll('.', '\\.')}, inhoud`))).toBeVisible();
});

test('reload mid-triage: offered to continue, and it continues at the same question with the same answers', async ({ page }) => {
  deployed.server.serve(deployed.current);
  await startSoreThroat(page);
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-swallow', 'no');
  await expect(page.locator('input[name="answer-q-immunity"]').first()).toBeVisible();
  const url = page.url();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wil je verdergaan waar je was?');
  await resume(page, 'Ja, ga verder waar ik was');
  await expect(page.locator('input[name="answer-q-immunity"]').first()).toBeVisible();
  expect(page.url()).toBe(url);
  await page.goBack();
  await expect(page.locator('input[name="answer-q-swallow"][value="no"]')).toBeChecked();
});

test('reload mid-triage and start over: the answers are gone', async ({ page }) => {
  deployed.server.serve(deployed.current);
  await startSoreThroat(page);
  await choose(page, 'q-breathing', 'no');
  await page.reload();
  await resume(page, 'Nee, begin opnieuw (je antwoorden worden gewist)');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Waarmee kunnen we je helpen?');
});
