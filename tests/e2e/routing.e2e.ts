import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { QuestionnaireResponseR4 } from '../fixtures/fhir-r4-questionnaire-response.ts';
import { expectNoAxeViolations } from './axe.ts';

const ABCDE = ['q-breathing', 'q-awake', 'q-stroke', 'q-bleeding-chest', 'q-spots'];

async function choose(page: Page, question: string, option: string) {
  await page.locator(`input[name="answer-${question}"][value="${option}"]`).check();
  await page.getByRole('button', { name: 'Verder' }).click();
}

/** Through the age question and the picker to the "not listed" tree, at a given moment and practice. */
async function startNotListed(page: Page, when: string, practice: string) {
  await page.clock.setFixedTime(new Date(when));
  await page.goto(`/complaints?lang=nl&practice=${practice}`);
  await page.getByLabel('18 tot 65 jaar').check();
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByRole('link', { name: 'Mijn klacht staat er niet bij' }).click();
}

test('a life-threat answer: "Bel nu 112" with a call button', async ({ page }) => {
  await startNotListed(page, '2026-11-24T10:00:00+01:00', 'de-linde');
  await choose(page, 'q-breathing', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu 112');
  await expect(page.getByRole('main').getByRole('link', { name: 'Bel 112' })).toHaveAttribute('href', 'tel:112');
  await expectNoAxeViolations(page);
});

test('urgent on a Friday evening: phone the huisartsenpost now, with its number', async ({ page }) => {
  await startNotListed(page, '2026-11-27T19:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu de huisartsenpost: 030-000 0100');
  await expect(page.getByRole('link', { name: 'Bel 030-000 0100' })).toHaveAttribute('href', 'tel:0300000100');
  await expect(page.getByText(/Bel eerst: ga er niet zomaar heen/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the same answers on a Tuesday morning: the practice’s own urgent line', async ({ page }) => {
  await startNotListed(page, '2026-11-24T10:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'yes');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bel nu de spoedlijn van je huisarts: 030-000 1001');
  await expectNoAxeViolations(page);
});

test('not urgent on a Saturday: the own GP on Monday, named in words', async ({ page }) => {
  await startNotListed(page, '2026-11-28T11:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'no');
  await choose(page, 'q-pain', 'mild');
  await choose(page, 'q-risk', 'no');
  await choose(page, 'q-again', 'no');
  await choose(page, 'q-wait', 'can-wait');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neem maandag 30 november contact op met je huisarts');
  await expectNoAxeViolations(page);
});

test('the handover summary copies, prints, and downloads as a valid FHIR R4 QuestionnaireResponse', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startNotListed(page, '2026-11-24T10:00:00+01:00', 'de-linde');
  for (const question of ABCDE) await choose(page, question, 'no');
  await choose(page, 'q-alarm', 'no');
  await choose(page, 'q-pain', 'mild');
  await choose(page, 'q-risk', 'no');
  await choose(page, 'q-again', 'no');
  await choose(page, 'q-wait', 'cannot-wait');
  const summary = page.getByRole('region', { name: 'Samenvatting voor je huisarts' });
  await expect(summary).toContainText('Kan dit wachten tot je je huisarts op een gewone werkdag kunt bellen? Nee, dit kan niet wachten');
  await expectNoAxeViolations(page);

  await summary.getByRole('button', { name: 'Kopiëren' }).click();
  await expect(summary.getByRole('status')).toHaveText('De samenvatting is gekopieerd.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Heeft iemand nu grote moeite met ademen? Nee.');
  expect(copied).toMatch(/sha256-[0-9a-f]{16}/);

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await summary.getByRole('button', { name: 'Afdrukken' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  const [download] = await Promise.all([page.waitForEvent('download'), summary.getByRole('button', { name: /FHIR/ }).click()]);
  const resource = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  const parsed = QuestionnaireResponseR4.safeParse(resource);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  expect(resource.item.find((i: { linkId: string }) => i.linkId === 'overige-klacht/q-wait').answer[0].valueCoding.code).toBe(
    'cannot-wait',
  );
});
